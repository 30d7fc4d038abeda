import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Relative asset paths let the same build run from any sub-path of a static host.
		paths: { relative: true },
		// The app's own CSS (~17 KB) goes into the page: no render-blocking request before the first paint.
		inlineStyleThreshold: 32 * 1024,
		prerender: { handleHttpError: 'fail' }
	}
};

export default config;
