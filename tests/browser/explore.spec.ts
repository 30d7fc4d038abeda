import { test, expect } from '@playwright/test';
import { waitForMap, waitForHydration, darkShareAt, project, yearPlaces } from './helpers';

test.describe('search', () => {
	test('finds Gyumri, the 201st and Almaty, and opens the choice by keyboard', async ({ page }) => {
		await page.goto('./?year=2000');
		await waitForMap(page);
		const box = page.getByRole('combobox', { name: /Search/ });

		await box.fill('Gyumri');
		const listbox = page.getByRole('listbox', { name: 'Search results' });
		await expect(listbox.getByRole('option').first()).toContainText('Gyumri');
		await box.press('ArrowDown');
		await expect(box).toHaveAttribute('aria-activedescendant', 'search-opt-0');
		await box.press('Enter');
		await expect(page.getByTestId('place-panel').getByRole('heading', { level: 2 })).toContainText('Gyumri');
		await expect(page).toHaveURL(/place=ru-102nd-base-gyumri/);

		await box.fill('201st');
		await expect(listbox.getByRole('option')).toHaveCount(2);
		await expect(listbox).toContainText('Dushanbe');
		await expect(listbox).toContainText('Bokhtar');

		await box.fill('Almaty');
		await expect(listbox.getByRole('option').first()).toContainText('Almaty');
		const label = await listbox.getByRole('option').first().locator('.label').textContent();
		await listbox.getByRole('option').first().click();
		await expect(page.getByTestId('place-panel').getByRole('heading', { level: 2 })).toHaveText(label!);
		await expect(page.getByTestId('place-panel')).toContainText('Almaty');
		// Choosing a place that did not exist in 2000 moves the year to when it did.
		await expect(page.getByTestId('year-display')).not.toHaveText('2000');
	});

	test('Escape closes the results and a state can be found by name', async ({ page }) => {
		await page.goto('./');
		await waitForHydration(page);
		const box = page.getByRole('combobox', { name: /Search/ });
		await box.fill('kyrgyz');
		await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
		await box.press('Escape');
		await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
		await box.press('ArrowDown');
		await box.press('Enter');
		await expect(page.getByTestId('country-panel').getByRole('heading', { level: 2 })).toHaveText('Kyrgyzstan');
	});
});

test.describe('disputed territories', () => {
	test('Crimea is hatched from 2014, Nagorno-Karabakh until 2023, and each opens with a note', async ({ page }) => {
		await page.goto('./?year=2013');
		await waitForMap(page);
		await yearPlaces(page, 2013);
		const list = () => page.getByRole('list', { name: /on the map in/ });
		await expect(list().locator('[data-place="territory-crimea"]')).toHaveCount(0);
		await expect(list().locator('[data-place="territory-nagorno-karabakh"]')).toHaveCount(1);
		const crimea: [number, number] = [34.3, 45.3];
		// Ukraine's plain grey before; the hatch's dark lines from 2014.
		expect(await darkShareAt(page, crimea)).toBe(0);

		const slider = page.getByTestId('year-slider');
		await slider.fill('2014');
		await expect(list().locator('[data-place="territory-crimea"]')).toHaveCount(1);
		await expect.poll(() => darkShareAt(page, crimea)).toBeGreaterThan(0.05);

		await slider.fill('2024');
		await expect(list().locator('[data-place="territory-nagorno-karabakh"]')).toHaveCount(0);

		const { x, y } = await project(page, crimea);
		await page.getByTestId('map').click({ position: { x, y } });
		const panel = page.getByTestId('place-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Crimea');
		await expect(panel).toContainText('Part of Ukraine under international law');
		await expect(panel).toContainText('Russia has ZERO intention of giving up Crimea');
		await expect(page.getByText('Borders are the internationally recognised ones')).toBeVisible();
	});
});

test('the timeline strip jumps to a busy year', async ({ page }) => {
	await page.goto('./');
	await waitForHydration(page);
	await page.getByTestId('timeline-strip').locator('[data-year="2022"]').click();
	await expect(page.getByTestId('year-display')).toHaveText('2022');
	await expect(page.getByTestId('timeline-strip').locator('[data-year="2022"]')).toHaveAttribute(
		'title',
		/2022: \d+ events?, \d+ conflicts?/
	);
});

test('the country panel lists the places in that state', async ({ page }) => {
	await page.goto('./?year=2010&country=KGZ');
	await waitForHydration(page);
	const panel = page.getByTestId('country-panel');
	await expect(panel.getByTestId('country-place-counts')).toContainText(/\d+ active in 2010 · \d+ in total/);
	await panel.locator('[data-place="ru-kant-air-base"]').click();
	await expect(page.getByTestId('place-panel').getByRole('heading', { level: 2 })).toContainText('Kant');
});
