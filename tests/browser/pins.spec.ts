import { test, expect, type Page } from '@playwright/test';
import { waitForMap, pinScreen, pixelAt, clickPin, canvasPixel } from './helpers';

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

test('a pin appears and disappears with the year', async ({ page }) => {
	await page.goto('./?year=2002');
	await waitForMap(page);
	const list = page.getByRole('list', { name: /on the map in 2002/ });
	await expect(list.locator('[data-place="ru-kant-air-base"]')).toHaveCount(0);
	await expect.poll(async () => isDark(await pinPixel(page, 'ru-kant-air-base'))).toBe(false);

	await goToYear(page, 2004);
	await expect(page.getByRole('list', { name: /on the map in 2004/ }).locator('[data-place="ru-kant-air-base"]')).toHaveCount(1);
	await expect.poll(async () => isDark(await pinPixel(page, 'ru-kant-air-base'))).toBe(true);
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
	const ids = await page
		.getByRole('list', { name: /on the map in 2022/ })
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
	await expect.poll(async () => isDark(await pinPixel(page, 'ru-kant-air-base'))).toBe(true);
	await page.locator('input[data-symbol="airbase"]').uncheck();
	await expect(page).toHaveURL(/hide=airbase/);
	await expect.poll(async () => isDark(await pinPixel(page, 'ru-kant-air-base'))).toBe(false);
	await expect(page.getByRole('list', { name: /on the map in 2010/ }).locator('[data-place="ru-kant-air-base"]')).toHaveCount(0);
	await page.reload();
	await waitForMap(page);
	await expect(page.locator('input[data-symbol="airbase"]')).not.toBeChecked();
	await expect(page.locator('input[data-symbol="base"]')).toBeChecked();
});

test('a finished conflict stays dimmed for a few years, then goes unless "show all past" is on', async ({ page }) => {
	await page.goto('./?year=2009');
	await waitForMap(page);
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
	const pos = await pinScreen(page, 'ru-kant-air-base');
	const box = (await page.getByTestId('map').boundingBox())!;
	await page.mouse.move(box.x + pos!.x, box.y + pos!.y);
	await expect(page.locator('.pin-tooltip')).toContainText('Kant');
	// The map keeps its colours where no pin is.
	expect((await pixelAt(page, [65.4, 40.1])).length).toBe(3);
});
