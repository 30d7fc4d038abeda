/**
 * The presenter view: a second window of the same site, kept in step with the class's window
 * over a BroadcastChannel, both ways, through a reload of the view and with the network gone.
 */
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { waitForLiteMap } from './helpers';
import { expectAccessible } from './axe';
import { visibleLatin } from './latinText';
import { serveBuild, waitForServiceWorkerControl } from './site';

const tour = JSON.parse(readFileSync(new URL('../../data/lessons/built-in.json', import.meta.url), 'utf8')) as {
	steps: { title: { en: string; ru: string }; year: number | 'today' }[];
};
const N = tour.steps.length;
const yearOf = (i: number) => (tour.steps[i].year === 'today' ? new Date().getFullYear() : tour.steps[i].year);

// The lite map (the default without a GPU): these tests are about the windows, not the drawing.
test.use({ storageState: { cookies: [], origins: [] } });

/** Present, start the tour, and open the presenter view from the presenter bar. */
async function presentTourAndOpenView(
	page: Page,
	context: BrowserContext,
	labels = { present: 'Present', tour: 'Tour', view: 'Presenter view' }
) {
	await waitForLiteMap(page);
	await page.getByRole('button', { name: labels.present, exact: true }).click();
	await expect(page.getByTestId('app')).toHaveClass(/presenting/);
	await page.locator('.presenter-bar').getByRole('button', { name: labels.tour, exact: true }).click();
	await expect(page.getByTestId('tour-counter')).toBeVisible();
	const [view] = await Promise.all([context.waitForEvent('page'), page.getByTestId('presenter-view-button').click()]);
	await view.waitForLoadState('domcontentloaded');
	return view;
}

/** Both windows show step `i` (0-based) and its year. */
async function bothOn(page: Page, view: Page, i: number, lang: 'en' | 'ru' = 'en') {
	const counter = lang === 'en' ? `Step ${i + 1} of ${N}` : `Шаг ${i + 1} из ${N}`;
	await expect(page.getByTestId('tour-counter')).toHaveText(counter);
	await expect(view.getByTestId('pv-counter')).toHaveText(counter);
	await expect(page.getByTestId('year-display')).toHaveText(String(yearOf(i)));
	await expect(view.getByTestId('pv-year')).toHaveText(String(yearOf(i)));
	await expect(view.getByTestId('pv-step-title')).toContainText(tour.steps[i].title[lang]);
}

test("the teacher's window and the class's follow each other, through a reload of the view", async ({ page, context }) => {
	test.setTimeout(90_000);
	await page.goto('./');
	const view = await presentTourAndOpenView(page, context);
	await bothOn(page, view, 0);
	await expect(view.getByTestId('pv-next-title')).toHaveText(tour.steps[1].title.en);
	await expect(view.getByTestId('pv-next').getByTestId('small-map')).toHaveAttribute('data-year', String(yearOf(1)));
	await expect(view.getByTestId('pv-clock')).toHaveText(/^\d+:\d\d$/);

	for (let i = 0; i < 3; i++) await view.getByTestId('pv-next-button').click();
	await bothOn(page, view, 3);
	for (let i = 0; i < 2; i++) await page.locator('body').press('PageDown');
	await bothOn(page, view, 5);
	await expect(view.getByTestId('pv-next-title')).toHaveText(tour.steps[6].title.en);
	// A clicker plugged into the teacher's laptop: its keys work in the view too.
	await view.locator('body').press('PageUp');
	await bothOn(page, view, 4);

	await view.reload();
	await bothOn(page, view, 4);
	// The class's window reloads: the view says so, then follows it again on the same step.
	await page.reload();
	await waitForLiteMap(page);
	await bothOn(page, view, 4);
	await expect(view.getByTestId('pv-connection')).toHaveCount(0);
	await view.getByTestId('pv-next-button').click();
	await bothOn(page, view, 5);
	await view.getByTestId('pv-prev').click();
	await bothOn(page, view, 4);
	await page.keyboard.press('f');
	await expect(page.getByTestId('app')).toHaveClass(/presenting/);

	// Blank and back, from the view; then the class's window keeps working without it.
	await view.getByTestId('pv-blank').click();
	await expect(page.getByTestId('blank-screen')).toBeVisible();
	await expect(view.getByTestId('pv-blank-state')).toBeVisible();
	await view.locator('body').press('b');
	await expect(page.getByTestId('blank-screen')).toHaveCount(0);
	await expectAccessible(view, 'the presenter view');
	await view.close();
	await page.locator('body').press('PageDown');
	await expect(page.getByTestId('tour-counter')).toHaveText(`Step 6 of ${N}`);
});

test('the year and "end" from the view; S opens the view; a blocked pop-up is said in one line', async ({ page, context }) => {
	await page.goto('./?year=2000');
	await waitForLiteMap(page);
	await page.keyboard.press('f');
	await expect(page.getByTestId('app')).toHaveClass(/presenting/);
	const [view] = await Promise.all([context.waitForEvent('page'), page.locator('body').press('s')]);
	await expect(view.getByTestId('pv-counter')).toHaveText('No tour playing: the keys step the year.');
	await expect(view.getByTestId('pv-step-title')).toHaveText('2000 on the map');
	await view.getByRole('button', { name: 'Next year' }).click();
	await expect(page.getByTestId('year-display')).toHaveText('2001');
	await expect(view.getByTestId('pv-summary')).toContainText('2001');
	// Two screens: Chromium has the Window Management API; headless it has one screen (or no
	// permission), and the view says so in one line instead of failing silently.
	await view.getByTestId('pv-other-screen').click();
	await expect(view.getByTestId('pv-screen-notice')).toHaveText(/one screen|did not allow|could not go fullscreen|once more/);
	await view.getByTestId('pv-end').click();
	await expect(page.getByTestId('app')).not.toHaveClass(/presenting/);
	await expect(view.getByTestId('pv-blank')).toBeDisabled();
	await view.close();

	// A browser that blocks pop-ups: window.open returns null, and the page says so.
	await page.evaluate(() => (window.open = () => null));
	await page.keyboard.press('f');
	await page.getByTestId('presenter-view-button').click();
	await expect(page.getByRole('alert')).toContainText('blocked the presenter view');
});

