/**
 * The data the first paint needs (membership without its quotes, sources), bundled and typed. Validation runs at
 * build time (vite.config.ts) and in the unit tests, so the browser does not carry the schema
 * library. Facilities, conflicts, events, territories and the tour are fetched as JSON
 * (see placesStore) so they do not delay the slider and summary.
 */
import membershipCountries from 'virtual:membership-core';
import sourcesJson from '../../../data/sources.json';
import countryNames, { mentioned } from 'virtual:country-names';
import type { CountryRecord, CountryRecordData, SourceDoc, SourceDocData } from './schema';
import { baseLocale, getLocale, inLocale } from '$lib/i18n/locale';

/** State names in the page's language (Natural Earth's in English, Intl's and data/state-names.json's otherwise). */
const localNames = countryNames[getLocale()] ?? {};

export const sources: SourceDoc[] = inLocale((sourcesJson as unknown as { sources: SourceDocData[] }).sources);
export const sourceById = new Map(sources.map((s) => [s.id, s]));

/** Every state's full record (notes, disputes, quotes), loaded when a country panel first opens. */
export function loadCountryDetails(): Promise<ReadonlyMap<string, CountryRecord>> {
	return import('../../../data/membership.json').then(
		(m) => new Map(inLocale((m.default as unknown as { countries: CountryRecordData[] }).countries).map((c) => [c.iso3, c]))
	);
}

/**
 * The states of the table: every state with membership data (all post-Soviet states and
 * observers), plus every other state the facilities, conflicts and events mention.
 */
// Names in the page's language; the data's own (English) names are for the people who edit it.
const membershipInLocale = inLocale(membershipCountries).map((c) => (getLocale() === baseLocale ? c : { ...c, name: localNames[c.iso3] ?? c.name }));
export const countries: CountryRecord[] = [
	...membershipInLocale,
	...mentioned
		.filter((iso) => !membershipInLocale.some((c) => c.iso3 === iso))
		.map((iso) => ({ iso3: iso, name: localNames[iso] ?? iso, group: 'other' as const, events: [] }))
];
export const countryByIso = new Map(countries.map((c) => [c.iso3, c]));

/** Name of any state on the map, in or out of the data. */
export function countryName(iso3: string): string {
	return countryByIso.get(iso3)?.name ?? localNames[iso3] ?? iso3;
}
