import { test, expect, type Page } from '@playwright/test';
import {
	waitForMap,
	waitForLiteMap,
	pinScreen,
	pixelAt,
	clickPin,
	canvasPixel,
	project,
	pngPixels,
	STATUS_RGB,
	badgesShown,
	yearPlaces
} from './helpers';

// No camera flights to wait for: a click opens at once.
test.use({ reducedMotion: 'reduce' });

async function goToYear(page: Page, year: number) {
	const slider = page.getByTestId('year-slider');
	await slider.focus();
	await slider.fill(String(year));
	await expect(page.getByTestId('year-display')).toHaveText(String(year));
}

async function pinPixel(page: Page, id: string) {
	return canvasPixel(page, (await pinScreen(page, id))!);
}
const isDark = (rgb: number[]) => rgb.every((v) => v < 70);
/** The pin is on the map: drawn on its own, or counted in a badge where pins crowd together. */
async function pinShown(page: Page, id: string) {
	await badgesShown(page);
	if (await page.locator(`[data-pin-badge~="${id}"]`).count()) return true;
	return isDark(await pinPixel(page, id));
}

test('a pin appears and disappears with the year', async ({ page }) => {
	await page.goto('./?year=2002');
	await waitForMap(page);
	const list = await yearPlaces(page, 2002);
	await expect(list.locator('[data-place="ru-kant-air-base"]')).toHaveCount(0);
	await expect.poll(() => pinShown(page, 'ru-kant-air-base')).toBe(false);

	await goToYear(page, 2004);
	await expect(page.getByRole('list', { name: /on the map in 2004/ }).locator('[data-place="ru-kant-air-base"]')).toHaveCount(1);
	await expect.poll(() => pinShown(page, 'ru-kant-air-base')).toBe(true);
});

test('opening a pin shows its details and quote; the sources-disagree mark opens both claims', async ({ page }) => {
	await page.goto('./?year=2018');
	await waitForMap(page);
	await clickPin(page, 'ru-201st-base-dushanbe');
	const panel = page.getByTestId('place-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toContainText('201st');
	await expect(panel).toContainText('Some 7,000 Russian troops are now stationed at two military facilities');
	await expect(panel).toContainText('location: town or city');
	await expect(panel).toContainText('Sources disagree');
	await panel
		.locator('summary', { hasText: /base in Tajikistan/ })
		.first()
		.click();
	await expect(panel).toContainText('210th Russian military base in Tajikistan');
	await expect(page).toHaveURL(/place=ru-201st-base-dushanbe/);
});

test('every pin visible in 2022 can be opened by clicking it, even where pins crowd together', async ({ page }) => {
	await page.goto('./?year=2022');
	await waitForMap(page);
	const ids = await (
		await yearPlaces(page, 2022)
	)
		.locator('[data-place]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-place')!).filter((id) => !id.startsWith('territory-')));
	expect(ids.length).toBeGreaterThan(15);
	const box = (await page.getByTestId('map').boundingBox())!;
	let clicked = 0;
	for (const id of ids) {
		const pos = await pinScreen(page, id);
		if (!pos || pos.x < 40 || pos.y < 40 || pos.x > box.width - 60 || pos.y > box.height - 40) continue; // off screen
		await clickPin(page, id);
		clicked++;
	}
	expect(clicked).toBeGreaterThan(10);
});

test('each place can be opened from the keyboard list', async ({ page }) => {
	await page.goto('./?year=1994');
	await waitForMap(page);
	const item = page.getByRole('list', { name: /on the map in 1994/ }).locator('[data-place="event-treaty-in-force-1994"]');
	await item.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('place-panel').getByRole('heading', { level: 2 })).toContainText(/force/i);
});

test('the kind filters hide pins and are kept in the URL', async ({ page }) => {
	await page.goto('./?year=2010');
	await waitForMap(page);
	await expect.poll(() => pinShown(page, 'ru-kant-air-base')).toBe(true);
	await page.locator('input[data-symbol="airbase"]').uncheck();
	await expect(page).toHaveURL(/hide=airbase/);
	await expect.poll(() => pinShown(page, 'ru-kant-air-base')).toBe(false);
	await expect(page.getByRole('list', { name: /on the map in 2010/ }).locator('[data-place="ru-kant-air-base"]')).toHaveCount(0);
	await page.reload();
	await waitForMap(page);
	await expect(page.locator('input[data-symbol="airbase"]')).not.toBeChecked();
	await expect(page.locator('input[data-symbol="base"]')).toBeChecked();
});

