/** Every state's full record (notes, disputes, quotes), loaded when a country panel first opens. */
import type { CountryRecord, CountryRecordData } from './schema';
import { countryName } from './atlasData';
import { getLocale, inLocale } from '$lib/i18n/locale';

export function loadCountryDetails(): Promise<ReadonlyMap<string, CountryRecord>> {
	const locale = getLocale();
	return import('../../../data/membership.json').then(
		(m) =>
			new Map(
				// Names in the page's language, as the first paint's records have them (atlasData.ts).
				inLocale((m.default as unknown as { countries: CountryRecordData[] }).countries, locale).map((c) => [
					c.iso3,
					{ ...c, name: countryName(c.iso3) }
				])
			)
	);
}
