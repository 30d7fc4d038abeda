import { test, expect, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import {
	waitForMap,
	pixelAt,
	closeTo,
	STATUS_RGB,
	project,
	clickPin,
	pinScreen,
	canvasPixel,
	loseContext,
	refuseMapLibreContext,
	liteFill
} from './helpers';

// Inside each state, away from borders, labels and pins.
const UZBEKISTAN: [number, number] = [65.4, 40.1];
const RUSSIA: [number, number] = [60, 55.6]; // near Chelyabinsk, in view when the map frames Kazakhstan
// On Kazakhstan's northern border (a straight stretch between two vertices of the 1:50m shapes).
const KAZAKHSTAN_BORDER: [number, number] = [62.27, 54.008];

/** Fails the test on any uncaught error in the page. */
function watchErrors(page: Page) {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	return errors;
}

async function waitForSvgMap(page: Page) {
	await expect(page.locator('[data-map-ready="svg"]')).toHaveCount(1, { timeout: 30_000 });
}

/**
 * A page in a Chromium started with extra flags. (Playwright's own launchOptions can only be set
 * for a whole file, and this file also needs WebGL for the context-loss tests.)
 */
const flagged = test.extend<{ chromiumFlags: string[] }>({
	chromiumFlags: [[], { option: true }],
	page: async ({ playwright, baseURL, viewport, chromiumFlags, page }, use) => {
		if (!chromiumFlags.length) return use(page);
		const browser = await playwright.chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...chromiumFlags] });
		const context = await browser.newContext({ baseURL, viewport });
		await use(await context.newPage());
		await browser.close();
	}
});

async function goToYear(page: Page, year: number) {
	const slider = page.getByTestId('year-slider');
	await slider.fill(String(year));
	await expect(page.getByTestId('year-display')).toHaveText(String(year));
}

