// The map is the hero: its share of the screen, nothing covered, no scrolling in presenter mode,
// the clicker keys, and the lite map's zoom and pan. Both maps at every classroom size.
import { test, expect, type Page } from '@playwright/test';
import { measureStage } from './stage.mjs';
import { mapZoom, nextFrame, project } from './helpers';

type Stage = { share: number; covered: string[]; scrolls: boolean };
const SIZES = [
	{ width: 1024, height: 768, normal: 0 },
	{ width: 1280, height: 800, normal: 0 },
	{ width: 1366, height: 768, normal: 0.5 },
	{ width: 1920, height: 1080, normal: 0.5 }
];

async function open(page: Page, map: 'lite' | 'detailed', query = '?year=2023') {
	await page.addInitScript((m) => localStorage.setItem('csto-atlas:map', m), map);
	await page.goto(`./${query}`);
	await expect(page.locator(`[data-map-ready="${map === 'lite' ? 'svg' : 'true'}"]`)).toHaveCount(1, { timeout: 30_000 });
	// The page as a reader sees it once it has settled: the places' section is in, and has been
	// painted (a list laid out only when near the screen is skipped for the frame it arrives in).
	await expect(page.locator('html[data-places-ready]')).toHaveCount(1);
	await expect(page.locator('details.year-places')).toHaveCount(1);
	await nextFrame(page);
	await nextFrame(page);
}

async function expectYearControlsOnScreen(page: Page) {
	for (const id of ['year-display', 'year-slider', 'play']) await expect(page.getByTestId(id)).toBeInViewport({ ratio: 1 });
}

for (const map of ['lite', 'detailed'] as const) {
	for (const size of SIZES) {
		test(`${map} map at ${size.width}×${size.height}: map-first, and presenter mode keeps ≥ 55–60 % of the screen in view beside its caption, ≥ 70 % without it`, async ({
			page
		}) => {
			await page.setViewportSize(size);
			await open(page, map);
			const normal: Stage = await page.evaluate(measureStage);
			expect(normal.share, 'normal share').toBeGreaterThanOrEqual(size.normal);
			expect(normal.covered).toEqual([]);
			await expectYearControlsOnScreen(page);

			await page.getByRole('button', { name: 'Present' }).click();
			await expect(page.getByTestId('app')).toHaveClass(/presenting/);
			// With the caption beside it, the map's visible part; hidden with H, nearly the whole screen.
			const least = size.width <= 1024 ? 0.55 : 0.6;
			await expect.poll(async () => ((await page.evaluate(measureStage)) as Stage).share).toBeGreaterThanOrEqual(least);
			console.log(
				`${map} ${size.width}×${size.height}: the map's visible part with the caption: ${(((await page.evaluate(measureStage)) as Stage).share * 100).toFixed(1)} %`
			);
			const presenting: Stage = await page.evaluate(measureStage);
			expect(presenting.covered).toEqual([]);
			expect(presenting.scrolls).toBe(false);
			await expectYearControlsOnScreen(page);
			// The caption and the exit stay reachable.
			await expect(page.getByTestId('summary')).toBeInViewport();
			await expect(page.getByRole('button', { name: 'Exit presentation' })).toBeInViewport();
			await page.keyboard.press('h');
			await expect.poll(async () => ((await page.evaluate(measureStage)) as Stage).share).toBeGreaterThanOrEqual(0.7);
			await expect(page.getByRole('button', { name: 'Show caption' })).toBeInViewport();
			await page.keyboard.press('h');
			await expect(page.getByTestId('summary')).toBeInViewport();
		});
	}
}

for (const map of ['lite', 'detailed'] as const) {
	test(`${map} map on a 390×844 phone: the map takes ≥ 30 % of the first screen, nothing covered`, async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await open(page, map);
		const stage: Stage = await page.evaluate(measureStage);
		expect(stage.share).toBeGreaterThanOrEqual(0.3);
		expect(stage.covered).toEqual([]);
		await expectYearControlsOnScreen(page);
	});
}

