/** The presenter stage's slide of a tour step; loaded with the tour's panels, not with the page. */
import type { LessonStep } from '$lib/data/lessonSchema';
import { SLIDE_MAX } from '$lib/data/slide';

/**
 * What a step shows as a slide on the presenter stage: its own short `slide` text, else its text,
 * cut at a word before the slide's length where it is longer. `more`: the step has more to read
 * (the full text, its sources, or the rest of a long text).
 */
export function slideOf(step: Pick<LessonStep, 'text' | 'slide' | 'citations'>, max = SLIDE_MAX): { text: string; more: boolean } {
	const hasSources = !!step.citations?.length;
	if (step.slide) return { text: step.slide, more: true };
	const text = step.text.trim();
	if (text.length <= max) return { text, more: hasSources };
	const cut = text.slice(0, max - 1);
	const space = cut.search(/\s\S*$/);
	return { text: (space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd() + '…', more: true };
}
