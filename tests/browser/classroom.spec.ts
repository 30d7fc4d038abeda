import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitForMap, waitForHydration, pixelAt, project, closeTo, STATUS_RGB, pngColourStats, share } from './helpers';

const tour = JSON.parse(readFileSync(new URL('../../data/lessons/built-in.json', import.meta.url), 'utf8')) as {
	steps: { title: { en: string; ru: string }; year: number; camera: { center: [number, number]; zoom: number } }[];
};

test.describe('presenter mode', () => {
	test('the Present button and F switch the projector view; the clicker steps the year; ? lists shortcuts', async ({ page }) => {
		await page.goto('./?year=2000');
		await waitForMap(page);
		await page.getByRole('button', { name: 'Present' }).click();
		const app = page.getByTestId('app');
		await expect(app).toHaveClass(/presenting/);
		await expect(page.locator('footer.sources')).toBeHidden();
		const size = await page.getByTestId('summary').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(size).toBeGreaterThanOrEqual(24);
		// Clicker keys step the year.
		await page.locator('body').press('PageDown');
		await expect(page.getByTestId('year-display')).toHaveText('2001');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByTestId('year-display')).toHaveText('1999');
		await page.keyboard.press('Space');
		await expect(page.getByTestId('year-display')).toHaveText('2000');
		// '?' opens the shortcuts dialog. (Its Close button, not Escape: in real fullscreen the browser
		// itself takes Escape to leave fullscreen, which also leaves presenter mode.)
		await page.keyboard.press('?');
		const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
		await expect(dialog).toBeVisible();
		await expect(dialog).toContainText('Present');
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(dialog).toBeHidden();
		// F leaves, F enters again, Escape leaves.
		await page.keyboard.press('f');
		await expect(app).not.toHaveClass(/presenting/);
		await page.keyboard.press('F');
		await expect(app).toHaveClass(/presenting/);
		await page.keyboard.press('Escape');
		await expect(app).not.toHaveClass(/presenting/);
	});

	test('typing F in the search box does not start presenting', async ({ page }) => {
		await page.goto('./');
		await waitForHydration(page);
		await page.getByRole('combobox', { name: /Search/ }).fill('f');
		await expect(page.getByTestId('app')).not.toHaveClass(/presenting/);
	});
});

test.describe('guided tour', () => {
	test('has at least 15 steps and steps by buttons and clicker, setting the year and highlights', async ({ page }) => {
		expect(tour.steps.length).toBeGreaterThanOrEqual(15);
		await page.goto('./');
		await waitForMap(page);
		await page.getByRole('button', { name: 'Tour' }).click();
		const panel = page.getByTestId('tour-panel');
		await expect(page.getByTestId('tour-counter')).toHaveText(`Step 1 of ${tour.steps.length}`);
		await expect(panel).toContainText(tour.steps[0].title.en);
		await expect(page.getByTestId('year-display')).toHaveText(String(tour.steps[0].year));
		await panel.getByRole('button', { name: 'Next' }).click();
		await expect(page.getByTestId('tour-counter')).toHaveText(`Step 2 of ${tour.steps.length}`);
		await expect(page.getByTestId('year-display')).toHaveText(String(tour.steps[1].year));
		await expect(page).toHaveURL(/tour=2/);
		await page.locator('body').press('PageDown');
		await expect(page.getByTestId('tour-counter')).toHaveText(`Step 3 of ${tour.steps.length}`);
		await panel.getByRole('button', { name: 'Previous' }).click();
		await expect(page.getByTestId('tour-counter')).toHaveText(`Step 2 of ${tour.steps.length}`);
		await expect(panel.locator('blockquote').first()).toBeAttached();
		await page.keyboard.press('Escape');
		await expect(panel).toHaveCount(0);
		await expect(page).not.toHaveURL(/tour=/);
	});

	test('a deep link opens a step; the camera jumps when motion is reduced', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('./?tour=5');
		await waitForMap(page);
		await expect(page.getByTestId('tour-counter')).toHaveText(`Step 5 of ${tour.steps.length}`);
		await expect(page.getByTestId('tour-panel')).toContainText(tour.steps[4].title.en);
		await expect(page.getByTestId('year-display')).toHaveText(String(tour.steps[4].year));
		// No flight: the map is already centred on the step's camera.
		const box = (await page.getByTestId('map').boundingBox())!;
		await expect
			.poll(async () => {
				const p = await project(page, tour.steps[4].camera.center);
				return Math.hypot(p.x - box.width / 2, p.y - box.height / 2);
			})
			.toBeLessThan(3);
		await page.goto('./?tour=999');
		await waitForHydration(page);
		await expect(page.getByTestId('tour-counter')).toHaveText(`Step ${tour.steps.length} of ${tour.steps.length}`);
	});
});

