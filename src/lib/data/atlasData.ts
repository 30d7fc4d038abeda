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
import { inLocale } from '$lib/i18n/locale';

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
const membershipInLocale = inLocale(membershipCountries);
export const countries: CountryRecord[] = [
	...membershipInLocale,
	...mentioned
		.filter((iso) => !membershipInLocale.some((c) => c.iso3 === iso))
		.map((iso) => ({ iso3: iso, name: countryNames[iso] ?? iso, group: 'other' as const, events: [] }))
];
export const countryByIso = new Map(countries.map((c) => [c.iso3, c]));

/** Name of any state on the map, in or out of the data. */
export function countryName(iso3: string): string {
	return countryByIso.get(iso3)?.name ?? countryNames[iso3] ?? iso3;
}
