/**
 * Every shape's name (≈ 2 KB gzip), for the lesson tools, which may name any state on the map.
 * Imported only by lazily loaded modules: the first download carries the data's states only.
 */
import allNames from 'virtual:all-country-names';
import { countryName } from './atlasData';
import { getLocale } from '$lib/i18n/locale';

export const KNOWN_ISO3: ReadonlySet<string> = new Set(Object.keys(Object.values(allNames)[0]));

export function nameOfAnyState(iso3: string): string {
	return allNames[getLocale()]?.[iso3] ?? countryName(iso3);
}
