/**
 * The same page in another language: `/` ↔ `/ru/`, `/embed/` ↔ `/ru/embed/`. Paths are built
 * on SvelteKit's `base`, which is relative in prerendered HTML ('.', '..') and absolute in the
 * browser (/csto), so the links work from any sub-path of a static host.
 */
import { baseLocale, type Locale } from './locale';

/** The page's path with no language, from its route id: '/' or '/embed/'. */
export function routePath(routeId: string | null | undefined): string {
	const path = (routeId ?? '/').replace('/[[lang=locale]]', '');
	return path.endsWith('/') ? path : `${path}/`;
}

/** Where the page at `route` is in `locale`, from the site's base. */
export function localePath(base: string, route: string, locale: Locale): string {
	return `${base}${locale === baseLocale ? '' : `/${locale}`}${route}`;
}

/** The view shown now (its query and fragment) on the same page in `locale`. */
export function viewInLocale(base: string, routeId: string | null | undefined, locale: Locale, search: string, hash: string): string {
	return localePath(base, routePath(routeId), locale) + search + hash;
}

/**
 * The language a reader would likely rather read, from navigator.languages, when it is not
 * the page's own: offered as a suggestion, never followed automatically.
 */
export function suggestedLocale(preferred: readonly string[], page: Locale, available: readonly Locale[]): Locale | null {
	for (const tag of preferred) {
		const lang = tag.toLowerCase().split('-')[0];
		if (lang === page) return null;
		const match = available.find((l) => l === lang);
		if (match) return match;
	}
	return null;
}

/** Where the reader's answer to the offer is kept (LanguageSuggestion writes it). */
export const OFFER_KEY = 'csto-atlas:language-offer';

/** The language to offer this reader now: none once they have answered the offer (browser only). */
export function languageOffer(page: Locale, available: readonly Locale[]): Locale | null {
	try {
		if (localStorage.getItem(OFFER_KEY)) return null;
	} catch {
		// Storage switched off: offer it anyway, this once.
	}
	return suggestedLocale(navigator.languages ?? [navigator.language], page, available);
}

/** A <link> for search engines: the page's canonical address, or the same page in a language. */
export interface SeoLink {
	rel: 'canonical' | 'alternate';
	hreflang?: string;
	href: string;
}

/**
 * The canonical and hreflang links of the page at `route` in `page`'s language, absolute on `site`
 * (the address the site is hosted at). Search engines ignore relative ones: without `site`, none.
 */
export function seoLinks(site: string, route: string, page: Locale, available: readonly Locale[]): SeoLink[] {
	if (!site) return [];
	const at = (locale: Locale) => site + localePath('', route, locale);
	return [
		{ rel: 'canonical', href: at(page) },
		...available.map((locale) => ({ rel: 'alternate' as const, hreflang: locale, href: at(locale) })),
		{ rel: 'alternate', hreflang: 'x-default', href: at(baseLocale) }
	];
}
