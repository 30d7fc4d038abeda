import type { Handle } from '@sveltejs/kit';
import { AsyncLocalStorage } from 'node:async_hooks';
import { deferAppStart } from '$lib/server/deferAppStart';
import { withStateNames } from '$lib/data/inlineStateNames';
import { withPageHead } from '$lib/server/pageHead';
import countryNames from 'virtual:country-names';
import { baseLocale, isLocale, overwriteServerAsyncLocalStorage, type Locale } from '$lib/paraglide/runtime';

// Each prerendered page renders its messages in its own language (from the [[lang]] route
// parameter), even when pages are rendered concurrently.
const pageLocale = new AsyncLocalStorage<{ locale?: Locale }>();
overwriteServerAsyncLocalStorage(pageLocale);

/**
 * Five changes to the prerendered page:
 * - <html lang> is the page's language (%lang% in app.html).
 * - Its head tags that never change: description, theme colour, manifest, canonical and hreflang
 *   links (src/lib/server/pageHead.ts), so the app's JavaScript does not carry them.
 * - It carries its state names, in its language only (src/lib/data/inlineStateNames.ts).
 * - No <link rel="modulepreload"> hints (`preload` says no to JavaScript; CSS keeps SvelteKit's
 *   default). With them Chromium fetches and compiles ~200 KB of JavaScript while it is still
 *   laying out and painting the page (~55 ms on a 2-core PC). See docs/performance.md.
 * - The app's start-up script waits for the first paint (`deferAppStart`, ~40–60 ms).
 */
export const handle: Handle = ({ event, resolve }) => {
	const locale = isLocale(event.params.lang) ? event.params.lang : baseLocale;
	return pageLocale.run({ locale }, () =>
		resolve(event, {
			preload: ({ type }) => type === 'css',
			transformPageChunk: ({ html }) =>
				deferAppStart(
					withStateNames(withPageHead(html.replace('%lang%', locale), locale, event.route.id, __SITE_URL__), countryNames[locale] ?? {})
				)
		})
	);
};
