/** Search over states and places: every word of the query must match; names rank first. */
import type { CountryRecord } from '$lib/data/schema';
import { SYMBOL_LABEL, type Place } from './places';
import { normalise, compareNames } from './text';
import { kindLabel } from './kindLabels';
import { m } from '$lib/paraglide/messages';

export interface SearchItem {
	type: 'country' | 'place';
	id: string;
	label: string;
	detail: string;
	/** Lower-cased, accent-free text searched. */
	haystack: string;
	name: string;
}

export function buildSearchIndex(countries: readonly CountryRecord[], places: readonly Place[], countryName: (iso: string) => string): SearchItem[] {
	return [
		...countries.map((c) => ({
			type: 'country' as const,
			id: c.iso3,
			label: c.name,
			detail: m.search_state(),
			name: normalise(c.name),
			haystack: normalise(`${c.name} ${c.iso3}`)
		})),
		...places.map((p) => ({
			type: 'place' as const,
			id: p.id,
			label: p.name,
			detail: `${SYMBOL_LABEL[p.symbol]} · ${p.location.place}, ${countryName(p.country)} · ${p.start.slice(0, 4)}`,
			name: normalise(p.name),
			haystack: normalise(`${p.name} ${p.location.place} ${countryName(p.country)} ${p.kind} ${kindLabel(p.kind)} ${SYMBOL_LABEL[p.symbol]} ${p.start.slice(0, 4)}`)
		}))
	];
}

export function search(index: readonly SearchItem[], query: string, limit = 12): SearchItem[] {
	const words = normalise(query.slice(0, 100)).split(/\s+/).filter(Boolean);
	if (!words.length) return [];
	const score = (item: SearchItem) => {
		if (!words.every((w) => item.haystack.includes(w))) return -1;
		const q = words.join(' ');
		let s = 0;
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
		.map((x) => x.item);
}