flagged.describe('without WebGL (Chromium started with --disable-webgl)', () => {
	flagged.use({ chromiumFlags: ['--disable-webgl'] });

	flagged('an SVG map replaces MapLibre, says why, and recolours with the year', async ({ page }) => {
		const errors = watchErrors(page);
		const requested: string[] = [];
		page.on('request', (r) => requested.push(r.url()));
		await page.goto('./?year=2005');
		await waitForSvgMap(page);
		await expect(page.getByTestId('map-fallback-notice')).toContainText('Simplified map');
		await expect(page.getByTestId('map-fallback-notice')).toContainText('WebGL unavailable');
		await expect(page.getByRole('img', { name: /Simplified map of CSTO membership/ })).toBeVisible();
		await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
		// Without WebGL MapLibre is never downloaded.
		expect(requested.filter((u) => /maplibre|mapView/.test(u))).toEqual([]);

		// Uzbekistan: out since 1999, back in 2006, out again in 2012. Russia: a member throughout.
		expect(closeTo(await liteFill(page, 'UZB'), STATUS_RGB.former)).toBe(true);
		expect(closeTo(await liteFill(page, 'RUS'), STATUS_RGB.member)).toBe(true);
		await goToYear(page, 2010);
		await expect.poll(async () => closeTo(await liteFill(page, 'UZB'), STATUS_RGB.member)).toBe(true);
		await goToYear(page, 2013);
		await expect.poll(async () => closeTo(await liteFill(page, 'UZB'), STATUS_RGB.former)).toBe(true);
		expect(closeTo(await liteFill(page, 'RUS'), STATUS_RGB.member)).toBe(true);
		// States outside the data keep the neutral land colour.
		expect(closeTo(await liteFill(page, 'TKM'), STATUS_RGB.never)).toBe(true);

		await page.goto('./?year=2013');
		await waitForSvgMap(page);
		expect(closeTo(await liteFill(page, 'UZB'), STATUS_RGB.former)).toBe(true);
		expect(errors).toEqual([]);
	});

	flagged('clicking a state opens its details, and clicking a pin or a territory opens its place', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto('./?year=2010');
		await waitForSvgMap(page);
		const { x, y } = (await project(page, UZBEKISTAN))!;
		await page.getByTestId('map').click({ position: { x, y } });
		const panel = page.getByTestId('country-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Uzbekistan');
		await expect(panel).toContainText('In 2010: Member');
		await expect(page).toHaveURL(/country=UZB/);
		// The selected state is outlined on the map.
		await expect(page.locator('[data-testid="svg-fallback"] [data-outline="UZB"]')).toHaveCount(1);

		// Pins of the year, with the same symbols; one from before its start year is absent.
		// Every pin stays in the drawing; a year step only hides or shows it.
		// Where pins crowd together they are counted in a badge instead (geo/pinGroups.ts).
		const shown = (id: string) =>
			page.locator(`[data-pin-badge~="${id}"], [data-testid="svg-fallback"] g[data-place="${id}"]:not([visibility="hidden"])`);
		await expect(shown('ru-kant-air-base')).toBeVisible();
		await expect(shown('ru-nuclear-weapons-belarus')).toHaveCount(0);
		await clickPin(page, 'ru-kant-air-base');
		const place = page.getByTestId('place-panel');
		await expect(place.getByRole('heading', { level: 2 })).toContainText('Kant');

		const ossetia = page.locator('[data-testid="svg-fallback"] path[data-place="territory-south-ossetia"]');
		await expect(ossetia).toHaveCount(1);
		await ossetia.dispatchEvent('click');
		await expect(place.getByRole('heading', { level: 2 })).toContainText(/Ossetia/);
		await expect(page).toHaveURL(/place=territory-south-ossetia/);
		expect(errors).toEqual([]);
	});

	flagged('pins follow the year, the world view shows far-away places, and the table still works', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto('./?year=2002');
		await waitForSvgMap(page);
		const kant = page.locator('[data-testid="svg-fallback"] g[data-place="ru-kant-air-base"]');
		// On the map: drawn on its own, or counted in a badge where pins crowd together.
		const kantShown = async () => (await kant.isVisible()) || (await page.locator('[data-pin-badge~="ru-kant-air-base"]').count()) > 0;
		await expect.poll(kantShown).toBe(false);
		await goToYear(page, 2004);
		await expect.poll(kantShown).toBe(true);
		expect(await pinScreen(page, 'ru-kant-air-base')).not.toBeNull();

		// Angola is off the regional map; the world view has room for it, and "reset view" comes back.
		await goToYear(page, 1996);
		const angola = page.locator('[data-testid="svg-fallback"] g[data-place="ru-un-missions-angola"]');
		await expect(angola).toHaveCount(0);
		await page.getByRole('button', { name: 'Whole world' }).click();
		await expect(angola).toBeVisible();
		await page.getByRole('button', { name: 'Reset view' }).click();
		await expect(angola).toHaveCount(0);

		await page.getByRole('tab', { name: 'Table' }).click();
		const table = page.getByTestId('country-table');
		await expect(table.locator('tr[data-iso="UZB"]')).toHaveAttribute('data-status', 'member');
		await expect(table.locator('tr[data-iso="TKM"]')).toContainText('Never a member');
		await table.locator('tr[data-iso="KAZ"] button').focus();
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('country-panel').getByRole('heading', { level: 2 })).toHaveText('Kazakhstan');
		await page.getByRole('tab', { name: 'Map' }).click();
		await expect(page.locator('[data-testid="svg-fallback"] [data-outline="KAZ"]')).toHaveCount(1);
		expect(errors).toEqual([]);
	});
});