test('a finished conflict stays dimmed for a few years, then goes unless "show all past" is on', async ({ page }) => {
	await page.goto('./?year=2009');
	await waitForMap(page);
	await yearPlaces(page, 2009);
	const list = () => page.getByRole('list', { name: /on the map in/ });
	await expect(list().locator('[data-place="conflict-russo-georgian-war-2008"]')).toHaveCount(1);
	await goToYear(page, 2013);
	await expect(list().locator('[data-place="conflict-russo-georgian-war-2008"]')).toHaveCount(0);
	await page.getByLabel(/Show all past conflicts/).check();
	await expect(list().locator('[data-place="conflict-russo-georgian-war-2008"]')).toHaveCount(1);
	await expect(page).toHaveURL(/past=1/);
});

test('hovering a pin shows a tooltip', async ({ page }) => {
	await page.goto('./?year=2010');
	await waitForMap(page);
	// A pin on its own: Kant is counted in a badge with its neighbours at this zoom.
	const pos = await pinScreen(page, 'ru-baikonur-cosmodrome');
	const box = (await page.getByTestId('map').boundingBox())!;
	await page.mouse.move(box.x + pos!.x, box.y + pos!.y);
	await expect(page.locator('.pin-tooltip')).toContainText('Baikonur');
	// The map keeps its colours where no pin is.
	expect((await pixelAt(page, [65.4, 40.1])).length).toBe(3);
});

/** How much of Armenia, as drawn on screen, shows its own status colour (nothing drawn over it). */
async function armeniaShowing(page: Page) {
	const png = await page.getByTestId('map').screenshot();
	const centre = await project(page, [44.9, 40.2]);
	const inside = await page.getByTestId('map').evaluate((el, centre) => {
		const countryAt = (el as HTMLElement & { cstoCountryAt: (x: number, y: number) => string | null }).cstoCountryAt;
		const points = [];
		for (let x = Math.round(centre.x) - 40; x <= centre.x + 40; x += 2)
			for (let y = Math.round(centre.y) - 40; y <= centre.y + 40; y += 2) if (countryAt(x, y) === 'ARM') points.push({ x, y });
		return points;
	}, centre);
	const colours = await pngPixels(page, png, inside);
	const showing = colours.filter((rgb) => STATUS_RGB.suspended.every((v, i) => Math.abs(v - rgb[i]) <= 24)).length;
	return { inside: inside.length, showing };
}

test('in 2024 the Caucasus pins make one badge with their count that opens them, and Armenia shows its colour', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	for (const map of ['detailed', 'lite'] as const) {
		// The config's stored choice is the detailed map; the lite one is chosen the same way.
		if (map === 'lite') await page.evaluate(() => localStorage.setItem('csto-atlas:map', 'lite'));
		await page.goto('./?year=2024');
		await (map === 'lite' ? waitForLiteMap(page) : waitForMap(page));
		const badge = page.locator('[data-pin-badge~="ru-102nd-base-gyumri"]');
		await expect(badge).toBeVisible();
		const ids = (await badge.getAttribute('data-pin-badge'))!.split(' ');
		expect(ids).toContain('ru-erebuni-air-base-yerevan');
		await expect(badge).toHaveText(String(ids.length));
		await expect(badge).toHaveAccessibleName(new RegExp(`^${ids.length} places: .*Gyumri`));
		const { inside, showing } = await armeniaShowing(page);
		expect(inside, map).toBeGreaterThan(10);
		expect(showing / inside, map).toBeGreaterThanOrEqual(0.5);
		await badge.hover();
		await expect(page.locator('.pin-badge-tip')).toContainText('Gyumri');
		await badge.click();
		const chooser = page.locator('.pin-chooser');
		await expect(chooser.locator('button[data-place]')).toHaveCount(ids.length);
		await chooser.locator('button[data-place="ru-102nd-base-gyumri"]').click();
		await expect(page).toHaveURL(/place=ru-102nd-base-gyumri(&|$)/);
	}
});
