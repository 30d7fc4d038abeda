// Issue 25 as a reader sees it: the organisation picker beside the legend, the examples of the
// issue on the lite map (the default without a GPU) and on the detailed map, in English and Russian.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitForLiteMap, waitForMap, pixelAt, closeTo, share, liteFill } from './helpers';

const RGB = {
	member: [0x00, 0x72, 0xb2],
	former: [0xcc, 0x79, 0xa7],
	never: [0xd9, 0xd9, 0xd9],
	both: [0x88, 0x22, 0x55]
} as const;

/** Waits until the lite map fills the state with the colour. */
async function expectLiteFill(page: Page, iso: string, rgb: readonly number[]) {
	await expect.poll(() => liteFill(page, iso)).toEqual([...rgb]);
}

// Each test is its own first visit: two at a time keeps the file under a minute.
test.describe.configure({ mode: 'parallel' });

const count = (page: Page, key: string) => page.getByTestId(`count-${key}`);

test.describe('on the lite map', () => {
	// A first visit with no stored choice of map: the lite map here.
	test.use({ storageState: { cookies: [], origins: [] } });

	test('?org=nato: Estonia is not a member in 2003 and is one in 2004', async ({ page }) => {
		await page.goto('?org=nato&year=2003');
		await waitForLiteMap(page);
		await expect(page.getByTestId('org-a')).toHaveValue('nato');
		await expect(page.getByTestId('summary')).toContainText('NATO, 2003 — 19 members');
		await expectLiteFill(page, 'EST', RGB.never);
		await page.getByTestId('year-slider').focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('summary')).toContainText('NATO, 2004 — 26 members');
		await expectLiteFill(page, 'EST', RGB.member);
		await expect(count(page, 'member')).toHaveText('26');
	});

	test('an embed shows the organisation its link chose, without a picker (its frame keeps the map)', async ({ page }) => {
		await page.goto('embed/?org=nato&year=2004');
		await waitForLiteMap(page);
		await expect(page.getByTestId('embed-title')).toContainText('NATO');
		await expectLiteFill(page, 'EST', RGB.member);
		await expect(page.getByTestId('embed-sources')).toBeVisible();
		await expect(page.getByTestId('org-picker')).toHaveCount(0);
	});

	test('?org=sco: Uzbekistan is a member in 2018; in the CSTO it is not', async ({ page }) => {
		await page.goto('?org=sco&year=2018');
		await waitForLiteMap(page);
		await expectLiteFill(page, 'UZB', RGB.member);
		await page.goto('?org=csto&year=2018');
		await waitForLiteMap(page);
		await expect(page.getByTestId('org-a')).toHaveValue('csto');
		expect(await liteFill(page, 'UZB')).not.toEqual([...RGB.member]);
		await expect(page.getByTestId('summary')).not.toContainText('Uzbekistan');
	});

	test('?orgs=csto,sco in 2018: four states in both, counted in the legend; the table has a column for the SCO', async ({ page }) => {
		await page.goto('?orgs=csto,sco&year=2018');
		await waitForLiteMap(page);
		await expect(count(page, 'pair-both')).toHaveText('4');
		for (const iso of ['KAZ', 'KGZ', 'RUS', 'TJK']) await expectLiteFill(page, iso, RGB.both);
		await expect(page.getByTestId('summary')).toContainText(
			'in both the CSTO and the SCO (4): Kazakhstan, Kyrgyzstan, Russia and Tajikistan'
		);
		await expect(count(page, 'pair-a')).toHaveText('2');
		await expect(count(page, 'pair-b')).toHaveText('4');
		await page.getByRole('tab', { name: 'Table' }).click();
		const table = page.getByTestId('country-table');
		await expect(table.locator('th[data-org="sco"]')).toHaveText('SCO in 2018');
		await expect(table.locator('tr[data-iso="KAZ"] td[data-org="sco"]')).toHaveText('Member');
		await expect(table.locator('tr[data-iso="IND"] td[data-org="sco"]')).toHaveText('Member');
		await page.getByRole('tab', { name: 'Compare years' }).click();
		await page.getByTestId('compare-a').selectOption('2012');
		await expect(page.getByTestId('compare-changes')).toContainText('SCO: Observer → Member: India and Pakistan');
	});

	test('?org=cis in 2010: Georgia is a former member', async ({ page }) => {
		await page.goto('?org=cis&year=2010');
		await waitForLiteMap(page);
		await expectLiteFill(page, 'GEO', RGB.former);
		await expect(page.getByTestId('summary')).toContainText('Former member: Georgia');
	});

	test('the picker chooses, compares and goes back to the CSTO; the URL and the legend follow', async ({ page }) => {
		await page.goto('?year=2018');
		await waitForLiteMap(page);
		await expect(page.getByTestId('org-a')).toHaveValue('csto');
		await expect(page.getByTestId('org-b')).toHaveValue('');
		await page.getByRole('combobox', { name: /^Organisation/ }).selectOption('nato');
		await expect(page.getByTestId('summary')).toContainText('NATO, 2018 — 29 members');
		await expect(count(page, 'member')).toHaveText('29');
		await expect.poll(() => new URL(page.url()).searchParams.get('org')).toBe('nato');
		await page.getByRole('combobox', { name: /^Compared with/ }).selectOption('sco');
		await expect(page.getByTestId('summary')).toContainText('in both NATO and the SCO');
		await expect(count(page, 'pair-both')).toHaveText('0');
		await expect.poll(() => new URL(page.url()).searchParams.get('orgs')).toBe('nato,sco');
		await page.getByRole('combobox', { name: /^Organisation/ }).selectOption('csto');
		await expect(count(page, 'pair-both')).toHaveText('4');
		await page.getByRole('combobox', { name: /^Compared with/ }).selectOption('');
		await expect(count(page, 'member')).toHaveText('6');
		await expect.poll(() => new URL(page.url()).search).not.toMatch(/orgs?=/);
		await expect(page.getByTestId('org-state')).toBeEmpty();
	});

	test('offline, a new organisation fails in one line and the map keeps what it showed', async ({ page }) => {
		await page.goto('?year=2018');
		await waitForLiteMap(page);
		await page.route('**/_app/immutable/**', (route) => route.abort());
		await page.getByRole('combobox', { name: /^Organisation/ }).selectOption('ots');
		await expect(page.getByTestId('org-state')).toHaveText(/Turkic States could not be loaded/);
		await expect(count(page, 'member')).toHaveText('6');
		await expectLiteFill(page, 'RUS', RGB.member);
	});

	test('a lesson step with org or orgs switches the map, and Next goes on to the next one', async ({ page }) => {
		const step = (extra: object) => ({
			title: 'A step',
			year: 2004,
			camera: { center: [20, 50], zoom: 1.5 },
			highlight: { countries: [], places: [] },
			text: 'Text.',
			...extra
		});
		const lesson = {
			format: 'csto-atlas-lesson',
			version: 1,
			title: 'Blocs',
			steps: [step({ org: 'nato' }), step({ year: 2018, orgs: ['csto', 'sco'] })]
		};
		const deflated = new Blob([JSON.stringify(lesson)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
		const code = Buffer.from(await new Response(deflated).arrayBuffer()).toString('base64url');
		await page.goto(`./#lesson=${code}`);
		await waitForLiteMap(page);
		await expect(page.getByTestId('summary')).toContainText('NATO, 2004 — 26 members');
		await expectLiteFill(page, 'EST', RGB.member);
		await page.keyboard.press('PageDown');
		await expect(count(page, 'pair-both')).toHaveText('4');
		await expect(page.getByTestId('org-b')).toHaveValue('sco');
	});

	test('the language switch carries the pair into Russian; observers and partners are outlined', async ({ page }) => {
		await page.goto('?orgs=csto,sco&year=2018');
		await waitForLiteMap(page);
		await expect(count(page, 'pair-both')).toHaveText('4');
		// Belarus: a CSTO member and an SCO observer in 2018, filled as "only the CSTO" and outlined.
		await expect(page.getByTestId('svg-fallback').locator('path[data-linked="BLR"]')).toHaveCount(1);
		await page.getByTestId('language-ru').click();
		await expect(page).toHaveURL(/\/ru\/\?.*orgs=csto%2Csco/);
		await waitForLiteMap(page);
		await expect(count(page, 'pair-both')).toHaveText('4');
		await expect(page.getByTestId('summary')).toContainText('ШОС');
		await expect(page.getByRole('combobox', { name: /^Организация/ })).toHaveValue('csto');
		await expect(page.getByRole('combobox', { name: /^Сравнить с/ })).toHaveValue('sco');
	});

	test('a compared pair keeps its outlines on the small maps: Compare years, the handout and its SVG', async ({ page }) => {
		await page.goto('?orgs=csto,sco&year=2018');
		await waitForLiteMap(page);
		await page.getByRole('tab', { name: 'Compare years' }).click();
		// Belarus, an SCO observer in 2018 (and a CSTO member), is outlined on the later map.
		const compared = page.getByTestId('compare').locator('[data-testid="small-map"][data-year="2018"]');
		await expect(compared.locator('path[data-linked="BLR"]')).toHaveCount(1);

		await share(page, 'Handout');
		const sheet = page.getByTestId('handout-sheet');
		await expect(sheet).toContainText('CSTO and SCO: who belonged to which?');
		// Every five years: 2016 and 2021 fall in Belarus's years as an SCO observer (2015–2024).
		await page.getByRole('dialog').getByRole('button', { name: 'Every five years' }).click();
		await expect(sheet.locator('[data-year="2016"] path[data-linked="BLR"]')).toHaveCount(1);
		await expect(sheet.locator('[data-year="2001"] path[data-linked]')).toHaveCount(0);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('dialog').getByRole('button', { name: 'Download SVG' }).click()
		]);
		const svg = readFileSync((await download.path())!, 'utf8');
		expect(svg).toContain('CSTO and SCO: who belonged to which?');
		expect(svg).toMatch(/data-linked="BLR"/);
	});
});

test('the detailed map: ?org=nato, Estonia joins in 2004', async ({ page }) => {
	await page.goto('?org=nato&year=2003');
	await waitForMap(page);
	await expect(page.getByTestId('summary')).toContainText('NATO, 2003');
	const estonia: [number, number] = [25.5, 58.7];
	await expect.poll(async () => closeTo(await pixelAt(page, estonia), RGB.never)).toBe(true);
	await page.getByTestId('year-slider').focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('summary')).toContainText('NATO, 2004');
	await expect.poll(async () => closeTo(await pixelAt(page, estonia), RGB.member)).toBe(true);
});
