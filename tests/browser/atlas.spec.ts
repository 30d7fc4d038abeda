import { test, expect } from '@playwright/test';
import { waitForMap, waitForHydration, pixelAt, closeTo, STATUS_RGB, project, mapSettled } from './helpers';

// Inside each state, away from borders and labels.
const UZBEKISTAN: [number, number] = [65.4, 40.1]; // Navoiy, clear of the label
const AZERBAIJAN: [number, number] = [47.7, 40.3];
const KAZAKHSTAN: [number, number] = [70.5, 50.5];

test.describe('year slider and summary', () => {
	test('the slider and summary work before the map has loaded', async ({ page }) => {
		// Hold back MapLibre: the page must be usable without it.
		let release: () => void = () => {};
		const held = new Promise<void>((r) => (release = r));
		// Hashed file names say nothing: MapLibre's chunk is the script that contains its option names.
		let heldBack = 0;
		await page.route(/\.m?js(\?|$)/, async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			if (body.includes('failIfMajorPerformanceCaveat')) {
				heldBack++;
				await held;
			}
			await route.fulfill({ response, body });
		});
		await page.goto('./', { waitUntil: 'domcontentloaded' });
		await waitForHydration(page);
		await expect(page.getByTestId('year-slider')).toBeVisible();
		await expect(page.locator('[data-map-ready="true"]')).toHaveCount(0);
		const slider = page.getByTestId('year-slider');
		await slider.focus();
		await slider.press('Home');
		await expect(page.getByTestId('summary')).toHaveText('1991 — no members.');
		await expect.poll(() => heldBack).toBeGreaterThan(0);
		await expect(page.locator(`[data-map-ready="true"]`)).toHaveCount(0);
		release();
		await waitForMap(page);
		// Scripts the map fetches later (the pin chooser, the tooltip) may still be in the handler.
		await page.unrouteAll({ behavior: 'ignoreErrors' });
	});

	test('keys step, jump and go to the ends; the summary follows', async ({ page }) => {
		await page.goto('./');
		await waitForHydration(page);
		const slider = page.getByTestId('year-slider');
		const year = page.getByTestId('year-display');
		await slider.focus();
		await slider.press('Home');
		await expect(year).toHaveText('1991');
		await slider.press('ArrowRight');
		await slider.press('ArrowRight');
		await expect(year).toHaveText('1993');
		await expect(page.getByTestId('summary')).toContainText('1993 — 9 members: Armenia, Azerbaijan, Belarus, Georgia');
		await expect(page.getByTestId('summary')).toContainText('Azerbaijan joined 1993');
		// The tab's title follows the year once the steps stop, not on every step (issue 26).
		await expect(page).toHaveTitle('CSTO Atlas — 1993');
		await slider.press('PageUp');
		await expect(year).toHaveText('1997');
		await expect(page).toHaveTitle('CSTO Atlas — 1997');
		await slider.press('End');
		const now = new Date().getFullYear();
		await expect(year).toHaveText(String(now));
		await expect(page.getByTestId('count-member')).toHaveText('5');
		await expect(page.getByTestId('count-suspended')).toHaveText('1');
	});

	test('a key press shows its year in the summary at once; a held key shows the year it stops on', async ({ page }) => {
		// The page's clock is held still, so "quick" and "after a still moment" do not depend on this machine's speed.
		await page.clock.install();
		await page.goto('./?year=2000');
		await waitForHydration(page);
		const summary = page.getByTestId('summary');
		const year = page.getByTestId('year-display');
		await expect(summary).toContainText('2000 — ');
		await page.clock.pauseAt(Date.now() + 60_000);
		const slider = page.getByTestId('year-slider');
		await slider.focus();
		await slider.press('ArrowRight');
		// No time has passed: a step after a still moment shows at once.
		await expect(summary).toContainText('2001 — ');
		// A held key: steps with no still moment between them. The dock and the map follow each one,
		// the summary the year the run stops on, 150 ms after it.
		for (let i = 0; i < 5; i++) await slider.press('ArrowRight');
		await expect(year).toHaveText('2006');
		await expect(summary).toContainText('2001 — ');
		await page.clock.runFor(149);
		await expect(summary).toContainText('2001 — ');
		await page.clock.runFor(1);
		await expect(summary).toContainText('2006 — ');
	});

	test('play runs through the years, dragging stops it, and play from the end restarts', async ({ page }) => {
		await page.goto('./?year=2020');
		await waitForHydration(page);
		await page.getByRole('combobox', { name: 'Speed' }).selectOption('fast');
		await page.getByTestId('play').click();
		await expect(page.getByTestId('year-display')).not.toHaveText('2020');
		await expect(page.getByTestId('play')).toHaveAttribute('aria-label', 'Pause');
		await page.getByTestId('year-slider').fill('2005');
		await expect(page.getByTestId('play')).toHaveAttribute('aria-label', 'Play through the years');
		await expect(page.getByTestId('year-display')).toHaveText('2005');
		await page.getByTestId('year-slider').press('End');
		await page.getByTestId('play').click();
		await expect(page.getByTestId('year-display')).toHaveText(/^199\d$/);
		await page.getByTestId('play').click();
	});
});

