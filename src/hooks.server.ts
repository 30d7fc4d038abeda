import type { Handle } from '@sveltejs/kit';
import { deferAppStart } from '$lib/server/deferAppStart';

/**
 * Two changes to the prerendered page, both so that it is painted sooner (docs/performance.md,
 * "First paint"):
 * - No <link rel="modulepreload"> hints (`preload` says no to JavaScript; CSS keeps SvelteKit's
 *   default). With them Chromium fetches and compiles ~200 KB of JavaScript while it is still
 *   laying out and painting the page (~55 ms on a 2-core PC).
 * - The app's start-up script waits for the first paint (`deferAppStart`, ~40–60 ms).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type }) => type === 'css',
		transformPageChunk: ({ html }) => deferAppStart(html)
	});
