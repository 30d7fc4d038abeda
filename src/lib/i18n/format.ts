/**
 * Dates, numbers and lists in the page's language, with Intl (formatters are made once per
 * language: making one costs far more than using it, and a year step formats a date). What only
 * the panels and exports need is in numbers.ts, out of the first download.
 */
import { baseLocale, getLocale, type Locale } from './locale';

// English keeps its own short forms ("Sep 2024", as before) and stays off ICU's date
// data on the start-up path; every other language is written by Intl.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "15 May 1992", "Feb 2024", "2006": as precise as the data, no more. */
function englishPartialDate(partial: string): string {
	const [y, m, d] = partial.split('-');
	if (!m) return y;
	const month = MONTHS[Number(m) - 1];
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The regional form each language writes dates in: day before month in English too (15 May 1992). */
const REGION: Record<string, string> = { en: 'en-GB' };
export const tag = (locale: Locale) => REGION[locale] ?? locale;

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();
export function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => T): T {
	let f = cache.get(key) as T | undefined;
	if (!f) cache.set(key, (f = make()));
	return f;
}

// Month abbreviations («февр.») read poorly on a projector: months are spelt out.
export const dateFormat = (locale: Locale, kind: 'day' | 'month') =>
	cached(
		`${locale}:${kind}`,
		() =>
			new Intl.DateTimeFormat(tag(locale), {
				timeZone: 'UTC',
				year: 'numeric',
				month: 'long',
				...(kind === 'month' ? {} : { day: 'numeric' })
			})
	);

export const utc = (iso: string) => {
	const [y, m = 1, d = 1] = iso.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d));
};

/** As precise as the data, no more: "15 May 1992" / «15 мая 1992 г.», "Feb 2024" / «февраль 2024 г.», "2006". */
export function formatPartialDate(partial: string, locale: Locale = getLocale()): string {
	if (locale === baseLocale) return englishPartialDate(partial);
	const parts = partial.split('-');
	if (parts.length === 1) return parts[0];
	return dateFormat(locale, parts.length === 2 ? 'month' : 'day').format(utc(partial));
}

const LONG_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** An ISO day in words: "29 November 2026" / «29 ноября 2026 г.». */
export function dayInWords(isoDay: string, locale: Locale = getLocale()): string {
	if (locale === baseLocale) {
		const [y, m, d] = isoDay.split('-').map(Number);
		return `${d} ${LONG_MONTHS[m - 1]} ${y}`;
	}
	return dateFormat(locale, 'day').format(utc(isoDay));
}

const listFormat = (locale: Locale) => cached(`${locale}:list`, () => new Intl.ListFormat(tag(locale), { type: 'conjunction' }));

/** "Armenia, Belarus and Russia" / «Армения, Беларусь и Россия». */
export function formatList(items: readonly string[], locale: Locale = getLocale()): string {
	if (locale === baseLocale) return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
	return listFormat(locale).format(items);
}

/**
 * Makes the formatters the first screen uses (the year rule's date, the summary's list of states)
 * now. Outside English the first of each loads ICU's data for the language, ≈ 15 ms on this
 * machine: the page makes them in a task before hydration, not inside it (issue 26).
 */
export function prepareFormatters(locale: Locale = getLocale()): void {
	if (locale === baseLocale) return;
	dateFormat(locale, 'day');
	listFormat(locale);
}
