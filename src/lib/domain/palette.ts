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

/**
 * One organisation besides the CSTO (issue 25) keeps the status colours above; its partners and
 * associates, a status the CSTO has not, take Okabe–Ito's sky blue: the member blue's lighter
 * kin, apart from it in lightness. (The quiz's picked colour is the same, but a quiz replaces the
 * organisation's fills while it is open, so the two never meet.)
 */
export const ORG_PARTNER_COLOR = '#56B4E9';

/**
 * Two organisations compared (A and B) take Paul Tol's "muted" scheme (personal.sron.nl/~pault),
 * safe for the common colour-vision deficiencies: A only sand, B only light cyan (yellow against
 * blue, the contrast those readers keep), in both dark wine (far darker than either, so it reads
 * in greyscale too), observer or partner only olive. None is near a CSTO status colour, which the
 * table and the panel still show beside the map. In neither: the grey of "never a member".
 */
export const PAIR_COLOR = { a: '#DDCC77', b: '#88CCEE', both: '#882255', linked: '#999933', neither: STATUS_COLOR.never } as const;

/** A pair's fills: A only, B only, both, observer or partner of one (member of neither), neither. */
export type PairFill = 'pair-a' | 'pair-b' | 'pair-both' | 'pair-linked' | 'pair-neither';

/** What a country on the map is filled by: its status in the year, a quiz state, or an organisation view's. */
export type MapFill = Status | 'quiz-open' | 'quiz-picked' | 'quiz-right' | 'quiz-missed' | 'quiz-wrong' | 'org-partner' | PairFill;

/** One table for both renderers: the MapLibre style matches it in an expression, the SVG map looks it up. */
export const FILL_COLOR: Record<MapFill, string> = {
	...STATUS_COLOR,
	'quiz-open': QUIZ_COLOR.open,
	'quiz-picked': QUIZ_COLOR.picked,
	'quiz-right': QUIZ_COLOR.right,
	'quiz-missed': QUIZ_COLOR.missed,
	'quiz-wrong': QUIZ_COLOR.wrong,
	'org-partner': ORG_PARTNER_COLOR,
	'pair-a': PAIR_COLOR.a,
	'pair-b': PAIR_COLOR.b,
	'pair-both': PAIR_COLOR.both,
	'pair-linked': PAIR_COLOR.linked,
	'pair-neither': PAIR_COLOR.neither
};

/** The colour of a map fill; states outside the data keep a neutral land colour. */
export function fillColor(fill: MapFill | undefined): string {
	return fill === undefined ? OTHER_LAND_COLOR : FILL_COLOR[fill];
}
