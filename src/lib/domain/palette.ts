/**
 * Status colours from the Okabe–Ito palette: distinguishable with the common colour-vision
 * deficiencies and strong enough for a washed-out projector. Shared by map, legend and table.
 */
import type { Status } from './status';

export const STATUS_COLOR: Record<Status, string> = {
	member: '#0072B2',
	suspended: '#E69F00',
	former: '#CC79A7',
	observer: '#009E73',
	never: '#D9D9D9'
};

export const OCEAN_COLOR = '#EAF1F7';
export const OTHER_LAND_COLOR = '#F4F4F2';

/**
 * Quiz colours: states still to answer and the ones a student picked; once checked, members found
 * (the member blue), members missed (yellow) and wrong picks (vermillion): Okabe–Ito again, apart
 * in lightness as well as hue. The list beside the map says the same in words and marks.
 */
export const QUIZ_COLOR = { open: '#EFE8D5', picked: '#56B4E9', right: '#0072B2', missed: '#F0E442', wrong: '#D55E00' } as const;
export const HIGHLIGHT_COLOR = '#000000';

/** What a country on the map is filled by: its status in the year, or a quiz state. */
export type MapFill = Status | 'quiz-open' | 'quiz-picked' | 'quiz-right' | 'quiz-missed' | 'quiz-wrong';

/** One table for both renderers: the MapLibre style matches it in an expression, the SVG map looks it up. */
export const FILL_COLOR: Record<MapFill, string> = {
	...STATUS_COLOR,
	'quiz-open': QUIZ_COLOR.open,
	'quiz-picked': QUIZ_COLOR.picked,
	'quiz-right': QUIZ_COLOR.right,
	'quiz-missed': QUIZ_COLOR.missed,
	'quiz-wrong': QUIZ_COLOR.wrong
};

/** The colour of a map fill; states outside the data keep a neutral land colour. */
export function fillColor(fill: MapFill | undefined): string {
	return fill === undefined ? OTHER_LAND_COLOR : FILL_COLOR[fill];
}
