/**
 * Short forms of state names for the maps ("Arm.", "Арм."), used where a small state's full name
 * does not fit. A few dozen bytes: bundled, not fetched.
 */
import file from '../../../data/state-names.json';
import { getLocale } from '$lib/i18n/locale';

const short = (file as { short?: Record<string, Record<string, string>> }).short ?? {};

/** The short form in the page's language, or undefined where the state has none. */
export function shortName(iso3: string, locale: string = getLocale()): string | undefined {
	return short[locale]?.[iso3];
}
