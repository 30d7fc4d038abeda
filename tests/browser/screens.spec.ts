import { test, expect, type Page } from '@playwright/test';
import { waitForMap, project, pixelAt, closeTo, mapZoom, STATUS_RGB, nextFrame } from './helpers';

async function expectNoSidewaysScroll(page: Page, width: number) {
	const wide = await page.evaluate(() => ({
		scrollWidth: document.scrollingElement!.scrollWidth,
		// What sticks out, to name in the failure.
		culprits: [...document.querySelectorAll('body *')]
			.filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
			.slice(0, 8)
			.map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
	}));
	expect(wide.scrollWidth, `wider than the screen: ${wide.culprits.join(', ')}`).toBeLessThanOrEqual(width);
}

/** Page coordinates of a longitude/latitude on the map, with the map scrolled into view. */
async function onScreen(page: Page, lngLat: [number, number]) {
	const map = page.getByTestId('map');
	await map.scrollIntoViewIfNeeded();
	const box = (await map.boundingBox())!;
	const p = await project(page, lngLat);
	return { x: box.x + p.x, y: box.y + p.y };
}

test.describe('phone, 360×640, touch', () => {
	test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

	test('no sideways scroll; slider, summary and legend work; a tap opens a country; a pinch zooms', async ({ page }) => {
		await page.goto('./?year=2000');
		await waitForMap(page);
		await expectNoSidewaysScroll(page, 360);

		// The slider spans the width of the screen and a tap on it sets the year.
		const slider = page.getByTestId('year-slider');
		await expect(slider).toBeVisible();
		await expect(slider).toBeInViewport();
		const box = (await slider.boundingBox())!;
		expect(box.width).toBeGreaterThan(280);
		await page.touchscreen.tap(box.x + 4, box.y + box.height / 2);
		await expect(page.getByTestId('year-display')).toHaveText('1991');
		const summary = page.getByTestId('summary');
		await expect(summary).toContainText('1991');
		await summary.scrollIntoViewIfNeeded();
		await expect(summary).toBeInViewport();
		const legend = page.locator('.legend');
		await legend.scrollIntoViewIfNeeded();
		await expect(legend).toBeInViewport();
		await expect(page.getByTestId('count-member')).toBeVisible();
		for (const el of [summary, legend, slider]) {
			const b = (await el.boundingBox())!;
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.x + b.width).toBeLessThanOrEqual(360);
		}

		// A tap on Kazakhstan opens its details.
		const kaz = await onScreen(page, [67, 48]);
		await page.touchscreen.tap(kaz.x, kaz.y);
		await expect(page).toHaveURL(/country=KAZ/);
		await expect(page.getByTestId('country-panel').getByRole('heading', { level: 2 })).toHaveText('Kazakhstan');

		// Two fingers spreading apart zoom the map in (MapLibre's touch zoom).
		const centre = await onScreen(page, [60, 45]);
		const zoomBefore = await mapZoom(page);
		const cdp = await page.context().newCDPSession(page);
		const fingers = (spread: number) => [
			{ x: centre.x - spread, y: centre.y, id: 1 },
			{ x: centre.x + spread, y: centre.y, id: 2 }
		];
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
		for (let spread = 30; spread <= 120; spread += 10) {
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
			await nextFrame(page);
		}
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await expect.poll(() => mapZoom(page)).toBeGreaterThan(zoomBefore + 1);
		// The page itself did not zoom: only the map did.
		expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);

		// The Table tab covers the map completely, MapLibre's attribution included.
		await page.getByRole('tab', { name: 'Table' }).tap();
		await expect(page.getByTestId('country-table')).toBeVisible();
		await expect(page.locator('.maplibregl-ctrl-attrib')).toBeHidden();
	});
});

test.describe('4K projector, 3840×2160', () => {
	test.use({ viewport: { width: 3840, height: 2160 } });

	test('no sideways scroll; the map fills its region and draws; text is large enough to read', async ({ page }) => {
		// Software WebGL draws 8 million pixels a frame here: the first frame is slow on a busy machine.
		test.setTimeout(150_000);
		await page.goto('./?year=2000');
		await expect(page.locator('[data-map-ready="true"]')).toHaveCount(1, { timeout: 100_000 });
		await expectNoSidewaysScroll(page, 3840);

		const sizes = await page.evaluate(() => {
			const rect = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
			const px = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
			return {
				region: rect('.view'),
				map: rect('[data-testid="map"]'),
				canvas: rect('canvas.maplibregl-canvas'),
				summary: px('[data-testid="summary"]'),
				legend: px('.legend .label'),
				tab: px('[role="tab"]'),
				button: px('.toolbar button')
			};
		});
		// The map takes the stage (inside its 1 px border) and the canvas the whole map.
		expect(sizes.map.width).toBeGreaterThan(sizes.region.width - 4);
		expect(sizes.map.height).toBeGreaterThan(sizes.region.height - 4);
		expect(Math.abs(sizes.canvas.width - sizes.map.width)).toBeLessThan(2);
		expect(Math.abs(sizes.canvas.height - sizes.map.height)).toBeLessThan(2);
		expect(sizes.map.width).toBeGreaterThan(2400);
		// The whole map is on the screen, above the fold.
		expect(sizes.region.bottom).toBeLessThanOrEqual(2160);
		expect(sizes.summary).toBeGreaterThanOrEqual(16);
		// On a 4K screen at 1:1 the type grows with it, to what 16 px is on a 1080p screen and more.
		for (const [what, px] of Object.entries({ summary: sizes.summary, legend: sizes.legend, tab: sizes.tab, button: sizes.button }))
			expect(px, what).toBeGreaterThanOrEqual(24);

		// The map draws: Kazakhstan, a member in 2000, in the member colour.
		expect(closeTo(await pixelAt(page, [67, 48]), STATUS_RGB.member)).toBe(true);
	});
});

test.describe('desktop widths, 901–1279 px, both languages', () => {
	// Russian labels are the longest: at 901–945 px the header's last buttons once stuck out.
	for (const path of ['./?year=2012', './ru/?year=2012'])
		test(`${path}: the header's tools, the language link included, fit on the screen at every width`, async ({ page }) => {
			await page.setViewportSize({ width: 1279, height: 800 });
			await page.goto(path);
			await waitForMap(page);
			const help = page.locator('.masthead .tools button').last();
			await expect(help).toBeVisible();
			for (const width of [1279, 1100, 1024, 1000, 999, 960, 945, 920, 901]) {
				await page.setViewportSize({ width, height: 800 });
				await nextFrame(page);
				await expectNoSidewaysScroll(page, width);
				for (const what of [help, page.locator('.masthead .languages')])
					expect((await what.boundingBox())!.x + (await what.boundingBox())!.width, `${width} px`).toBeLessThanOrEqual(width - 8);
			}
		});
});
