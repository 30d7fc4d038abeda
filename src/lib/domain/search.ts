/**
 * Search over states and places: every word of the query must match; names rank first. A name
 * the documents spell another way (Tokaev, Bishek) finds the same records, and the result says
 * which spelling is the standard one. Names in the app's other language find them too (Гюмри on
 * the English page), and a word with a small typo matches, ranked after exact matches.
 */
import type { CountryRecord, Spelling } from '$lib/data/schema';
import { SYMBOL_LABEL, type Place } from './places';
import { normalise, compareNames } from './text';
import { kindLabel } from './kindLabels';
import { m } from '$lib/paraglide/messages';
import { formatList } from '$lib/i18n/format';
import { markEnglish, type TextPart } from './sourceLine';
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

/** Per record id: the variants that lead to it, and the words to add to its haystack. */
function spellingsById(spellings: readonly Spelling[]) {
	const byId = new Map<string, { words: string; notes: SearchItem['spellings'] }>();
	for (const sp of spellings)
		for (const id of sp.records) {
			const entry = byId.get(id) ?? { words: '', notes: [] };
			entry.words += ` ${normalise([sp.standard, ...sp.variants].join(' '))}`;
			for (const variant of sp.variants)
				entry.notes.push({
					variant: normalise(variant),
					standard: normalise(sp.standard),
					note: markEnglish((en) => m.search_spelling({ variant: en(variant), sources: formatList(sp.sources), standard: sp.standard }))
				});
			byId.set(id, entry);
		}
	return byId;
}

/**
 * `aliases`: a record's names in the app's other languages, by state ISO code or place id.
 */
export function buildSearchIndex(
	countries: readonly CountryRecord[],
	places: readonly Place[],
	countryName: (iso: string) => string,
	spellings: readonly Spelling[] = [],
	aliases: (id: string) => readonly string[] = () => []
): SearchItem[] {
	const variants = spellingsById(spellings);
	const withSpellings = (item: Omit<SearchItem, 'spellings' | 'tokens'>): SearchItem => {
		const v = variants.get(item.id);
		const haystack = `${item.haystack}${v?.words ?? ''} ${normalise(aliases(item.id).join(' '))}`.trim();
		return { ...item, haystack, tokens: haystack.split(/[\s,.;:()«»“”"'-]+/).filter(Boolean), spellings: v?.notes ?? [] };
	};
	return [
		...countries.map((c) =>
			withSpellings({
				type: 'country' as const,
				id: c.iso3,
				label: c.name,
				detail: m.search_state(),
				name: normalise(c.name),
				haystack: normalise(`${c.name} ${c.iso3}`)
			})
		),
		...places.map((p) =>
			withSpellings({
				type: 'place' as const,
				id: p.id,
				label: p.name,
				detail: `${SYMBOL_LABEL[p.symbol]} · ${p.location.place}, ${countryName(p.country)} · ${p.start.slice(0, 4)}`,
				name: normalise(p.name),
				haystack: normalise(
					`${p.name} ${p.location.place} ${countryName(p.country)} ${p.kind} ${kindLabel(p.kind)} ${SYMBOL_LABEL[p.symbol]} ${p.start.slice(0, 4)}`
				)
			})
		)
	];
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
