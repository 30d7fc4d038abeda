import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';

/** @type {{ baseLocale: string, locales: string[] }} */
const { baseLocale, locales } = JSON.parse(readFileSync(new URL('./project.inlang/settings.json', import.meta.url), 'utf8'));

/**
 * The language one run of `vite build` is for (ATLAS_LOCALE, set by scripts/build.mjs): its client
 * JavaScript carries that language's messages only, and it prerenders that language's pages only.
 * Unset: one build of every language, each page's JavaScript carrying them all.
 */
export const buildLocale = process.env.ATLAS_LOCALE || undefined;
if (buildLocale && !locales.includes(buildLocale)) throw new Error(`ATLAS_LOCALE "${buildLocale}" is not one of ${locales.join(', ')}`);

/**
 * One language's pages: the base language's at the root (/, /embed/…), the others' under
 * /<locale>/. The presenter view is opened by script, never linked, so it is listed too.
 * @param {string} locale
 * @returns {`/${string}`[]}
 */
export const pagesOf = (locale) =>
	['/', '/embed/', '/presenter/', '/manifest.webmanifest'].map(
		(p) => /** @type {`/${string}`} */ (locale === baseLocale ? p : `/${locale}${p}`)
	);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Relative asset paths let the same build run from any sub-path of a static host.
		paths: { relative: true },
		// The app's own CSS (~17 KB) goes into the page: no render-blocking request before the first paint.
		inlineStyleThreshold: 32 * 1024,
		prerender: {
			handleHttpError: 'fail',
			entries: buildLocale ? pagesOf(buildLocale) : ['*', ...locales.flatMap(pagesOf)],
			// A page links to its other languages, which a one-language build must not render.
			crawl: !buildLocale
		},
		// One version for every language's build, so the merged site is one deployment to the service worker.
		...(process.env.ATLAS_VERSION ? { version: { name: process.env.ATLAS_VERSION } } : {}),
		// Registered by the app after the map has drawn (src/lib/offline/register.ts).
		serviceWorker: { register: false },
		// Every prerendered page carries this policy as a <meta> tag; kit adds the hashes of its
		// own inline start-up script to script-src, so no 'unsafe-inline' or 'unsafe-eval' is needed.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// MapLibre's worker is our own file (setWorkerUrl); same-origin, so it needs no blob:.
				'worker-src': ['self'],
				// Svelte and MapLibre set style attributes (positions, colours, transforms).
				'style-src': ['self', 'unsafe-inline'],
				// The PNG export and MapLibre's image decoding use data: and blob: URLs.
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