test('presenter mode: state labels are at least 18 px at 1280×800 on the lite map', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page, 'lite');
	await page.getByRole('button', { name: 'Present' }).click();
	await expect
		.poll(() =>
			page
				.locator('[data-testid="svg-fallback"] text.label')
				.first()
				.evaluate((t) => t.getBoundingClientRect().height)
		)
		.toBeGreaterThanOrEqual(18);
});

test('clicker keys: Page Down/Up step the year, B blanks and brings back the screen, Escape leaves', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page, 'lite', '?year=2000');
	await page.getByRole('button', { name: 'Present' }).click();
	await expect(page.getByTestId('app')).toHaveClass(/presenting/);
	await page.keyboard.press('PageDown');
	await expect(page.getByTestId('year-display')).toHaveText('2001');
	await page.keyboard.press('PageUp');
	await page.keyboard.press('PageUp');
	await expect(page.getByTestId('year-display')).toHaveText('1999');
	// After a click on the map (which focuses it), the clicker still steps.
	await page.getByTestId('svg-fallback').click({ position: { x: 30, y: 30 } });
	await page.keyboard.press('PageDown');
	await expect(page.getByTestId('year-display')).toHaveText('2000');
	await page.keyboard.press('b');
	await expect(page.getByTestId('blank-screen')).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(page.getByTestId('blank-screen')).toHaveCount(0);
	await expect(page.getByTestId('year-display')).toHaveText('2000');
	await page.keyboard.press('.');
	await expect(page.getByTestId('blank-screen')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('blank-screen')).toHaveCount(0);
	await expect(page.getByTestId('app')).toHaveClass(/presenting/);
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('app')).not.toHaveClass(/presenting/);
});

