/** Formats only the panels and exports need (loaded with them), on format.ts's cached formatters. */
import { baseLocale, getLocale, type Locale } from './locale';
import { cached, dateFormat, formatPartialDate, tag, utc } from './format';

/**
 * The date as it follows "since": a month alone is in the genitive in Russian («с февраля
 * 2024 г.»), which Intl writes only beside a day, so the day is formatted and then left out.
 */
export function formatSinceDate(partial: string, locale: Locale = getLocale()): string {
	if (locale === baseLocale || partial.split('-').length !== 2) return formatPartialDate(partial, locale);
	const parts = dateFormat(locale, 'day').formatToParts(utc(partial));
	const day = parts.findIndex((p) => p.type === 'day');
	return parts
		.filter((p, i) => i !== day && !(i === day + 1 && p.type === 'literal'))
		.map((p) => p.value)
		.join('')
		.trim();
}

/** 12 345 and 2.4 / 2,4 in the page's language's digit grouping and decimal mark. */
export function formatNumber(n: number, locale: Locale = getLocale()): string {
	return cached(`${locale}:number`, () => new Intl.NumberFormat(tag(locale))).format(n);
}

/** With a fixed number of decimals: 2.0 / 2,0. */
export function formatDecimal(n: number, decimals: number, locale: Locale = getLocale()): string {
	const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
	return cached(`${locale}:decimal:${decimals}`, () => new Intl.NumberFormat(tag(locale), digits)).format(n);
}
