// A teacher's own lesson: built in the browser, shared as a link and as a file, played in a fresh
// browser, reordered by keyboard, recovered after a reload; hostile lessons give a message and
// inject nothing.
import { test, expect, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitForMap as waitForDetailedMap, waitForHydration, project, mapZoom, setYearByKeys } from './helpers';

const PORT = Number(process.env.PORT ?? 4173);
const BASE = `http://127.0.0.1:${PORT}/`;
const REF: [number, number] = [60, 45];
/** Either map: the lite map marks itself ready as "svg", the detailed one as "true". */
const waitForMap = (page: Page) => expect(page.locator('[data-map-ready]')).toHaveCount(1, { timeout: 30_000 });
type Seen = { year: string; zoom: number; ref: { x: number; y: number } };

/** A fresh browser context, as a pupil's computer would be; `detailed` picks the MapLibre map. */
async function freshPage(browser: Browser, detailed: boolean): Promise<Page> {
	const context = await browser.newContext({
		baseURL: BASE,
		viewport: { width: 1400, height: 900 },
		reducedMotion: 'reduce',
		serviceWorkers: 'block',
		acceptDownloads: true,
		storageState: {
			cookies: [],
			origins: detailed ? [{ origin: BASE.slice(0, -1), localStorage: [{ name: 'csto-atlas:map', value: 'detailed' }] }] : []
		}
	});
	return context.newPage();
}

async function seen(page: Page): Promise<Seen> {
	return { year: (await page.getByTestId('year-display').textContent())!, zoom: await mapZoom(page), ref: await project(page, REF) };
}

/** Three steps: Armenia selected in 1995; 2008 with Kazakhstan and Russia highlighted; Tajikistan framed in 2015. */
async function buildLesson(page: Page): Promise<Seen[]> {
	await page.goto('./?year=1995&country=ARM');
	await waitForMap(page);
	await page.getByRole('button', { name: 'My lesson' }).click();
	const panel = page.getByTestId('lesson-panel');
	await panel.getByTestId('lesson-title').fill('Armenia <b>and</b> its neighbours');
	const out: Seen[] = [];
	await panel.getByTestId('add-step').click();
	await panel.getByTestId('step-title').fill('Armenia in the treaty');
	await panel.getByTestId('step-text').fill('First line.\nSecond line.\n\nA new paragraph.');
	out.push(await seen(page));

	await setYearByKeys(page, 2008);
	await page.getByRole('button', { name: 'Close details' }).click();
	await panel.getByTestId('pick-highlights').check();
	// Picked on the map: a click on Azerbaijan (next to Armenia, framed) highlights it instead of selecting it.
	await page.getByTestId('map').click({ position: await project(page, [47.7, 40.4]) });
	await expect(page.locator('[data-outline="AZE"]')).toHaveCount(1);
	await expect(page.getByTestId('country-panel')).toHaveCount(0);
	// And from the list.
	await panel.getByRole('combobox', { name: 'Highlight a state' }).selectOption('RUS');
	await panel.getByTestId('add-step').click();
	await panel.getByTestId('step-title').fill('Two members in 2008');
	await panel.getByTestId('step-text').fill('Kazakhstan and Russia.');
	out.push(await seen(page));

	await panel.getByTestId('pick-highlights').uncheck();
	await panel.getByRole('button', { name: 'Remove Azerbaijan' }).click();
	await panel.getByRole('button', { name: 'Remove Russia' }).click();
	const search = page.getByRole('combobox', { name: /Search/ });
	await search.fill('Tajikistan');
	await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
	await expect(page.getByTestId('country-panel')).toContainText('Tajikistan');
	await setYearByKeys(page, 2015);
	await panel.getByTestId('add-step').click();
	await panel.getByTestId('step-text').fill('Where is Tajikistan?');
	out.push(await seen(page));
	await expect(panel.getByTestId('lesson-steps').locator('li')).toHaveCount(3);
	return out;
}

/** Plays the lesson shown and checks each step against what was captured. */
async function checkPlayed(page: Page, steps: Seen[], highlights: boolean) {
	const counter = page.getByTestId('tour-counter');
	await expect(counter).toHaveText('Step 1 of 3');
	await expect(page.getByTestId('tour-lesson')).toHaveText('Armenia <b>and</b> its neighbours');
	const near = async (want: Seen) => {
		await expect(page.getByTestId('year-display')).toHaveText(want.year);
		await expect.poll(async () => Math.abs((await mapZoom(page)) - want.zoom)).toBeLessThan(0.02);
		await expect
			.poll(async () => {
				const p = await project(page, REF);
				return Math.hypot(p.x - want.ref.x, p.y - want.ref.y);
			})
			.toBeLessThan(3);
	};
	await near(steps[0]);
	await expect(page.getByTestId('tour-step-title')).toHaveText('Armenia in the treaty');
	expect(await page.getByTestId('tour-text').innerText()).toBe('First line.\nSecond line.\n\nA new paragraph.');
	await expect(page.getByTestId('country-panel')).toContainText('Armenia');
	await page.locator('body').press('PageDown');
	await expect(counter).toHaveText('Step 2 of 3');
	await near(steps[1]);
	await expect(page.getByTestId('tour-text')).toHaveText('Kazakhstan and Russia.');
	await expect(page.getByTestId('country-panel')).toHaveCount(0);
	if (highlights) {
		await expect(page.locator('[data-outline="AZE"]')).toHaveCount(1);
		await expect(page.locator('[data-outline="RUS"]')).toHaveCount(1);
	}
	await page.getByTestId('tour-panel').getByRole('button', { name: 'Next' }).click();
	await expect(counter).toHaveText('Step 3 of 3');
	await near(steps[2]);
	await expect(page.getByTestId('tour-step-title')).toHaveText('Tajikistan in 2015');
	await expect(page.getByTestId('country-panel')).toContainText('Tajikistan');
	if (highlights) await expect(page.locator('[data-outline="AZE"]')).toHaveCount(0);
}

