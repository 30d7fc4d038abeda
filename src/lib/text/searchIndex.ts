/**
 * The search index in the page's language: each state and place with the words it is found by
 * (names, kinds, other spellings, names in the other language). The box loads this module, with
 * the ranking of domain/search.ts, when it is first used.
 */
import type { CountryRecord, Spelling } from '$lib/data/schema';
import type { Place } from '$lib/domain/places';
import type { SearchItem } from '$lib/domain/search';
import { normalise } from '$lib/domain/text';
import { markEnglish } from '$lib/domain/textParts';
import { formatList } from '$lib/i18n/format';
import { m } from '$lib/paraglide/messages';
import { kindLabel } from './kindLabels';
import { SYMBOL_LABEL } from './symbolLabels';

export { search } from '$lib/domain/search';

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
