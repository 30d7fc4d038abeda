import type { Handle } from '@sveltejs/kit';

/**
 * The prerendered page would list every start-up module as <link rel="modulepreload">. Chromium
 * then fetches and compiles ~200 KB of JavaScript while it is still laying out and painting the
 * page, which on a 2-core PC holds the first paint back (measured: ~55 ms, docs/performance.md).
 * Without the hints the modules load when the start-up script asks for them, after the page has
 * been parsed. (Only <link> tags are removed: the inline script, and so its CSP hash, is untouched.)
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace(/\s*<link [^>]*rel="modulepreload"[^>]*>/g, '') });
