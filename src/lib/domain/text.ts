/**
 * Text helpers with no words of their own: sorting and folding that avoid the browser's collator
 * (the first `localeCompare` or `Intl.Collator` loads ICU's collation data, measured at ~20 ms on
 * a 2-core PC, on the start-up path), and lines cut into parts that mark names kept in English.
 */

/** Lower-cased and accent-free ("Türkiye" → "turkiye"), for search and for sorting names. */
export function normalise(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

/** Alphabetical order for the English names of states and places. */
export function compareNames(a: string, b: string): number {
	const x = normalise(a);
	const y = normalise(b);
	return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Plain code-unit order, for ids and ISO dates (which sort as text). */
export function compareCodes(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
