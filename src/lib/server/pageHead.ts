/**
 * The head tags that are the same on every render of a page: its description, theme colour,
 * manifest and canonical and hreflang links. Written into the prerendered HTML (app.html's
 * `%atlas.…%` placeholders, by hooks.server.ts), so the app's JavaScript does not carry them
 * (~0.45 KB gzip of the first download, issue 26). The pages change language by loading the
 * other page, so no client-side navigation ever needs other ones.
 */
import { m } from '$lib/paraglide/messages';
import { routePath, seoLinks } from '$lib/i18n/pages';
import { manifestPath, THEME_COLOUR } from '$lib/text/webManifest';
import { baseLocale, locales, type Locale } from '$lib/paraglide/runtime';

/** Text as an attribute value: nothing in it can end the attribute or open a tag. */
const attribute = (text: string) => text.replace(/[&"'<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * `html` with its `%atlas.description%`, `%atlas.theme%`, `%atlas.manifest%` (a path from the
 * site's base) and `%atlas.seo%` placeholders filled for the page at `routeId` in `locale`, on
 * the site's address `site` (none: no canonical or hreflang links).
 */
export function withPageHead(html: string, locale: Locale, routeId: string | null | undefined, site: string): string {
	const seo = seoLinks(site, routePath(routeId), locale, locales)
		.map((l) => `<link rel="${l.rel}"${l.hreflang ? ` hreflang="${attribute(l.hreflang)}"` : ''} href="${attribute(l.href)}" />`)
		.join('\n\t\t');
	const values: Record<string, string> = {
		description: attribute(m.meta_description({}, { locale })),
		theme: attribute(THEME_COLOUR),
		manifest: attribute(manifestPath(locale, baseLocale)),
		seo
	};
	return html.replace(/%atlas\.(\w+)%/g, (placeholder, key: string) => values[key] ?? placeholder);
}
