import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';

// Every page once per language: / and /embed/ in the base language, /ru/ and /ru/embed/ and so on.
// The presenter view (/presenter/, /ru/presenter/) is opened by script, never linked: listed here.
/** @type {{ baseLocale: string, locales: string[] }} */
const { baseLocale, locales } = JSON.parse(readFileSync(new URL('./project.inlang/settings.json', import.meta.url), 'utf8'));
const localePages = locales
	.filter((l) => l !== baseLocale)
	.flatMap((l) => [`/${l}/`, `/${l}/embed/`, `/${l}/presenter/`, `/${l}/manifest.webmanifest`]);

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
			entries: ['*', '/presenter/', '/manifest.webmanifest', .../** @type {`/${string}`[]} */ (localePages)]
		},
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
