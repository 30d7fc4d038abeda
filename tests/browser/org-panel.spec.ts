/**
 * The country panel's bars for every organisation a state belongs or belonged to (issue 25): the
 * CSTO first, then the others in the picker's order, each with its status, dates and sources, in
 * both languages; their data loads with the first panel, never at start-up; offline says so in a
 * line; on the stage the caption names the others in one line and More shows them all.
 */
import { test, expect, type Locator, type Page } from '@playwright/test';
import { waitForLiteMap } from './helpers';
import { expectAccessible } from './axe';

test.use({
	storageState: {
		cookies: [],
		origins: [{ origin: `http://127.0.0.1:${process.env.PORT ?? 4173}`, localStorage: [{ name: 'csto-atlas:map', value: 'lite' }] }]
	}
});

const bars = (page: Page) =>
	page.getByTestId('country-panel').getByRole('list', { name: /Memberships by organisation|Членство по организациям/ });
/** Each organisation's group (a details element is a group too). */
const barGroups = (scope: Locator) => scope.locator('[data-org] > [role="group"]');
/** The bars' headings in order, once the other organisations have loaded. */
async function barNames(page: Page): Promise<string[]> {
	await expect(bars(page)).toBeVisible();
	await expect(bars(page).getByRole('status')).toHaveCount(0);
	return barGroups(bars(page)).evaluateAll((groups) => groups.map((g) => g.querySelector('h3 .short')?.textContent?.trim() ?? ''));
}
/** Whether a script the page has loaded carries the organisations' data (a Turkic States reference). */
const orgDataLoaded = (page: Page) =>
	page.evaluate(async () => {
		const scripts = performance.getEntriesByType('resource').filter((e) => /\.js$/.test(new URL(e.name).pathname));
		const texts = await Promise.all(scripts.map((e) => fetch(e.name).then((r) => r.text())));
		return texts.some((t) => t.includes('turkicstates.org'));
	});

test('Kazakhstan in 2024: the CSTO, the SCO, the CIS, the EAEU and the Turkic States, each with its status, dates and sources', async ({
	page
}) => {
	await page.goto('./?country=KAZ&year=2024');
	await waitForLiteMap(page);
	expect(await barNames(page)).toEqual(['CSTO', 'SCO', 'CIS', 'EAEU', 'OTS']);
	const list = bars(page);
	await expect(list).not.toContainText('NATO');
	await expect(list.getByRole('group', { name: /Organization of Turkic States/ })).toContainText('In 2024: Member');
	const cis = list.getByRole('group', { name: /^CIS Commonwealth of Independent States$/ });
	await expect(cis).toContainText('Member since 21 Dec 1991');

	// The dates' sources: a quote from the documents and a reference marked as context beyond them.
	await cis.getByText('Sources for these dates').click();
	await expect(cis.locator('blockquote').first()).toBeVisible();
	await expect(cis.getByText('Context beyond the sources').first()).toBeVisible();
	await expectAccessible(page, 'Kazakhstan with every bar and the CIS sources open');
	for (const org of ['sco', 'cis', 'eaeu', 'ots'])
		expect(await list.locator(`[data-org="${org}"] .citations > li`).count(), org).toBeGreaterThan(0);

	// The year moves every bar's status: in 2010 Kazakhstan was in neither the EAEU nor its predecessor here.
	await page.goto('./?country=KAZ&year=2010');
	await expect(bars(page).getByRole('group', { name: /Eurasian Economic Union/ })).toContainText('In 2010: Never a member');
});

test('in Russian', async ({ page }) => {
	await page.goto('./ru/?country=KAZ&year=2024');
	await waitForLiteMap(page);
	expect(await barNames(page)).toEqual(['ОДКБ', 'ШОС', 'СНГ', 'ЕАЭС', 'ОТГ']);
	const cis = bars(page).getByRole('group', { name: /Содружество Независимых Государств/ });
	await expect(cis).toContainText('В 2024 году: Член');
	await expect(cis).toContainText('Член с 21 декабря 1991 г.');
	await expect(cis.getByText('Источники к этим датам')).toBeVisible();
});

test('a state in one organisation shows that one alone; an associate and a former member are named so', async ({ page }) => {
	await page.goto('./?country=SRB&year=2024');
	await waitForLiteMap(page);
	expect(await barNames(page)).toEqual(['CSTO']);
	await page.goto('./?country=TKM&year=2024');
	expect(await barNames(page)).toEqual(['CSTO', 'CIS', 'OTS']);
	await expect(bars(page).getByRole('group', { name: /^CIS Commonwealth/ })).toContainText('In 2024: Associate');
	// Document 002's claim that it never joined the CIS is one disagreement, shown once, under the CIS.
	await expect(page.getByTestId('country-panel').getByText('Did Turkmenistan ever join the CIS?')).toHaveCount(1);
	await expect(bars(page).getByRole('group', { name: /^CIS Commonwealth/ })).toContainText('Did Turkmenistan ever join the CIS?');
	await page.goto('./?country=GEO&year=2010');
	await expect(bars(page).getByRole('group', { name: /^CIS Commonwealth/ })).toContainText('In 2010: Former member');
});

test('the organisations load with the first panel, not at start-up', async ({ page }) => {
	await page.goto('./?year=2024');
	await waitForLiteMap(page);
	expect(await orgDataLoaded(page)).toBe(false);
	await page.getByRole('tab', { name: 'Table' }).click();
	await page.getByTestId('country-table').locator('tr[data-iso="KAZ"] button').click();
	expect(await barNames(page)).toContain('OTS');
	expect(await orgDataLoaded(page)).toBe(true);
});

test('offline, the CSTO bar stands and one line says the others could not load', async ({ page }) => {
	await page.route('**/*.js', async (route) => {
		const response = await route.fetch();
		if ((await response.text()).includes('turkicstates.org')) return route.abort('internetdisconnected');
		return route.fulfill({ response });
	});
	await page.goto('./?country=KAZ&year=2024');
	await waitForLiteMap(page);
	const list = bars(page);
	await expect(list.getByRole('status')).toHaveText('The other organisations could not be loaded (offline?).');
	await expect(barGroups(list)).toHaveCount(1);
	await expect(list.getByRole('group', { name: /^CSTO / })).toContainText('In 2024: Member');
	// A chunk still in flight must not fail the next test once this one has ended.
	await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('presenting: the caption names the others in one line, More shows every bar', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto('./?country=KAZ&year=2024');
	await waitForLiteMap(page);
	await page.keyboard.press('f');
	await expect(page.getByTestId('app')).toHaveClass(/presenting/);
	await expect(page.getByTestId('org-also')).toHaveText('Also, in 2024: SCO, CIS, EAEU, OTS');
	await expect(barGroups(bars(page))).toHaveCount(1);
	await page.getByTestId('stage-more').click();
	const dialog = page.getByTestId('stage-more-dialog');
	await expect(barGroups(dialog)).toHaveCount(5);
});
