/**
 * Search over states and places: every word of the query must match; names rank first. A name
 * the documents spell another way (Tokaev, Bishek) finds the same records, and the result says
 * which spelling is the standard one. Names in the app's other language find them too (Гюмри on
 * the English page), and a word with a small typo matches, ranked after exact matches. The index,
 * in the page's language, is built by text/searchIndex.ts.
 */
import { normalise, compareNames } from './text';
import type { TextPart } from './textParts';
import { nearMiss } from './fuzzy';

export interface SearchItem {
	type: 'country' | 'place';
	id: string;
	label: string;
	detail: string;
	/** Lower-cased, accent-free text searched. */
	haystack: string;
	name: string;
	/** The haystack's words, for near misses. */
	tokens: string[];
	/** Variant spellings that lead here: the variant (normalised) and what to say when it matched. */
	spellings: { variant: string; standard: string; note: TextPart[] }[];
	/** Set on a result found by a variant spelling: "“Tokaev” (000, 001): standard spelling Tokayev". */
	note?: TextPart[];
}

export function search(index: readonly SearchItem[], query: string, limit = 12): SearchItem[] {
	const words = normalise(query.slice(0, 100)).split(/\s+/).filter(Boolean);
	if (!words.length) return [];
	const score = (item: SearchItem) => {
		const exact = words.every((w) => item.haystack.includes(w));
		if (!exact && !words.every((w) => item.haystack.includes(w) || nearMiss(w, item.tokens))) return -1;
		const q = words.join(' ');
		// Near misses rank after every exact match.
		let s = exact ? 10 : 0;
		if (item.name.startsWith(q)) s += 4;
		else if (item.name.includes(q)) s += 2;
		if (words.every((w) => item.name.includes(w))) s += 1;
		if (item.type === 'country') s += 0.5;
		return s;
	};
	return index
		.map((item) => ({ item, s: score(item) }))
		.filter((x) => x.s >= 0)
		.sort((a, b) => b.s - a.s || compareNames(a.item.label, b.item.label))
		.slice(0, limit)
		.map(({ item }) => {
			const hit = item.spellings.find((s) => words.some((w) => w.length >= 3 && s.variant.includes(w) && !s.standard.includes(w)));
			return hit ? { ...item, note: hit.note } : item;
		});
}