test.describe('a teacher’s lesson', () => {
	test.use({ reducedMotion: 'reduce', storageState: { cookies: [], origins: [] } });

	test('built on the lite map, shared as a link, plays in a fresh browser step by step', async ({ page, browser }) => {
		const steps = await buildLesson(page);
		const link = await page.getByTestId('lesson-link').inputValue();
		expect(link).toMatch(new RegExp(`^${BASE}#lesson=[A-Za-z0-9_-]+$`));
		expect(link.length).toBeLessThan(2000);
		const pupil = await freshPage(browser, false);
		await pupil.goto(link);
		await waitForMap(pupil);
		await checkPlayed(pupil, steps, true);
		// The lesson stays in the fragment; the query never carries it.
		expect(new URL(pupil.url()).search).not.toMatch(/lesson/);
		await pupil.context().close();
	});

	test('reorders by keyboard with the focus kept; the draft survives a reload; Undo brings a step back', async ({ page }) => {
		await page.goto('./?year=2000');
		await waitForMap(page);
		await page.getByRole('button', { name: 'My lesson' }).click();
		const panel = page.getByTestId('lesson-panel');
		for (const title of ['One', 'Two', 'Three']) {
			await panel.getByTestId('add-step').click();
			await panel.getByTestId('step-title').fill(title);
		}
		const titles = panel.getByTestId('lesson-steps').locator('.t');
		await expect(titles).toHaveText(['One', 'Two', 'Three']);
		await panel.locator('[data-step-button="2"]').focus();
		await page.keyboard.press('Alt+ArrowUp');
		await page.keyboard.press('Alt+ArrowUp');
		await expect(titles).toHaveText(['Three', 'One', 'Two']);
		await expect(panel.locator('[data-step-button="0"]')).toBeFocused();
		await page.keyboard.press('Alt+ArrowDown');
		await expect(titles).toHaveText(['One', 'Three', 'Two']);
		await expect(panel.locator('[data-step-button="1"]')).toBeFocused();
		// The buttons move the open step and keep the focus on themselves.
		await panel.getByRole('button', { name: 'Move down' }).click();
		await expect(titles).toHaveText(['One', 'Two', 'Three']);
		await expect(panel.getByRole('button', { name: 'Move up' })).toBeFocused();
		await panel.getByRole('button', { name: 'Delete' }).click();
		await expect(titles).toHaveText(['One', 'Two']);
		await page.reload();
		await waitForHydration(page);
		await page.getByRole('button', { name: 'My lesson' }).click();
		await expect(page.getByTestId('lesson-steps').locator('.t')).toHaveText(['One', 'Two']);
		await panel.locator('[data-step-button="0"]').click();
		await panel.getByRole('button', { name: 'Delete' }).click();
		await panel.getByTestId('undo-delete').click();
		await expect(titles).toHaveText(['One', 'Two']);
	});
});

test.describe('a lesson file', () => {
	test.use({ reducedMotion: 'reduce' });

	test('downloads as lesson-<title>.csto.json and opens in a fresh browser on the detailed map', async ({ page, browser }) => {
		// Two browsers and some forty year steps on a software-drawn detailed map: a long scenario.
		test.setTimeout(120_000);
		await page.goto('./?year=1995&country=ARM');
		await waitForMap(page);
		await page.getByRole('button', { name: 'My lesson' }).click();
		const panel = page.getByTestId('lesson-panel');
		await panel.getByTestId('lesson-title').fill('Armenia <b>and</b> its neighbours');
		const steps: Seen[] = [];
		await panel.getByTestId('add-step').click();
		await panel.getByTestId('step-title').fill('Armenia in the treaty');
		await panel.getByTestId('step-text').fill('First line.\nSecond line.\n\nA new paragraph.');
		steps.push(await seen(page));
		await setYearByKeys(page, 2008);
		await page.getByRole('button', { name: 'Close details' }).click();
		await panel.getByRole('combobox', { name: 'Highlight a state' }).selectOption('KAZ');
		await panel.getByTestId('add-step').click();
		await panel.getByTestId('step-title').fill('Two members in 2008');
		await panel.getByTestId('step-text').fill('Kazakhstan and Russia.');
		steps.push(await seen(page));
		await page.getByRole('combobox', { name: /Search/ }).fill('Tajikistan');
		await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
		await setYearByKeys(page, 2015);
		await panel.getByTestId('add-step').click();
		steps.push(await seen(page));

		const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download lesson' }).click()]);
		expect(download.suggestedFilename()).toBe('lesson-armenia-b-and-b-its-neighbours.csto.json');
		const path = test.info().outputPath('lesson.csto.json');
		await download.saveAs(path);
		expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ format: 'csto-atlas-lesson', version: 1 });

		const pupil = await freshPage(browser, true);
		await pupil.goto('./');
		await waitForDetailedMap(pupil);
		await pupil.getByRole('button', { name: 'My lesson' }).click();
		const [chooser] = await Promise.all([pupil.waitForEvent('filechooser'), pupil.getByRole('button', { name: 'Open lesson…' }).click()]);
		await chooser.setFiles(path);
		await checkPlayed(pupil, steps, false);
		// In presenter mode the clicker steps back through it.
		await pupil.getByRole('button', { name: 'Present' }).click();
		await pupil.locator('body').press('PageUp');
		await expect(pupil.getByTestId('tour-counter')).toHaveText('Step 2 of 3');
		await pupil.context().close();
	});
});