test.describe('the lite map zooms and pans', () => {
	test.use({ viewport: { width: 1366, height: 768 } });

	test('wheel, +/− buttons, keys, double-click, drag and reset view', async ({ page }) => {
		await open(page, 'lite');
		const map = page.getByTestId('svg-fallback');
		const start = await mapZoom(page);
		const box = (await map.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.wheel(0, -600);
		await expect.poll(() => mapZoom(page)).toBeGreaterThan(start + 1);
		const afterWheel = await mapZoom(page);

		await page.getByRole('button', { name: 'Zoom out' }).click();
		await expect.poll(() => mapZoom(page)).toBeCloseTo(afterWheel - 1, 1);
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(() => mapZoom(page)).toBeCloseTo(afterWheel, 1);

		await map.focus();
		await page.keyboard.press('-');
		await expect.poll(() => mapZoom(page)).toBeCloseTo(afterWheel - 1, 1);
		const before = await project(page, [45, 45]);
		await page.keyboard.press('ArrowLeft');
		await expect.poll(async () => (await project(page, [45, 45])).x).toBeGreaterThan(before.x + 40);
		// Arrows on the focused map pan it; they do not change the year.
		await expect(page.getByTestId('year-display')).toHaveText('2023');

		const from = await project(page, [60, 45]);
		const url = page.url();
		await page.mouse.move(box.x + 300, box.y + 300);
		await page.mouse.down();
		await page.mouse.move(box.x + 400, box.y + 350, { steps: 5 });
		await page.mouse.up();
		const to = await project(page, [60, 45]);
		expect(to.x - from.x).toBeCloseTo(100, -1);
		expect(to.y - from.y).toBeCloseTo(50, -1);
		// A drag is not a click: once the click that ends it has been handled and a frame painted, no country is open.
		await nextFrame(page);
		expect(await page.getByTestId('country-panel').count()).toBe(0);
		expect(page.url()).toBe(url);

		await map.dblclick({ position: { x: box.width / 2, y: box.height / 2 } });
		await expect.poll(() => mapZoom(page)).toBeCloseTo(afterWheel, 1);

		await page.getByRole('button', { name: 'Reset view' }).click();
		await expect.poll(() => mapZoom(page)).toBeCloseTo(start, 1);
	});

	test('zoomed in, it draws the 1:50m shapes; pins and names keep their size', async ({ page }) => {
		await open(page, 'lite');
		const svg = page.getByTestId('svg-fallback');
		const pinWidth = () => svg.locator('g[data-place="ru-baikonur-cosmodrome"]').evaluate((g) => g.getBoundingClientRect().width);
		const kazakhstan = svg.locator('text.label', { hasText: 'Kazakhstan' });
		const labelHeight = () => kazakhstan.evaluate((t) => t.getBoundingClientRect().height);
		const [pinBefore, labelBefore] = [await pinWidth(), await labelHeight()];
		const pathLength = () => svg.locator('path[data-iso="ARM"]').evaluate((p) => p.getAttribute('d')!.length);
		const coarse = await pathLength();
		// Two zoom levels in, about Kazakhstan's name: it stays where it is.
		const at = (await kazakhstan.boundingBox())!;
		await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
		await page.mouse.wheel(0, -600);
		await expect.poll(pathLength, { timeout: 20_000 }).toBeGreaterThan(coarse * 2);
		// Pins grow a little with zoom, as on the detailed map (×0.75 → ×1.1 at most); names not at all.
		expect(await pinWidth()).toBeLessThanOrEqual(pinBefore * 1.5);
		expect(await labelHeight()).toBeCloseTo(labelBefore, 0);
	});

	test('a tour step frames the Caucasus on the lite map too', async ({ page }) => {
		await open(page, 'lite');
		await page.getByRole('button', { name: 'Tour' }).click();
		// Step through to the 2020 Karabakh war.
		const panel = page.getByTestId('tour-panel');
		for (let i = 0; i < 30 && !/Karabakh/.test((await panel.getByRole('heading').textContent()) ?? ''); i++)
			await panel.getByRole('button', { name: 'Next' }).click();
		await expect(panel.getByRole('heading')).toContainText('2020');
		await expect.poll(() => mapZoom(page)).toBeGreaterThan(4);
		const box = (await page.getByTestId('map').boundingBox())!;
		// Yerevan and Baku in view once the flight has ended (its zoom passes 4 on the way).
		const inView = async (lngLat: [number, number]) => {
			const p = await project(page, lngLat);
			return p.x > 0 && p.x < box.width && p.y > 0 && p.y < box.height;
		};
		await expect.poll(async () => (await inView([44.5, 40.2])) && (await inView([49.9, 40.4]))).toBe(true);
	});
});

test('the lite-map notice is a small badge on the map, says why on demand, is announced once, and is never shown while presenting', async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await open(page, 'lite');
	const notice = page.getByTestId('map-fallback-notice');
	await expect(notice).toBeVisible();
	const badge = (await notice.boundingBox())!;
	const map = (await page.getByTestId('map').boundingBox())!;
	expect(badge.height).toBeLessThan(40);
	expect(badge.y).toBeGreaterThanOrEqual(map.y);
	// Said once to screen readers, and why on the badge's info button.
	await expect(notice.getByRole('status')).toHaveText('Lite map, as chosen.');
	await page.getByTestId('lite-badge').click();
	await expect(page.locator('#lite-why')).toBeVisible();
	await expect(page.locator('#lite-why')).toHaveText('Lite map, as chosen.');
	await page.getByRole('button', { name: 'Present' }).click();
	await expect(notice).toHaveCount(0);
	await page.keyboard.press('Escape');
	await expect(notice).toBeVisible();
	await expect(page.getByTestId('use-detailed-map')).toBeVisible();
	// Not announced again on the next visit; the badge stays.
	await page.reload();
	await expect(page.locator('[data-map-ready="svg"]')).toHaveCount(1, { timeout: 30_000 });
	await expect(notice).toBeVisible();
	await expect(notice.getByRole('status')).toHaveText('');
});
