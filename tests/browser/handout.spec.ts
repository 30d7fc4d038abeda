// The printable year grid: choosing years, the print view's maps and change lines, exactly one
// printed page of the chosen paper, and the same page as one SVG file. Nothing leaves the origin.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitForHydration, watchForeignRequests, share } from './helpers';

const FORMER = '#CC79A7';
const MEMBER = '#0072B2';

async function openHandout(page: Page, years: number[], paper: 'A4' | 'Letter') {
	await page.goto('./?year=2012');
	await waitForHydration(page);
	await share(page, 'Handout');
	const dialog = page.getByRole('dialog', { name: 'Handout' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Clear' }).click();
	for (const y of years) await dialog.getByRole('checkbox', { name: String(y), exact: true }).check();
	await dialog.getByRole('radio', { name: paper }).check();
	await expect(page.getByTestId('small-map')).toHaveCount(years.length);
	return dialog;
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
const mediaBox = (pdf: Buffer) => /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))!.slice(1).map(Number);

test.describe('handout', () => {
	test('presets and the 2 to 9 years rule', async ({ page }) => {
		await page.goto('./');
		await waitForHydration(page);
		await share(page, 'Handout');
		const dialog = page.getByRole('dialog', { name: 'Handout' });
		const maxYear = new Date().getFullYear();
		// Turning points are the default: every year membership changed, and today's.
		await expect(page.getByTestId('small-map')).toHaveCount(9);
		for (const y of [1992, 1993, 1994, 1999, 2006, 2012, 2013, 2024, maxYear])
			await expect(page.locator(`.sheet [data-year="${y}"]`)).toHaveCount(1);
		await dialog.getByRole('button', { name: 'Every five years' }).click();
		await expect(page.locator(`.sheet [data-year="${maxYear}"]`)).toHaveCount(1);
		await expect(page.locator(`.sheet [data-year="${maxYear - 5}"]`)).toHaveCount(1);
		// Nine at most: with nine ticked, the other years cannot be.
		const count = await page.getByTestId('small-map').count();
		for (const y of [1992, 1993, 1994, 1995, 1997, 1998, 1999, 2000].slice(0, 9 - count))
			await dialog.getByRole('checkbox', { name: String(y), exact: true }).check();
		await expect(dialog.getByTestId('handout-count')).toHaveText('9 of 9');
		await expect(dialog.getByRole('checkbox', { name: '2003', exact: true })).toBeDisabled();
		// Fewer than two: no sheet, and the buttons say why they are off.
		await dialog.getByRole('button', { name: 'Clear' }).click();
		await dialog.getByRole('checkbox', { name: '2000', exact: true }).check();
		await expect(dialog.getByRole('status')).toHaveText('Pick at least 2 years.');
		await expect(dialog.getByRole('button', { name: 'Print / Save as PDF' })).toBeDisabled();
		await expect(page.getByTestId('handout-sheet')).toHaveCount(0);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
	});

	test('the print view: one map per year in its colours, the change lines, one A4 page', async ({ page, baseURL }) => {
		const foreign = watchForeignRequests(page, [new URL(baseURL!).origin]);
		const dialog = await openHandout(page, [1999, 2006, 2012], 'A4');
		const fill = (year: number, iso: string) =>
			page.locator(`.sheet [data-year="${year}"] path[data-iso="${iso}"]`).first().getAttribute('fill');
		// Uzbekistan left in 1999, came back in 2006, suspended its membership and left again in 2012; Russia is a member throughout.
		expect(await fill(1999, 'UZB')).toBe(FORMER);
		expect(await fill(2006, 'UZB')).toBe(MEMBER);
		expect(await fill(2012, 'UZB')).toBe(FORMER);
		expect(await fill(2012, 'RUS')).toBe(MEMBER);
		const lines = page.getByTestId('handout-changes');
		await expect(lines.nth(0)).toHaveText('Azerbaijan, Georgia and Uzbekistan left');
		await expect(lines.nth(1)).toHaveText('Uzbekistan rejoined');
		await expect(lines.nth(2).locator('li')).toHaveText(['Uzbekistan suspended membership', 'Uzbekistan left']);
		const sheet = page.getByTestId('handout-sheet');
		await expect(sheet.getByRole('heading', { level: 2 })).toHaveText('Who belonged to the CSTO? 3 years, 1999–2012');
		await expect(sheet).toContainText('Made on ');
		await expect(sheet).toContainText(
			'Sources: 000, 001 “What is the Collective Security Treaty Organization?” (personal blog, Jan 2022); 002 CSTO news feed'
		);
		await expect(sheet.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveCount(5);

		// Print / Save as PDF opens the browser's print dialog.
		await page.evaluate(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => void (window as unknown as { printed: number }).printed++;
		});
		await dialog.getByRole('button', { name: 'Print / Save as PDF' }).click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

		// On paper: the sheet alone, every map whole inside it.
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByTestId('app')).toBeHidden();
		await expect(dialog.getByRole('button', { name: 'Download SVG' })).toBeHidden();
		await expect(dialog.getByRole('checkbox', { name: '1999', exact: true })).toBeHidden();
		const box = (await sheet.boundingBox())!;
		expect(box.width).toBeCloseTo((297 * 96) / 25.4, 0);
		for (const map of await page.locator('.sheet .small-map svg').all()) {
			const b = (await map.boundingBox())!;
			expect(b.y + b.height).toBeLessThanOrEqual(box.y + box.height);
			expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width);
		}
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		expect(pdfPages(pdf)).toBe(1);
		const [w, h] = mediaBox(pdf);
		expect(w).toBeCloseTo(841.89, 0);
		expect(h).toBeCloseTo(595.28, 0);
		expect(foreign).toEqual([]);
	});

	test('nine maps on Letter are still one page', async ({ page }) => {
		await openHandout(page, [1991, 1992, 1993, 1994, 1999, 2006, 2012, 2013, 2024], 'Letter');
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		expect(pdfPages(pdf)).toBe(1);
		const [w, h] = mediaBox(pdf);
		expect(w).toBeCloseTo(792, 0);
		expect(h).toBeCloseTo(612, 0);
	});

	test('Download SVG: the same sheet as one vector file with a map per year', async ({ page, baseURL }) => {
		const foreign = watchForeignRequests(page, [new URL(baseURL!).origin]);
		const dialog = await openHandout(page, [1994, 1999, 2006, 2012], 'A4');
		const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download SVG' }).click()]);
		expect(download.suggestedFilename()).toBe('csto-handout-1994-2012-a4.svg');
		const svg = readFileSync((await download.path())!, 'utf8');
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			const root = doc.documentElement;
			const fillOf = (year: number, iso: string) =>
				doc.querySelector(`g.small-map[data-year="${year}"] use[data-iso="${iso}"]`)?.getAttribute('fill');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				root: root.nodeName,
				width: root.getAttribute('width'),
				height: root.getAttribute('height'),
				maps: doc.querySelectorAll('g.small-map').length,
				years: [...doc.querySelectorAll('g.small-map')].map((g) => g.getAttribute('data-year')),
				uzb: [fillOf(1999, 'UZB'), fillOf(2006, 'UZB')],
				texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
				foreign: doc.querySelectorAll('foreignObject, image, script').length
			};
		}, svg);
		expect(parsed.error).toBeNull();
		expect(parsed).toMatchObject({
			root: 'svg',
			width: '297mm',
			height: '210mm',
			maps: 4,
			years: ['1994', '1999', '2006', '2012'],
			foreign: 0
		});
		expect(parsed.uzb).toEqual([FORMER, MEMBER]);
		expect(parsed.texts).toContain('Who belonged to the CSTO? 4 years, 1994–2012');
		expect(parsed.texts).toContain('Uzbekistan rejoined');
		expect(parsed.texts).toContain('The treaty took effect on 20 April');
		await expect(dialog.getByRole('status')).toHaveText('Saved csto-handout-1994-2012-a4.svg.');
		expect(foreign).toEqual([]);
	});

	test('Compare years draws its maps with the same small-map component', async ({ page }) => {
		await page.goto('./?view=compare&year=2000');
		await expect(page.getByTestId('compare').getByTestId('small-map')).toHaveCount(2);
		await expect(page.getByTestId('compare').locator('[data-testid="small-map"][data-year="1998"]')).toBeVisible();
	});
});
