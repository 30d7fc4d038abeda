import { test, expect, type Page } from '@playwright/test';
import { waitForLiteMap } from './helpers';

// Issue 26: what appears after start-up (the lite-map badge, the language offer, the sources footer)
// must not become the Largest Contentful Paint, nor move what is already on screen. A first visit
// with no stored choice of map draws the lite map here (this machine has no graphics card).
test.use({ storageState: { cookies: [], origins: [] } });

/**
 * Lighthouse's mobile screen (a Moto G Power) and a desktop one, and the elements that may be the
 * largest paint on each. On a phone the summary is below the map, off the first screen, and the lite
 * map is SVG, which Chromium never counts (only images, videos and text blocks are candidates): the
 * largest paint there is the header's subtitle, in the first paint.
 */
const SCREENS = {
	phone: {
		device: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
		early: ['map', 'summary', 'subtitle']
	},
	desktop: { device: { viewport: { width: 1400, height: 900 } }, early: ['map', 'summary'] }
};

interface PaintRecord {
	/** The LCP entries in order: the element's test id (or its nearest ancestor's), tag and size. */
	lcp: { at: number; tag: string; testid: string | null; text: string; size: number }[];
	/** The layout shifts not caused by input, with what moved. */
	shifts: { value: number; moved: string[] }[];
}

/** Starts the observers before the page's own code, buffered, so the first paint is seen too. */
async function observePaints(page: Page) {
	await page.addInitScript(() => {
		const rec: PaintRecord = { lcp: [], shifts: [] };
		(window as unknown as { __paints: PaintRecord }).__paints = rec;
		const describe = (el: Element | null) => {
			if (!el) return { tag: '(removed)', testid: null, text: '' };
			const owner = el.closest('[data-testid]');
			return {
				tag: el.tagName.toLowerCase(),
				testid: owner?.getAttribute('data-testid') ?? null,
				text: (el.textContent ?? '').slice(0, 60)
			};
		};
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as PerformanceEntry[] & { element: Element | null; size: number }[])
				rec.lcp.push({ at: Math.round(e.startTime), size: e.size, ...describe(e.element) });
		}).observe({ type: 'largest-contentful-paint', buffered: true });
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] }[]) {
				if (e.hadRecentInput) continue;
				const moved = e.sources.map((s) => {
					const el = s.node instanceof Element ? s.node : (s.node?.parentElement ?? null);
					return el ? `${el.tagName.toLowerCase()}.${el.className}` : '(removed)';
				});
				rec.shifts.push({ value: e.value, moved });
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** Waits until everything late has appeared: the map, its badge, the footer, and the offer if made. */
async function waitForLatePaints(page: Page, offered: boolean) {
	await waitForLiteMap(page);
	await expect(page.getByTestId('map-fallback-notice')).toBeVisible();
	await expect(page.locator('footer.sources h2')).toBeVisible();
	if (offered) await expect(page.getByTestId('language-offer')).toBeVisible();
	await page.waitForLoadState('load');
	// Two frames: the last of them is painted and its entries delivered.
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
	return page.evaluate(() => (window as unknown as { __paints: PaintRecord }).__paints);
}

// Each page is opened by a reader whose browser prefers the other language, so the offer is made.
const PAGES = [
	{ path: './?year=2012', locale: 'ru-RU' },
	{ path: './ru/?year=2012', locale: 'en-GB' }
];

for (const [screen, { device, early }] of Object.entries(SCREENS))
	for (const { path, locale } of PAGES)
		test(`${path} on a ${screen}: the largest paint is prerendered (${early.join(', ')}), and nothing shifts`, async ({ browser }) => {
			const context = await browser.newContext({ ...device, locale });
			const page = await context.newPage();
			await observePaints(page);
			const prerendered = await (await page.goto(path))!.text();
			const { lcp, shifts } = await waitForLatePaints(page, true);
			const largest = lcp.at(-1)!;
			const cls = shifts.reduce((sum, s) => sum + s.value, 0);
			const detail = JSON.stringify({ lcp, shifts });
			expect(largest, detail).toBeTruthy();
			expect(early, detail).toContain(largest.testid);
			// In the page as served, so it can be painted before any script has run.
			expect(prerendered).toContain(`data-testid="${largest.testid}"`);
			expect(cls, detail).toBeLessThan(0.1);
			await context.close();
		});