test.describe('map', () => {
	test('colours change where membership changes between 1995 and 2000', async ({ page }) => {
		await page.goto('./?year=1995');
		await waitForMap(page);
		await expect.poll(() => pixelAt(page, UZBEKISTAN).then((c) => closeTo(c, STATUS_RGB.member))).toBe(true);
		await expect.poll(() => pixelAt(page, AZERBAIJAN).then((c) => closeTo(c, STATUS_RGB.member))).toBe(true);
		const kazakhstan1995 = await pixelAt(page, KAZAKHSTAN);

		const slider = page.getByTestId('year-slider');
		await slider.focus();
		for (let i = 0; i < 5; i++) await slider.press('ArrowRight');
		await expect(page.getByTestId('year-display')).toHaveText('2000');
		await expect.poll(() => pixelAt(page, UZBEKISTAN).then((c) => closeTo(c, STATUS_RGB.former))).toBe(true);
		await expect.poll(() => pixelAt(page, AZERBAIJAN).then((c) => closeTo(c, STATUS_RGB.former))).toBe(true);
		// Where nothing changed, nothing changes.
		expect(await pixelAt(page, KAZAKHSTAN)).toEqual(kazakhstan1995);
	});

	test('clicking a country opens its details with cited events', async ({ page }) => {
		await page.goto('./?year=2010');
		await waitForMap(page);
		const { x, y } = await project(page, UZBEKISTAN);
		await page.getByTestId('map').click({ position: { x, y } });
		const panel = page.getByTestId('country-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Uzbekistan');
		await expect(panel).toContainText('In 2010: Member');
		await expect(panel).toContainText('since 2006');
		await expect(panel.locator('[data-event="uzb-2012-left"]')).toContainText('Tashkent withdrew from the CSTO in 2012.');
		await expect(panel.getByRole('img', { name: /Membership 1992 to today/ })).toBeVisible();
		await expect(page).toHaveURL(/country=UZB/);
	});
});