test('in Russian, with nothing serious for axe and no untranslated text', async ({ page, context }) => {
	test.setTimeout(90_000);
	await page.goto('./ru/');
	const view = await presentTourAndOpenView(page, context, { present: 'Показ', tour: 'Экскурсия', view: 'Окно докладчика' });
	await expect(view.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(view.getByRole('heading', { level: 1 })).toHaveText('Окно докладчика');
	await view.getByTestId('pv-next-button').click();
	await bothOn(page, view, 1, 'ru');
	expect(await visibleLatin(view)).toEqual([]);
	await expectAccessible(view, 'the Russian presenter view');
});

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });
	test('with the network gone, the view still opens and follows', async ({ page, context }) => {
		test.setTimeout(120_000);
		const site = await serveBuild('/');
		try {
			await page.goto(site.url);
			await waitForLiteMap(page);
			await waitForServiceWorkerControl(page, site.url);
			// The precache is complete once the worker is active; the view's page is in it.
			await expect
				.poll(() => page.evaluate(async () => !!(await caches.match(new URL('presenter/', location.href).href))), { timeout: 30_000 })
				.toBe(true);
			await site.stop();
			await context.setOffline(true);
			const view = await presentTourAndOpenView(page, context);
			await bothOn(page, view, 0);
			await view.getByTestId('pv-next-button').click();
			await view.getByTestId('pv-next-button').click();
			await bothOn(page, view, 2);
		} finally {
			await context.setOffline(false);
			await site.stop();
		}
	});
});

/** A lesson link's code, as the app makes it (deflate-raw, base64url). */
async function lessonCode(value: unknown): Promise<string> {
	const stream = new Blob([JSON.stringify(value)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return Buffer.from(await new Response(stream).arrayBuffer()).toString('base64url');
}

test("a teacher's lesson: notes shown as text, and a reloaded class window resumes the step", async ({ page, context }) => {
	const XSS = '<img src=x onerror="window.__pwned=1">';
	const step = (title: string, year: number, notes?: string) => ({
		title,
		year,
		camera: { center: [60, 45], zoom: 2.5 },
		highlight: { countries: ['ARM'], places: [] },
		text: `${title}: the text.`,
		...(notes ? { notes } : {})
	});
	const code = await lessonCode({
		format: 'csto-atlas-lesson',
		version: 1,
		title: 'Three years',
		steps: [step('First', 1994), step('Second', 2003, `Ask the class why. ${XSS}`), step('Third', 2012)]
	});
	await page.goto(`./#lesson=${code}`);
	await waitForLiteMap(page);
	await expect(page.getByTestId('tour-counter')).toHaveText('Step 1 of 3');
	await page.keyboard.press('f');
	const [view] = await Promise.all([context.waitForEvent('page'), page.locator('body').press('s')]);
	await expect(view.getByTestId('pv-counter')).toHaveText('Step 1 of 3');
	await expect(view.getByTestId('pv-notes')).toHaveCount(0);
	await view.getByTestId('pv-next-button').click();
	await expect(view.getByTestId('pv-notes')).toHaveText(`Ask the class why. ${XSS}`);
	await expect(page.getByTestId('tour-counter')).toHaveText('Step 2 of 3');
	// The lesson lives in the fragment, which restarts it at step 1: the view gives the step back.
	await page.reload();
	await expect(page.getByTestId('tour-counter')).toHaveText('Step 2 of 3');
	await expect(page.getByTestId('year-display')).toHaveText('2003');
	await expect(view.getByTestId('pv-counter')).toHaveText('Step 2 of 3');
	expect(await view.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("the next step's small map shows the organisations that step sets (issue 25)", async ({ page, context }) => {
	const step = (title: string, more: object = {}) => ({
		title,
		year: 2018,
		camera: { center: [60, 45], zoom: 2.5 },
		highlight: { countries: [], places: [] },
		text: `${title}: the text.`,
		...more
	});
	const code = await lessonCode({
		format: 'csto-atlas-lesson',
		version: 1,
		title: 'Blocs',
		steps: [step('The CSTO'), step('Beside the SCO', { orgs: ['csto', 'sco'] })]
	});
	await page.goto(`./#lesson=${code}`);
	await waitForLiteMap(page);
	await expect(page.getByTestId('tour-counter')).toHaveText('Step 1 of 2');
	await page.keyboard.press('f');
	const [view] = await Promise.all([context.waitForEvent('page'), page.locator('body').press('s')]);
	await expect(view.getByTestId('pv-counter')).toHaveText('Step 1 of 2');
	const next = view.getByTestId('pv-next');
	await expect(next.getByTestId('pv-next-title')).toHaveText('Beside the SCO');
	// China: only in the SCO (Tol's light blue); Belarus, an SCO observer then, outlined.
	await expect
		.poll(
			() =>
				next
					.locator('path[data-iso="CHN"]')
					.first()
					.evaluate((el) => getComputedStyle(el).fill),
			{ timeout: 15_000 }
		)
		.toBe('rgb(136, 204, 238)');
	await expect(next.locator('path[data-linked="BLR"]')).toHaveCount(1);
});