/** A lesson link's code, made here as the app makes it (deflate-raw, base64url). */
async function codeOf(value: unknown): Promise<string> {
	const stream = new Blob([typeof value === 'string' ? value : JSON.stringify(value)])
		.stream()
		.pipeThrough(new CompressionStream('deflate-raw'));
	return Buffer.from(await new Response(stream).arrayBuffer()).toString('base64url');
}
const step = (extra: object = {}) => ({
	title: 'A step',
	year: 2000,
	camera: { center: [60, 45], zoom: 2.5 },
	highlight: { countries: ['ARM'], places: [] },
	text: 'Text.',
	...extra
});
const lesson = (steps: object[], extra: object = {}) => ({ format: 'csto-atlas-lesson', version: 1, title: 'Hostile', steps, ...extra });
const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

test.describe('hostile lessons', () => {
	test('each gives a clear message, loads nothing half-valid and injects nothing', async ({ page }) => {
		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		const cases: [string, string | RegExp][] = [
			[
				await codeOf(lesson([step(), step({ text: 'x'.repeat(20_000) })])),
				'Step 2 (“A step”), field “text”: too long (at most 5,000 characters).'
			],
			[await codeOf(lesson(Array.from({ length: 500 }, () => step()))), 'This lesson has 500 steps; a lesson can have at most 100.'],
			[
				await codeOf(
					'{"format":"csto-atlas-lesson","version":1,"title":"t","steps":[{"__proto__":{"polluted":1},"title":"a","year":2000,"camera":{"center":[1,1],"zoom":2},"highlight":{"countries":[],"places":[]},"text":""}]}'
				),
				'Step 1 (“a”): unknown field “__proto__”.'
			],
			[await codeOf(lesson([step()], { version: 7 })), /newer CSTO Atlas \(lesson format 7\)/],
			[(await codeOf(lesson([step(), step(), step()]))).slice(0, -12), /link is damaged/],
			[await codeOf(lesson([step({ onerror: 'alert(1)' })])), 'Step 1 (“A step”): unknown field “onerror”.']
		];
		for (const [code, message] of cases) {
			await page.goto('about:blank');
			await page.goto(`./#lesson=${code}`);
			await waitForHydration(page);
			const notice = page.getByTestId('lesson-notice');
			await expect(notice).toHaveAttribute('role', 'alert');
			await expect(notice.locator('p')).toHaveText(message);
			await expect(page.getByTestId('tour-panel')).toHaveCount(0);
		}
		expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
		expect(dialogs).toBe(0);
	});

	test('script and HTML in titles and texts show as text; unknown states and places are named and skipped', async ({ page }) => {
		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		await page.goto('./');
		await waitForHydration(page);
		const scripts = await page.locator('script').count();
		const code = await codeOf(
			lesson([step({ title: XSS, text: XSS, highlight: { countries: ['ARM', 'XYZ'], places: ['no-such-place'] } })], { title: XSS })
		);
		await page.goto('about:blank');
		await page.goto(`./#lesson=${code}`);
		await waitForHydration(page);
		await expect(page.getByTestId('tour-counter')).toHaveText('Step 1 of 1');
		await expect(page.getByTestId('tour-lesson')).toHaveText(XSS);
		await expect(page.getByTestId('tour-step-title')).toHaveText(XSS);
		await expect(page.getByTestId('tour-text')).toHaveText(XSS);
		const notice = page.getByTestId('lesson-notice');
		await expect(notice).toContainText(`Opened the lesson “${XSS}”.`);
		await expect(notice).toContainText('Step 1: unknown state “XYZ” skipped.');
		await expect(notice).toContainText('Step 1: unknown place “no-such-place” skipped.');
		expect(await page.locator('script').count()).toBe(scripts);
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(dialogs).toBe(0);
	});
});