test.describe('table', () => {
	test('lists every state with its status, and Enter on a row opens the details', async ({ page }) => {
		await page.goto('./?year=2013');
		await waitForHydration(page);
		await page.getByRole('tab', { name: 'Table' }).click();
		const table = page.getByTestId('country-table');
		// Every post-Soviet state, plus the other states the data mentions.
		for (const iso of [
			'ARM',
			'AZE',
			'BLR',
			'EST',
			'GEO',
			'KAZ',
			'KGZ',
			'LVA',
			'LTU',
			'MDA',
			'RUS',
			'TJK',
			'TKM',
			'UKR',
			'UZB',
			'SRB',
			'SYR'
		])
			await expect(table.locator(`tr[data-iso="${iso}"]`)).toHaveCount(1);
		// Former since the CSTO's decision of 19 December 2012 took effect (suspended from 28 June).
		await expect(table.locator('tr[data-iso="UZB"]')).toContainText('Former member');
		await expect(table.locator('tr[data-iso="UZB"]')).toContainText('19 Dec 2012');
		await expect(table.locator('tr[data-iso="ARM"]')).toContainText('Member');
		await expect(table.locator('tr[data-iso="TKM"]')).toContainText('Never a member');
		await expect(table.locator('tr[data-iso="SRB"]')).toContainText('Observer (not a member)');

		await table.locator('tr[data-iso="AZE"] button').focus();
		await page.keyboard.press('Enter');
		const panel = page.getByTestId('country-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Azerbaijan');
		await expect(panel).toContainText('In 2013: Former member');
		await expect(panel).toContainText('Sources disagree');
		await expect(page).toHaveURL(/view=table/);
	});

	test('the tabs work by keyboard alone', async ({ page }) => {
		await page.goto('./');
		await waitForHydration(page);
		await page.getByRole('tab', { name: 'Map' }).focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
		await expect(page.getByTestId('country-table')).toBeVisible();
	});
});

test.describe('URL', () => {
	test('?year=2010&country=UZB reproduces the view and changes round-trip', async ({ page }) => {
		await page.goto('./?year=2010&country=UZB');
		await waitForHydration(page);
		await expect(page.getByTestId('year-display')).toHaveText('2010');
		await expect(page.getByTestId('country-panel').getByRole('heading', { level: 2 })).toHaveText('Uzbekistan');
		await page.getByTestId('year-slider').focus();
		await page.getByTestId('year-slider').press('ArrowRight');
		await expect(page).toHaveURL(/year=2011/);
		await page.reload();
		await waitForHydration(page);
		await expect(page.getByTestId('year-display')).toHaveText('2011');
		await expect(page.getByTestId('country-panel')).toContainText('In 2011: Member');
	});

	test('hostile parameters are ignored or clamped, with no error and nothing injected', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('dialog', (d) => {
			errors.push('dialog: ' + d.message());
			void d.dismiss();
		});
		const now = String(new Date().getFullYear());
		for (const [query, year] of [
			['?year=abc', now],
			['?year=99999', now],
			['?year=1200', '1991'],
			['?year=%3Cscript%3Ealert(1)%3C%2Fscript%3E&country=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', now],
			['?year=2005&country=XXX&view=%22%3E%3Csvg%20onload%3Dalert(1)%3E', '2005'],
			['?year=' + '1'.repeat(4000), now]
		]) {
			await page.goto('./' + query);
			await waitForHydration(page);
			await expect(page.getByTestId('year-display')).toHaveText(year);
			await expect(page.getByTestId('country-panel')).toHaveCount(0);
			await expect(page.locator('script:not([type]):not([src])').filter({ hasText: 'alert' })).toHaveCount(0);
			await expect(page.locator('img[src="x"], svg[onload]')).toHaveCount(0);
		}
		expect(errors).toEqual([]);
	});
});

test('no request leaves the page origin', async ({ page, baseURL }) => {
	// The page's policy refuses foreign requests before they reach the network: count those too.
	await page.addInitScript(() => {
		const w = window as unknown as { refused: string[] };
		w.refused = [];
		document.addEventListener('securitypolicyviolation', (e) => w.refused.push(e.blockedURI));
	});
	const outside: string[] = [];
	page.on('request', (r) => {
		if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url());
	});
	await page.goto('./?year=2008&country=GEO');
	await waitForMap(page);
	await page.getByRole('tab', { name: 'Table' }).click();
	await page.getByRole('tab', { name: 'Map' }).click();
	await waitForMap(page);
	// Tiles, glyphs and sprites are all loaded once the map has settled.
	await mapSettled(page);
	expect(outside).toEqual([]);
	expect(await page.evaluate(() => (window as unknown as { refused: string[] }).refused)).toEqual([]);
});
