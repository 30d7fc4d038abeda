import { test, expect, type Page } from '@playwright/test';
import { waitForLiteMap, closeTo, pngPixels, STATUS_RGB } from './helpers';

// Issue 26: what appears after start-up (the lite-map badge, the language offer, the sources footer)
// must not become the Largest Contentful Paint, nor move what is already on screen. A first visit
// with no stored choice of map draws the lite map here (this machine has no graphics card).
test.use({ storageState: { cookies: [], origins: [] } });

/**
 * Lighthouse's mobile screen (a Moto G Power) and a desktop one, and the elements that may be the
 * largest paint on each. The map box paints the map's preview (an image) from the first paint; the
 * lite map drawn over it is SVG, which Chromium never counts. On a phone the summary is below the
 * map, off the first screen, so there it must be the map.
 */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const SCREENS = {
	phone: { device: PHONE, early: ['map'] },
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

/**
 * Holds the language offer's code until the pin filters are on screen, so the offer always comes
 * last, with the most below it to move (the case a loaded machine hits; the order is otherwise a race).
 */
async function offerLast(page: Page) {
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (body.includes('data-testid="language-offer"')) await page.locator('fieldset.pin-legend').waitFor({ state: 'attached' });
		await route.fulfill({ response, body });
	});
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
			await offerLast(page);
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

test('before the shapes arrive, the map box shows the preview: land and sea where the lite map then draws them', async ({ browser }) => {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	let release = () => {};
	await page.route('**/110m.*.json', (route) => new Promise<void>((done) => (release = () => done(route.continue()))));
	const preview = page.waitForResponse(/mapPreview\.[\w-]+\.svg$/);
	await page.goto('./?year=2012');
	expect((await preview).status()).toBe(200);
	await page.evaluate(() => document.fonts.ready);
	const held = await page.getByTestId('map').screenshot({ animations: 'disabled' });
	release();
	await waitForLiteMap(page);
	// Land or sea, as the drawn map's hit test says, on a grid over the box; and the preview's pixel there.
	const box = (await page.getByTestId('map').boundingBox())!;
	const grid: { x: number; y: number; land: boolean }[] = await page.getByTestId('map').evaluate(
		(el, { w, h }) => {
			const at = (el as HTMLElement & { cstoCountryAt: (x: number, y: number) => string | null }).cstoCountryAt;
			const out = [];
			for (let y = 6; y < h; y += 10) for (let x = 6; x < w; x += 10) out.push({ x, y, land: at(x, y) !== null });
			return out;
		},
		{ w: box.width, h: box.height }
	);
	const colours = await pngPixels(page, held, grid, PHONE.deviceScaleFactor);
	const OCEAN = [0xea, 0xf1, 0xf7];
	// Pixels on a border line (white) or under the badge say neither, and are left out.
	const judged = grid.flatMap((g, i) =>
		closeTo(colours[i], STATUS_RGB.never, 6) ? [g.land] : closeTo(colours[i], OCEAN, 6) ? [!g.land] : []
	);
	const agree = judged.filter(Boolean).length / judged.length;
	expect(judged.length).toBeGreaterThan(grid.length * 0.8);
	expect(agree, `${judged.length} of ${grid.length} points judged`).toBeGreaterThan(0.98);
	await context.close();
});
