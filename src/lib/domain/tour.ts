/** Guided-tour rules that do not depend on the DOM. */
import type { TourStep } from '$lib/data/schema';

/**
 * The year a tour step shows. A step about the present says `"year": "today"` in data/tour.json,
 * so it never goes stale: it resolves to the slider's last year (the current year).
 */
export function tourStepYear(step: Pick<TourStep, 'year'>, maxYear: number): number {
	return step.year === 'today' ? maxYear : Math.min(step.year, maxYear);
}