test.describe('compare two years', () => {
	test('opens on 1998 | 2000 from the year 2000 (the latest change before it) and lists the differences', async ({ page }) => {
		await page.goto('./?year=2000');
		await waitForHydration(page);
		await page.getByRole('tab', { name: 'Compare years' }).click();
		const compare = page.getByTestId('compare');
		await expect(compare.getByRole('img', { name: 'Membership in 1998' })).toBeVisible();
		await expect(compare.getByRole('img', { name: 'Membership in 2000' })).toBeVisible();
		const changes = page.getByTestId('compare-changes');
		await expect(changes.locator('li')).toHaveCount(3);
		await expect(changes.locator('li[data-iso="UZB"]')).toContainText('Member');
		await expect(changes.locator('li[data-iso="UZB"]')).toContainText('Former member');
		// The two maps differ where membership changed.
		const fill = (year: number, iso: string) =>
			compare
				.getByRole('img', { name: `Membership in ${year}` })
				.locator(`path[data-iso="${iso}"]`)
				.getAttribute('fill');
		expect(await fill(1998, 'GEO')).not.toBe(await fill(2000, 'GEO'));
		expect(await fill(1998, 'RUS')).toBe(await fill(2000, 'RUS'));
		await page.getByTestId('compare-a').selectOption('2005');
		await page.getByTestId('compare-b').selectOption('2007');
		await expect(changes.locator('li')).toHaveCount(1);
		await expect(changes).toContainText('Uzbekistan');
	});
});

test.describe('quiz', () => {
	test('hides the legend, takes clicks on states, then reveals right and wrong with a score', async ({ page }) => {
		await page.goto('./');
		await waitForMap(page);
		await page.getByRole('button', { name: 'Quiz' }).click();
		const quiz = page.getByTestId('quiz-panel');
		await expect(quiz.getByRole('heading')).toHaveText(/Which states were members in \d{4}\?/);
		const year = Number((await quiz.getByRole('heading').textContent())!.match(/\d{4}/)![0]);
		await expect(page.getByRole('heading', { name: /Status in/ })).toHaveCount(0);
		await expect(page.getByRole('tab', { name: 'Table' })).toHaveCount(0);

		// Russia was a member in every quiz year; Ukraine never.
		const russia = await project(page, [45, 58]);
		await page.getByTestId('map').click({ position: russia });
		await expect(quiz.locator('li[data-iso="RUS"] input')).toBeChecked();
		await expect.poll(async () => closeTo(await pixelAt(page, [45, 58]), [0x56, 0xb4, 0xe9])).toBe(true);
		await quiz.locator('li[data-iso="UKR"] input').check();
		await quiz.getByRole('button', { name: 'Check answers' }).click();

		await expect(quiz.locator('li[data-iso="RUS"]')).toContainText('right');
		await expect(quiz.locator('li[data-iso="UKR"]')).toContainText('not a member');
		await expect(page.getByTestId('quiz-score')).toContainText(/Score: 0 of \d+/);
		await expect(page.getByTestId('quiz-score')).toContainText('1 wrong pick (Ukraine)');
		// The map now shows the true statuses of that year.
		await expect.poll(async () => closeTo(await pixelAt(page, [45, 58]), STATUS_RGB.member)).toBe(true);
		expect(year).toBeGreaterThan(1991);
		await quiz.getByRole('button', { name: 'End quiz' }).click();
		await expect(page.getByRole('heading', { name: /Status in/ })).toBeVisible();
	});
});

test.describe('export', () => {
	test('Export PNG saves a real image of the map with title, year, legend and the view URL', async ({ page }) => {
		await page.goto('./?year=2010');
		await waitForMap(page);
		const [download] = await Promise.all([page.waitForEvent('download'), share(page, 'Export PNG')]);
		expect(download.suggestedFilename()).toBe('csto-atlas-2010.png');
		const bytes = readFileSync((await download.path())!);
		expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		const width = bytes.readUInt32BE(16);
		const height = bytes.readUInt32BE(20);
		const canvas = await page.locator('canvas.maplibregl-canvas').evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height }));
		expect(width).toBe(Math.max(900, canvas.w));
		// Under the map: the legend and the source lines, wrapped to the width (one or more rows each).
		const footer = height - Math.round((canvas.h / canvas.w) * width) - 86;
		expect(footer).toBeGreaterThanOrEqual(100);
		expect(footer).toBeLessThan(320);
		// Decode it in the page: it must hold the map's colours, not a blank sheet.
		const stats = await pngColourStats(page, bytes, { member: STATUS_RGB.member });
		expect(stats.colours).toBeGreaterThan(20);
		expect(stats.counts.member).toBeGreaterThan(1000);
		await expect(page.getByText(/Saved csto-atlas-2010\.png/)).toBeVisible();
	});

	test('the print stylesheet keeps the map and legend and drops the controls', async ({ page }) => {
		await page.goto('./?year=2010');
		await waitForMap(page);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByTestId('map')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Status in 2010' })).toBeVisible();
		await expect(page.getByRole('toolbar', { name: 'Classroom tools' })).toBeHidden();
		await expect(page.getByTestId('year-slider')).toBeHidden();
		await expect(page.locator('.print-url')).toContainText('year=2010');
		const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
		// One page: a PDF's page objects are counted by "/Type /Page" (not /Pages).
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		expect(pages).toBe(1);
	});
});
