/**
 * Year stepping and playback rules, with no DOM (after Our World in Data's TimelineController):
 * arrows step, PageUp/PageDown jump about a tenth of the range, Home/End go to the ends,
 * playing from the last year restarts from the first.
 */
export const MIN_YEAR = 1991;

export function clampYear(year: number, min: number, max: number): number {
	if (!Number.isFinite(year)) return max;
	return Math.min(max, Math.max(min, Math.round(year)));
}

export type YearKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'PageUp' | 'PageDown' | 'Home' | 'End';

export function yearForKey(key: string, year: number, min: number, max: number): number | null {
	const jump = Math.max(2, Math.round((max - min) / 10));
	switch (key) {
		case 'ArrowLeft':
		case 'ArrowDown':
			return clampYear(year - 1, min, max);
		case 'ArrowRight':
		case 'ArrowUp':
			return clampYear(year + 1, min, max);
		case 'PageDown':
			return clampYear(year - jump, min, max);
		case 'PageUp':
			return clampYear(year + jump, min, max);
		case 'Home':
			return min;
		case 'End':
			return max;
		default:
			return null;
	}
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
