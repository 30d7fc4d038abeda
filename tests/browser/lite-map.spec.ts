import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitForMap, waitForLiteMap, STATUS_RGB, closeTo, pngColourStats, mapSettled, share, liteFill } from './helpers';

// A first visit with no stored choice of map (the other files store "detailed").
test.use({ storageState: { cookies: [], origins: [] } });

const lite = (page: Page) => page.getByTestId('svg-fallback');

/**
 * Makes WebGL report this renderer name, so both branches run on any machine: a software
 * rasteriser (SwiftShader, what this CI has) or a graphics card.
 */
async function fakeRenderer(page: Page, name: string) {
	await page.addInitScript((rendererName) => {
		const UNMASKED_RENDERER_WEBGL = 0x9246;
		for (const C of [WebGLRenderingContext, WebGL2RenderingContext]) {
			const original = C.prototype.getParameter;
			C.prototype.getParameter = function (this: WebGLRenderingContext, p: number) {
				return p === UNMASKED_RENDERER_WEBGL ? rendererName : original.call(this, p);
			};
		}
	}, name);
}
const SOFTWARE = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
const HARDWARE = 'ANGLE (NVIDIA, NVIDIA GeForce GTX 1060 Direct3D11 vs_5_0 ps_5_0, D3D11)';

test('without a GPU the lite map is drawn first and MapLibre is never downloaded', async ({ page }) => {
	await fakeRenderer(page, SOFTWARE);
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script' || /\.m?js$/.test(new URL(r.url()).pathname)) scripts.push(r.url());
	});
	await page.goto('./?year=2010');
	await waitForLiteMap(page);
	await expect(page.getByTestId('map-fallback-notice')).toContainText('without a graphics card');
	await expect(page.getByTestId('use-detailed-map')).toBeVisible();
	expect(closeTo(await liteFill(page, 'UZB'), STATUS_RGB.member)).toBe(true);
	// Once the page has loaded, the browser has gone idle and the map has settled, every import the
	// start set off has been requested: MapLibre's code was not among them (no canvas, and no
	// script that holds MapLibre's option names).
	await page.waitForLoadState('load');
	await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
	await mapSettled(page);
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
	const fetched = await Promise.all(scripts.map((u) => page.request.get(u).then((r) => r.text())));
	expect(fetched.length).toBeGreaterThan(0);
	expect(fetched.filter((code) => code.includes('failIfMajorPerformanceCaveat'))).toEqual([]);
});

test('with a graphics card the detailed map is drawn first, with no lite notice', async ({ page }) => {
	await fakeRenderer(page, HARDWARE);
	await page.goto('./?year=2010');
	await waitForMap(page);
	await expect(lite(page)).toHaveCount(0);
	await expect(page.getByTestId('map-fallback-notice')).toHaveCount(0);
	// No "lite map" offer either: this machine draws the detailed map fast.
	await expect(page.getByTestId('use-lite-map')).toHaveCount(0);
});

test('the reader can switch to the detailed map and back, and the choice is remembered', async ({ page }) => {
	await fakeRenderer(page, SOFTWARE);
	await page.goto('./?year=2010&country=UZB');
	await waitForLiteMap(page);

	await page.getByTestId('use-detailed-map').click();
	await waitForMap(page);
	await expect(lite(page)).toHaveCount(0);
	// The selection and year survived the switch.
	await expect(page.getByTestId('year-display')).toHaveText('2010');
	await expect(page.getByRole('heading', { level: 2, name: 'Uzbekistan' })).toBeVisible();
	await page.reload();
	await waitForMap(page);
	await expect(lite(page)).toHaveCount(0);

	await page.getByTestId('use-lite-map').click();
	await waitForLiteMap(page);
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
	await expect(page.getByTestId('map-fallback-notice')).toContainText('as chosen');
	await page.reload();
	await waitForLiteMap(page);
	await expect(page.getByTestId('map-fallback-notice')).toContainText('as chosen');
});

test('the lite map follows the year, the selection and exports a real PNG', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('csto-atlas:map', 'lite'));
	await page.goto('./?year=2010');
	await waitForLiteMap(page);
	expect(closeTo(await liteFill(page, 'UZB'), STATUS_RGB.member)).toBe(true);
	const slider = page.getByTestId('year-slider');
	await slider.focus();
	await slider.press('ArrowRight');
	await slider.press('ArrowRight');
	await slider.press('ArrowRight');
	await expect(page.getByTestId('year-display')).toHaveText('2013');
	await expect.poll(async () => closeTo(await liteFill(page, 'UZB'), STATUS_RGB.former)).toBe(true);

	const [download] = await Promise.all([page.waitForEvent('download'), share(page, 'Export PNG')]);
	expect(download.suggestedFilename()).toBe('csto-atlas-2013.png');
	const bytes = readFileSync((await download.path())!);
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const stats = await pngColourStats(page, bytes, { member: STATUS_RGB.member, former: STATUS_RGB.former });
	expect(stats.width).toBeGreaterThanOrEqual(900);
	expect(stats.colours).toBeGreaterThan(20);
	// Russia and Kazakhstan in member blue, Uzbekistan (left in 2012) in former-member pink.
	expect(stats.counts.member).toBeGreaterThan(1000);
	expect(stats.counts.former).toBeGreaterThan(100);
	await expect(page.getByText(/Saved csto-atlas-2013\.png/)).toBeVisible();
});
