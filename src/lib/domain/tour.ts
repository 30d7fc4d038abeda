/** Guided-tour rules that do not depend on the DOM. */
import type { LessonStep } from '$lib/data/lessonSchema';

/**
 * The year a tour step shows. A step about the present says `"year": "today"` in a lesson,
 * so it never goes stale: it resolves to the slider's last year (the current year).
 */
export function tourStepYear(step: Pick<LessonStep, 'year'>, maxYear: number): number {
	return step.year === 'today' ? maxYear : Math.min(step.year, maxYear);
}
