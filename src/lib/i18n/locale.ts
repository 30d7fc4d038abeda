/**
 * The page's language. Every page is prerendered once per language (/, /ru/, /ru/embed/…) with
 * <html lang> set, so in the browser the language is read from the page, never from the URL
 * (which may sit under any sub-path of a static host). During prerendering hooks.server.ts
 * sets it. Import this module before any message is rendered (the root layout does).
 */
import { baseLocale, defineCustomClientStrategy, getLocale, isLocale, locales, type Locale } from '$lib/paraglide/runtime';

if (typeof document !== 'undefined') {
	defineCustomClientStrategy('custom-htmlLang', {
		getLocale: () => {
			const lang = document.documentElement.lang;
			return isLocale(lang) ? lang : undefined;
		},
		// The language changes by loading the other page, never in place.
		setLocale: () => {}
	});
}

export { baseLocale, getLocale, locales, type Locale };

declare const localizedBrand: unique symbol;
/** Every language's text (the type; localizedText is the check). Branded, so InLocale finds it. */
export type Localized = Readonly<Record<string, string>> & { readonly [localizedBrand]: true };
/** Data as the app shows it: every Localized text is the page language's string (inLocale below). */
export type InLocale<T> = T extends Localized
	? string
	: T extends readonly unknown[]
		? { -readonly [K in keyof T]: InLocale<T[K]> }
		: T extends object
			? { [K in keyof T]: InLocale<T[K]> }
			: T;

/** The text in the page's language; the base language where a (teacher's) text lacks it. */
export function localized(text: Readonly<Record<string, string>> | string, locale: Locale = getLocale()): string {
	if (typeof text === 'string') return text;
	return text[locale] || text[baseLocale];
}

/** An object whose keys are languages of the app: one of our texts (data/*.json). */
function isLocalized(value: object): value is Localized {
	const keys = Object.keys(value);
	return keys.includes(baseLocale) && keys.every((k) => isLocale(k) && typeof (value as Record<string, unknown>)[k] === 'string');
}

/**
 * Data with every one of our texts in the page's language, done once where data is loaded, so
 * the rest of the app handles plain strings. Quotes, titles and names stay as they are.
 */
export function inLocale<T>(data: T, locale: Locale = getLocale()): InLocale<T> {
	// Runs over every record of the places at start-up: no entries arrays, and the full check
	// only for objects that have a base-language string.
	const walk = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(walk);
		if (!value || typeof value !== 'object') return value;
		const record = value as Record<string, unknown>;
		if (typeof record[baseLocale] === 'string' && isLocalized(value)) return localized(value, locale);
		const out: Record<string, unknown> = {};
		for (const k of Object.keys(record)) out[k] = walk(record[k]);
		return out;
	};
	return walk(data) as InLocale<T>;
}
