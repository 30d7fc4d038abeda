/**
 * The atlas in Russian at /ru/: every view a class meets reads in Russian (quotes and titles as
 * published aside), the language switch keeps the view, the first visit only offers the other
 * language, and axe, the CSP and offline hold there too.
 */
import { test, expect, type Page } from '@playwright/test';
import { waitForMap, waitForLiteMap, waitForHydration, setYearByKeys, loseContext, refuseMapLibreContext, share } from './helpers';
import { expectAccessible } from './axe';
import { visibleLatin } from './latinText';
import { afterReloadOffline } from './site';

async function latinIn(page: Page, state: string, problems: string[], scope?: string) {
	for (const p of await visibleLatin(page, scope)) problems.push(`${state}: ${p}`);
}

test('the Russian page says so: lang, title and manifest; no relative hreflang links (none without SITE_URL)', async ({ page }) => {
	await page.goto('./ru/');
	await waitForHydration(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
	await expect(page).toHaveTitle(/^Атлас ОДКБ — \d{4}$/);
	// The test build has no SITE_URL: search engines ignore relative alternates, so none are written.
	await expect(page.locator('link[rel=alternate], link[rel=canonical]')).toHaveCount(0);
	await expect(page.locator('link[rel=manifest]')).toHaveAttribute('href', /ru\/manifest\.webmanifest$/);
	await expect(page.getByTestId('summary')).toHaveText(/^2\d{3} — \d+ государств(о|а)?-член(а|ов)?: /);
});

test.describe('nothing left in English', () => {
	// The lite map writes its labels into the page, where they can be read; the detailed one paints them.
	test.use({
		storageState: {
			cookies: [],
			origins: [{ origin: `http://127.0.0.1:${process.env.PORT ?? 4173}`, localStorage: [{ name: 'csto-atlas:map', value: 'lite' }] }]
		}
	});

	test('the check itself finds English, on the English page', async ({ page }) => {
		await page.goto('./?year=2023');
		await waitForLiteMap(page);
		const found = await visibleLatin(page);
		expect(found.length).toBeGreaterThan(20);
		expect(found.join('\n')).toContain('Armenia');
	});

	test('map, table, compare, a state, a place and the shortcuts', async ({ page }) => {
		const problems: string[] = [];
		await page.goto('./ru/?year=2023');
		await waitForLiteMap(page);
		await latinIn(page, 'map', problems);
		await page.getByRole('tab', { name: 'Таблица' }).click();
		await expect(page.getByTestId('country-table')).toBeVisible();
		await latinIn(page, 'table', problems);
		await page.getByRole('tab', { name: 'Сравнить годы' }).click();
		await expect(page.getByTestId('compare')).toBeVisible();
		await latinIn(page, 'compare', problems);

		await page.goto('./ru/?year=2023&country=ARM');
		await waitForLiteMap(page);
		await expect(page.getByTestId('country-panel')).toContainText('Армения');
		await page
			.locator('[data-testid=country-panel] details')
			.evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
		await latinIn(page, 'a state (Armenia)', problems);

		await page.goto('./ru/?year=2023&place=ru-102nd-base-gyumri');
		await waitForLiteMap(page);
		await expect(page.getByTestId('place-panel')).toContainText('Гюмри');
		await page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
		await latinIn(page, 'a place (Gyumri)', problems);

		await page.keyboard.press('?');
		await expect(page.getByTestId('shortcuts')).toBeVisible();
		await latinIn(page, 'shortcuts', problems, '[data-testid=shortcuts]');
		expect(problems).toEqual([]);
	});

	test('the tour, step by step, the quiz and presenter mode', async ({ page }) => {
		const problems: string[] = [];
		await page.goto('./ru/');
		await waitForLiteMap(page);
		await page.getByRole('button', { name: 'Экскурсия' }).click();
		const counter = page.getByTestId('tour-counter');
		await expect(counter).toHaveText(/^Шаг 1 из \d+$/);
		const steps = Number((await counter.textContent())!.match(/из (\d+)/)![1]);
		for (let i = 1; i <= steps; i++) {
			await expect(counter).toHaveText(`Шаг ${i} из ${steps}`);
			await latinIn(page, `tour step ${i}`, problems, '[data-testid=tour-panel]');
			if (i < steps) await page.getByRole('button', { name: 'Далее' }).click();
		}
		await latinIn(page, 'the tour', problems);
		await page.getByRole('button', { name: 'Выйти из экскурсии' }).click();

		await page.getByRole('button', { name: 'Викторина' }).click();
		await expect(page.getByTestId('quiz-panel')).toBeVisible();
		await latinIn(page, 'the quiz', problems);
		await page.getByRole('button', { name: 'Проверить ответы' }).click();
		await expect(page.getByTestId('quiz-score')).toBeVisible();
		await latinIn(page, 'the quiz answered', problems);
		await page.getByRole('button', { name: 'Закончить викторину' }).first().click();

		await page.getByTestId('present').click();
		await expect(page.getByTestId('app')).toHaveClass(/presenting/);
		await latinIn(page, 'presenter mode', problems);
		expect(problems).toEqual([]);
	});

	test('the lesson panel and the export dialogs', async ({ page }) => {
		const problems: string[] = [];
		await page.goto('./ru/');
		await waitForLiteMap(page);
		await page.getByRole('button', { name: 'Мой урок' }).click();
		await expect(page.getByTestId('lesson-panel')).toBeVisible();
		await latinIn(page, 'the lesson panel', problems, '[data-testid=lesson-panel]');
		for (const [button, dialog] of [
			['Анимация: экспорт видео', 'animation-dialog'],
			['Раздатка', 'handout'],
			['Встроить', 'embed-dialog']
		]) {
			await share(page, button, 'Поделиться');
			await expect(page.getByTestId(dialog)).toBeVisible();
			await latinIn(page, dialog, problems, `[data-testid=${dialog}]`);
			await page.keyboard.press('Escape');
			await expect(page.getByTestId(dialog)).toBeHidden();
		}
		expect(problems).toEqual([]);
	});
});

test('the embed names its sources in Russian, titles as published marked English', async ({ page }) => {
	await page.goto('./ru/embed/?year=2012');
	await waitForMap(page);
	const sources = page.getByTestId('embed-sources');
	await expect(sources).toContainText('Источники: 000, 001');
	await expect(sources).toContainText('лента новостей об ОДКБ');
	await expect(sources.locator('[lang=en]').first()).toHaveText('What is the Collective Security Treaty Organization?');
	expect(await visibleLatin(page)).toEqual([]);
});

test.describe('nothing left in English when a map fails', () => {
	test('the lite map that cannot load its shapes says why, in Russian', async ({ page, context }) => {
		await context.addInitScript(() => localStorage.setItem('csto-atlas:map', 'lite'));
		// The 1:110m shapes refused: the lite map's error line is all the map shows.
		await page.route(/\/110m\.[^/]*json$/, (r) => r.abort());
		await page.goto('./ru/?year=2023');
		const error = page.getByTestId('lite-map-error');
		await expect(error).toBeVisible();
		await expect(error).toContainText('«Таблица»');
		await expect(error).toContainText('не удалось загрузить контуры');
		expect(await visibleLatin(page)).toEqual([]);
	});

	test('MapLibre refused a context, and a context lost for good: the notice says why, in Russian', async ({ page }) => {
		test.slow();
		await refuseMapLibreContext(page);
		await page.goto('./ru/?year=2010');
		const notice = page.getByTestId('map-fallback-notice');
		await expect(notice).toContainText('WebGL недоступен');
		expect(await visibleLatin(page)).toEqual([]);

		// A new page with a working detailed map, whose context is then lost and never restored (10 s).
		const other = await page.context().newPage();
		await other.goto('./ru/?year=2010');
		await waitForMap(other);
		await loseContext(other);
		await expect(other.getByTestId('map-fallback-notice')).toContainText('контекст WebGL потерян', { timeout: 25_000 });
		expect(await visibleLatin(other)).toEqual([]);
	});
});

test('the language switch keeps the view, both ways', async ({ page }) => {
	await page.goto('./?country=ARM');
	await waitForMap(page);
	await setYearByKeys(page, 1999);
	await page.getByTestId('language-ru').click();
	await expect(page).toHaveURL(/\/ru\/\?(.*&)?year=1999/);
	expect(new URL(page.url()).searchParams.get('country')).toBe('ARM');
	await waitForHydration(page);
	await expect(page.getByTestId('year-display')).toHaveText('1999');
	await expect(page.getByTestId('country-panel')).toContainText('Армения');

	await page.getByTestId('language-en').click();
	await expect(page).toHaveURL(/\/\?(.*&)?year=1999/);
	expect(new URL(page.url()).pathname).toBe('/');
	await expect(page.getByTestId('country-panel')).toContainText('Armenia');
});

test.describe('a reader whose browser prefers Russian', () => {
	test.use({ locale: 'ru-RU' });
	test('is offered the Russian page, not sent there, and the answer is remembered', async ({ page }) => {
		await page.goto('./?year=2005');
		await waitForHydration(page);
		const offer = page.getByTestId('language-offer');
		await expect(offer).toBeVisible();
		await expect(offer).toHaveAttribute('lang', 'ru');
		expect(new URL(page.url()).pathname).toBe('/');
		await page.reload();
		await expect(offer).toBeVisible();
		await offer.getByRole('link', { name: 'Открыть на русском' }).click();
		await expect(page).toHaveURL(/\/ru\/\?year=2005$/);
		await waitForHydration(page);
		await page.goto('./');
		await waitForHydration(page);
		await expect(page.getByTestId('summary')).toBeVisible();
		await expect(offer).toBeHidden();
	});
});

test('axe finds nothing serious on the Russian page and a state story', async ({ page }) => {
	await page.goto('./ru/?country=KAZ');
	await waitForMap(page);
	await expect(page.getByTestId('country-panel')).toBeVisible();
	await expectAccessible(page, 'the Russian page');
});

test.describe('offline after one visit, in Russian', () => {
	test.use({ serviceWorkers: 'allow' });
	test('with the server gone, a reload of /ru/ is still in Russian', async ({ page, context }) => {
		test.setTimeout(120_000);
		await afterReloadOffline(page, context, 'ru/?year=2010', waitForLiteMap, async (requests) => {
			await waitForHydration(page);
			await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
			await expect(page.getByTestId('summary')).toContainText('2010 — 7 государств-членов');
			expect(requests.outside).toEqual([]);
		});
	});
});