flagged.describe('with WebGL 1 only (MapLibre 6 needs WebGL 2)', () => {
	flagged.use({ chromiumFlags: ['--disable-webgl2'] });

	flagged('the SVG map is drawn and names the reason', async ({ page }) => {
		const errors = watchErrors(page);
		await page.goto('./?year=2010');
		await waitForSvgMap(page);
		await expect(page.getByTestId('map-fallback-notice')).toContainText('WebGL 2 unavailable');
		expect(closeTo(await liteFill(page, 'UZB'), STATUS_RGB.member)).toBe(true);
		expect(errors).toEqual([]);
	});
});

test('when MapLibre itself cannot create its WebGL context, the SVG map takes over', async ({ page }) => {
	await refuseMapLibreContext(page);
	const errors = watchErrors(page);
	await page.goto('./?year=2013');
	await waitForSvgMap(page);
	await expect(page.getByTestId('map-fallback-notice')).toContainText('WebGL unavailable');
	expect(closeTo(await liteFill(page, 'UZB'), STATUS_RGB.former)).toBe(true);
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
	expect(errors).toEqual([]);
});

test.describe('a lost WebGL context', () => {
	const restoreContext = (page: Page) =>
		page.evaluate(() => (window as unknown as { cstoLoseContext: { restoreContext(): void } }).cstoLoseContext.restoreContext());
	const isDark = (rgb: number[]) => rgb.every((v) => v < 70);

	test('is restored with the current year, pins and selection, and the slider still recolours', async ({ page }) => {
		// Many full-canvas pixel reads on software WebGL.
		test.slow();
		const errors = watchErrors(page);
		await page.goto('./?year=2005&country=KAZ');
		await waitForMap(page);
		await expect.poll(async () => closeTo(await pixelAt(page, UZBEKISTAN), STATUS_RGB.former)).toBe(true);
		// The selected state's dark outline.
		await expect.poll(async () => isDark(await pixelAt(page, KAZAKHSTAN_BORDER, 0))).toBe(true);

		await loseContext(page);
		// A year chosen while the map cannot draw is the one drawn after the restore.
		await goToYear(page, 2010);
		await restoreContext(page);
		await expect.poll(async () => closeTo(await pixelAt(page, UZBEKISTAN), STATUS_RGB.member)).toBe(true);
		await expect.poll(async () => closeTo(await pixelAt(page, RUSSIA), STATUS_RGB.member)).toBe(true);
		// Pin symbols (images added with addImage) and their visibility come back too.
		// Baikonur stands alone at this view (Kant is counted in a badge with its neighbours).
		const baikonur = (await pinScreen(page, 'ru-baikonur-cosmodrome'))!;
		await expect.poll(async () => isDark(await canvasPixel(page, baikonur))).toBe(true);
		const kant = (await pinScreen(page, 'ru-kant-air-base'))!;
		const kantPixel = () => canvasPixel(page, kant);
		// The selection (feature-state as well) is outlined again.
		await expect.poll(async () => isDark(await pixelAt(page, KAZAKHSTAN_BORDER, 0))).toBe(true);

		await goToYear(page, 2013);
		await expect.poll(async () => closeTo(await pixelAt(page, UZBEKISTAN), STATUS_RGB.former)).toBe(true);
		await goToYear(page, 2002);
		// Kant (from 2003) is neither drawn nor counted in a badge.
		await expect.poll(async () => isDark(await kantPixel())).toBe(false);
		await expect(page.locator('[data-pin-badge~="ru-kant-air-base"]')).toHaveCount(0);
		await expect(page.getByTestId('svg-fallback')).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('that is never restored gives way to the SVG map', async ({ page }) => {
		// The app waits 10 s for a restore before giving up.
		test.slow();
		const errors = watchErrors(page);
		await page.goto('./?year=2010');
		await waitForMap(page);
		await loseContext(page);
		await expect(page.getByTestId('map-fallback-notice')).toContainText('WebGL context was lost', { timeout: 25_000 });
		await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
		await waitForSvgMap(page);
		expect(closeTo(await liteFill(page, 'UZB'), STATUS_RGB.member)).toBe(true);
		expect(errors).toEqual([]);
	});
});
