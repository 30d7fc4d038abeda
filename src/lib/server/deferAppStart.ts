import { createHash } from 'node:crypto';

/**
 * Browser code: a promise that settles once the page's first contentful paint has reached the
 * screen (the Paint Timing entry is delivered after presentation), after 500 ms at the latest,
 * or at once where Paint Timing is missing.
 */
export const WAIT_FOR_FIRST_PAINT = `new Promise((start) => {
	const timer = setTimeout(start, 500);
	try {
		new PerformanceObserver((list, observer) => {
			if (list.getEntriesByName('first-contentful-paint').length > 0) {
				observer.disconnect();
				clearTimeout(timer);
				start();
			}
		}).observe({ type: 'paint', buffered: true });
	} catch {
		start();
	}
})`;

/**
 * Browser code, run at the first paint: each `<link data-after-paint="preload" …>` becomes that
 * link. A fetch the page needs early but not for its first frame starts here, not with the HTML:
 * Lighthouse counts every request begun before the largest paint into it (issue 26).
 */
export const START_AFTER_PAINT_LINKS = `for (const link of document.querySelectorAll('link[data-after-paint]')) link.rel = link.dataset.afterPaint;`;

const START = /Promise\.all\(\[([\s\S]*?)\]\)\.then\(/;
const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

/**
 * Makes SvelteKit's inline start-up script wait for the first paint before it imports the app
 * (and before it turns on the links marked `data-after-paint`).
 *
 * Why: the prerendered page (year, slider, summary) needs no JavaScript to be seen. On a 2-core
 * PC without a GPU its first frame is rasterised on the CPU, and fetching, compiling and
 * hydrating the app at the same moment pushed that paint back by ~40–60 ms
 * (docs/performance.md, "First paint"). The app now starts right after it.
 *
 * The script is allowed by its hash in the page's CSP <meta>, so that hash is replaced by the new
 * script's. Where the page does not carry the hash (a CSP sent as a header, as the dev server
 * does), or SvelteKit's script ever looks different, the page is returned unchanged: the app then
 * starts as before, only not deferred.
 */
export function deferAppStart(html: string): string {
	const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].find(([, body]) => START.test(body) && body.includes('.start('));
	if (!script) return html;
	const before = script[1];
	const after = before.replace(
		START,
		(_, imports) => `${WAIT_FOR_FIRST_PAINT}.then(() => {${START_AFTER_PAINT_LINKS} return Promise.all([${imports}]); }).then(`
	);
	const oldHash = `'sha256-${sha256(before)}'`;
	if (!html.includes(oldHash)) return html;
	return html.replace(script[0], () => `<script>${after}</script>`).replace(oldHash, () => `'sha256-${sha256(after)}'`);
}
