/**
 * Year stepping and playback rules, with no DOM (after Our World in Data's TimelineController):
 * arrows step, PageUp/PageDown jump about a tenth of the range, Home/End go to the ends,
 * playing from the last year restarts from the first. The slider's keys and the clicker's steps
 * both go through `steppedYear`.
 */
export const MIN_YEAR = 1991;

/** Every year from `min` to `max`, in order: the slider's, the handout's and the comparison's lists. */
export function yearsFrom(min: number, max: number): number[] {
	return Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => min + i);
}

export function clampYear(year: number, min: number, max: number): number {
	if (!Number.isFinite(year)) return max;
	return Math.min(max, Math.max(min, Math.round(year)));
}

/** One move through the years: the clicker's four, and the slider's jumps of about a tenth. */
export type YearStep = 'next' | 'prev' | 'first' | 'last' | 'jump-forward' | 'jump-back';

export function steppedYear(step: YearStep, year: number, min: number, max: number): number {
	const jump = Math.max(2, Math.round((max - min) / 10));
	switch (step) {
		case 'next':
			return clampYear(year + 1, min, max);
		case 'prev':
			return clampYear(year - 1, min, max);
		case 'jump-forward':
			return clampYear(year + jump, min, max);
		case 'jump-back':
			return clampYear(year - jump, min, max);
		case 'first':
			return min;
		case 'last':
			return max;
	}
}

export type YearKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End';

/** The slider's keys as an ARIA slider reads them: Down and Page Down go back (a clicker's Page Down goes on). */
const KEY_STEPS: ReadonlyMap<string, YearStep> = new Map<YearKey, YearStep>([
	['ArrowLeft', 'prev'],
	['ArrowDown', 'prev'],
	['ArrowRight', 'next'],
	['ArrowUp', 'next'],
	['PageDown', 'jump-back'],
	['PageUp', 'jump-forward'],
	['Home', 'first'],
	['End', 'last']
]);

export function yearForKey(key: string, year: number, min: number, max: number): number | null {
	const step = KEY_STEPS.get(key);
	return step ? steppedYear(step, year, min, max) : null;
}

/** Playback speeds: milliseconds per year. */
export const SPEEDS = { slow: 1200, normal: 600, fast: 250 } as const;
export type Speed = keyof typeof SPEEDS;

/** The year to show when play is pressed: from the end, start over. */
export function playStartYear(year: number, min: number, max: number): number {
	return year >= max ? min : year;
}

/** The next tick of playback, or null when playback should stop at the end. */
export function nextPlayYear(year: number, max: number): number | null {
	return year >= max ? null : year + 1;
}

/** The year the treaty became an organisation (the CSTO's charter): marked on the slider's scale. */
export const ORGANIZATION_YEAR = 2002;

/** The slider's scale: the ends and the marked years, each at its place along the track (0 to 1). */
export function sliderTicks(min: number, max: number, marks: readonly number[] = [ORGANIZATION_YEAR]): { year: number; at: number }[] {
	const years = [min, ...marks.filter((y) => y > min && y < max), max];
	return years.map((year) => ({ year, at: max > min ? (year - min) / (max - min) : 0 }));
}

/** The other years, nearest `year` first (the later one first at the same distance): where a reader goes next. */
export function nearestFirst(years: readonly number[], year: number): number[] {
	return years.filter((y) => y !== year).sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || b - a);
}
