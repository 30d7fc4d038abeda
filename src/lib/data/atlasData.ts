/**
 * The data the first paint needs (membership without its quotes; the rest is countryDetails.ts),
 * bundled and typed. The sources
 * are in sourceDocs.ts, loaded with the panels and the footer. Validation runs at
 * build time (vite.config.ts) and in the unit tests, so the browser does not carry the schema
 * library. Facilities, conflicts, events, territories and the tour are fetched as JSON
 * (see placesStore) so they do not delay the slider and summary.
 */
import membershipCountries from 'virtual:membership-core';
import countryNames, { mentioned } from 'virtual:country-names';
import type { CountryRecord } from './schema';
import { getLocale, inLocale, type Locale } from '$lib/i18n/locale';

/**
 * Everything here is in the page's language. During prerendering one process renders every
 * language, so the data is built once per language, on first use, never at import.
 */
interface AtlasData {
	countries: CountryRecord[];
	byIso: Map<string, CountryRecord>;
	names: Record<string, string>;
}
const byLocale = new Map<Locale, AtlasData>();

/**
 * A state's name in the page's language. The data's own names are English, for the people who
 * edit it (and the same as the map shapes'); the first download carries only the names table.
 */
function withLocalName<T extends { iso3: string; name: string }>(c: T, names: Record<string, string>): T {
	return { ...c, name: names[c.iso3] || c.name || c.iso3 };
}

function build(locale: Locale): AtlasData {
	// State names in the page's language (Natural Earth's in English, Intl's and data/state-names.json's otherwise).
	const names = countryNames[locale] ?? {};
	// The states of the table: every state with membership data (all post-Soviet states and
	// observers), plus every other state the facilities, conflicts and events mention.
	const members = inLocale(membershipCountries, locale).map((c) => withLocalName(c, names));
	const countries: CountryRecord[] = [
		...members,
		...mentioned
			.filter((iso) => !members.some((c) => c.iso3 === iso))
			.map((iso) => ({ iso3: iso, name: names[iso] ?? iso, group: 'other' as const, events: [] }))
	];
	return { countries, byIso: new Map(countries.map((c) => [c.iso3, c])), names };
}

function data(): AtlasData {
	const locale = getLocale();
	let d = byLocale.get(locale);
	if (!d) byLocale.set(locale, (d = build(locale)));
	return d;
}

/** The states of the table (one array per language, so caches keyed on it hold). */
export const atlasCountries = (): CountryRecord[] => data().countries;
export const countryByIso = { get: (iso3: string) => data().byIso.get(iso3), keys: () => data().byIso.keys() };

/** Name of any state on the map, in or out of the data. */
export function countryName(iso3: string): string {
	const d = data();
	return d.byIso.get(iso3)?.name ?? d.names[iso3] ?? iso3;
}

/** A state's names in the app's other languages, for search: «Армения» finds Armenia on the English page. */
export function otherLanguageNames(iso3: string): string[] {
	const locale = getLocale();
	return Object.entries(countryNames as Record<string, Record<string, string>>)
		.filter(([l, names]) => l !== locale && names[iso3])
		.map(([, names]) => names[iso3]);
}
