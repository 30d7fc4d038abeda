/** Numbers in the page's language, on format.ts's cached formatters (its own module: only panels and exports load it). */
import { getLocale, type Locale } from './locale';
import { cached, tag } from './format';

/** 12 345 and 2.4 / 2,4 in the page's language's digit grouping and decimal mark. */
export function formatNumber(n: number, locale: Locale = getLocale()): string {
	return cached(`${locale}:number`, () => new Intl.NumberFormat(tag(locale))).format(n);
}

/** With a fixed number of decimals: 2.0 / 2,0. */
export function formatDecimal(n: number, decimals: number, locale: Locale = getLocale()): string {
	const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
	return cached(`${locale}:decimal:${decimals}`, () => new Intl.NumberFormat(tag(locale), digits)).format(n);
}
