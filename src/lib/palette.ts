/**
 * Status colours from the Okabe–Ito palette: distinguishable with the common colour-vision
 * deficiencies and strong enough for a washed-out projector. Shared by map, legend and table.
 */
import type { Status } from '$lib/domain/status';

export const STATUS_COLOR: Record<Status, string> = {
	member: '#0072B2',
	suspended: '#E69F00',
	former: '#CC79A7',
	observer: '#009E73',
	never: '#D9D9D9'
};

export const OCEAN_COLOR = '#EAF1F7';
export const OTHER_LAND_COLOR = '#F4F4F2';

/** Quiz colours: states still to answer, and the ones a student picked. */
export const QUIZ_COLOR = { open: '#EFE8D5', picked: '#56B4E9' } as const;
export const HIGHLIGHT_COLOR = '#000000';

/**
 * The colour of a map fill (a status, or a quiz state), for renderers that take plain colours:
 * the SVG map and the Compare view. The MapLibre style matches the same table in an expression.
 */
export function fillColor(fill: Status | 'quiz-open' | 'quiz-picked' | undefined): string {
	if (fill === undefined) return OTHER_LAND_COLOR;
	if (fill === 'quiz-open') return QUIZ_COLOR.open;
	if (fill === 'quiz-picked') return QUIZ_COLOR.picked;
	return STATUS_COLOR[fill];
}
