import { test, expect, type Page } from '@playwright/test';
import { mapSettled, waitForLiteMap, liteFill } from './helpers';

// What a student meets (issue 23): the quiz's year, search that answers, compare's years, the
// table's order, and the pin chooser. On the lite map (no stored choice of map), without motion.
test.use({ storageState: { cookies: [], origins: [] }, reducedMotion: 'reduce' });

const QUIZ_RGB = { right: [0, 114, 178], missed: [240, 228, 66], wrong: [213, 94, 0] };
/** The quiz's asked year, from its heading. */
async function askedYear(page: Page) {
	const heading = page.getByTestId('quiz-panel').getByRole('heading').first();
	await expect(heading).toHaveText(/\d{4}/);
	return (await heading.textContent())!.match(/\d{4}/)![0];
}

/** Every checkbox sits on the line of its own name: one column, no name wrapped under another box. */
async function expectNamesBesideBoxes(page: Page) {
	const misplaced = await page
		.getByTestId('quiz-panel')
		.locator('li')
		.evaluateAll((items) =>
			items.flatMap((li) => {
				const box = li.querySelector('input')!.getBoundingClientRect();
				const name = li.querySelector('.name')!.getBoundingClientRect();
				const centre = box.top + box.height / 2;
				const beside = name.left >= box.right && name.left - box.right < 16 && centre > name.top && centre < name.bottom;
				return beside ? [] : [li.textContent!.trim()];
			})
		);
	expect(misplaced).toEqual([]);
	const lefts = await page
		.getByTestId('quiz-panel')
		.locator('li input')
		.evaluateAll((boxes) => new Set(boxes.map((b) => Math.round(b.getBoundingClientRect().left))).size);
	expect(lefts).toBe(1);
}

/** The no-match message is shown, announced (a status region) and on top at its own centre. */
async function expectNoMatchOnTop(page: Page, text: RegExp) {
	const none = page.getByTestId('search-no-match');
	await expect(none).toHaveText(text);
	await expect(none).toHaveAttribute('role', 'status');
	const onTop = await none.evaluate((el) => {
		const r = el.getBoundingClientRect();
		const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
		return r.width > 50 && r.height > 10 && !!top && el.contains(top);
	});
	expect(onTop).toBe(true);
}

async function search(page: Page, query: string) {
	const box = page.getByTestId('search');
	await box.fill(query);
	return page.getByRole('listbox');
}

test('quiz, search, table, compare and the pin chooser in English', async ({ page }) => {
	await page.goto('./');
	await waitForLiteMap(page);
	const display = page.getByTestId('year-display');

	// Quiz: the dock shows the question's year at every point of a round.
	await page.getByRole('button', { name: 'Quiz', exact: true }).click();
	const quiz = page.getByTestId('quiz-panel');
	const year = await askedYear(page);
	await expect(display).toHaveText(year);
	await expectNamesBesideBoxes(page);
	await quiz.locator('li[data-iso="RUS"] input').check();
	await quiz.locator('li[data-iso="UKR"] input').check();
	await expect(display).toHaveText(year);
	await quiz.getByRole('button', { name: 'Check answers' }).click();
	await expect(page.getByTestId('quiz-score')).toBeVisible();
	await expect(display).toHaveText(year);
	// Marked in the list, in words, and on the map, in colour: Kazakhstan was a member in every quiz year.
	await expect(quiz.locator('li[data-iso="KAZ"]')).toContainText('missed');
	await expect(quiz.locator('li[data-iso="UKR"]')).toContainText('not a member');
	expect(await liteFill(page, 'RUS')).toEqual(QUIZ_RGB.right);
	expect(await liteFill(page, 'KAZ')).toEqual(QUIZ_RGB.missed);
	expect(await liteFill(page, 'UKR')).toEqual(QUIZ_RGB.wrong);
	await expect(page.locator('.legend li[data-status="quiz-missed"]')).toContainText('Missed');
	await quiz.getByRole('button', { name: 'New question' }).click();
	const next = await askedYear(page);
	expect(next).not.toBe(year);
	await expect(display).toHaveText(next);
	await quiz.getByRole('button', { name: 'End quiz' }).click();
	await expect(display).toHaveText('2026');

	// Search: typos, the other language's names, and a visible, announced "no match".
	await expect((await search(page, 'Armenai')).getByRole('option').first()).toContainText('Armenia');
	await expect((await search(page, 'Гюмри')).getByRole('option').first()).toContainText('Gyumri');
	await search(page, 'Qwxzzy');
	await expectNoMatchOnTop(page, /No match for “Qwxzzy”/);
	await page.getByTestId('search').fill('');

	// Table: members first; every column sorts, by click or by keyboard.
	await page.getByRole('tab', { name: 'Table' }).click();
	const table = page.getByTestId('country-table');
	// The table's code loads on first use: wait for its rows before reading them.
	await expect(table.locator('tbody tr').first()).toBeVisible();
	const statuses = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
	const order = ['member', 'suspended', 'former', 'observer', 'never'];
	expect(statuses.map((s) => order.indexOf(s!))).toEqual([...statuses.map((s) => order.indexOf(s!))].sort((a, b) => a - b));
	expect(statuses[0]).toBe('member');
	const stateHeader = table.getByRole('columnheader', { name: /State/ });
	await stateHeader.getByRole('button').click();
	await expect(stateHeader).toHaveAttribute('aria-sort', 'ascending');
	await expect(table.locator('tbody tr').first()).toHaveAttribute('data-iso', 'AFG');
	await stateHeader.getByRole('button').press('Enter');
	await expect(stateHeader).toHaveAttribute('aria-sort', 'descending');
	await expect(table.getByRole('columnheader', { name: /Status/ })).not.toHaveAttribute('aria-sort');
	await expect(table.locator('tbody tr').first()).not.toHaveAttribute('data-iso', 'AFG');

	// Compare opens on the year before the latest change (Armenia, 2024) and the dock's year, and the dock says so.
	await page.getByRole('tab', { name: 'Compare years' }).click();
	await expect(page.getByTestId('compare-a')).toHaveValue('2023');
	await expect(page.getByTestId('compare-b')).toHaveValue('2026');
	await expect(page.getByTestId('compare-changes')).toContainText('Armenia');
	await expect(display).toHaveText('2026');
	await expect(page.getByTestId('compare-dock-note')).toHaveText("Comparing 2023 (left) with 2026 (right, the slider's year).");

	// The pin chooser closes on Escape and on a year change.
	await page.getByRole('tab', { name: 'Map' }).click();
	// The dock shrinks back and the map redraws at its size before a badge is clicked.
	await expect(page.getByTestId('compare-dock-note')).toHaveCount(0);
	await mapSettled(page);
	const chooser = page.locator('.pin-chooser');
	await openChooser(page);
	await page.keyboard.press('Escape');
	await expect(chooser).toBeHidden();
	await openChooser(page);
	await page.getByTestId('year-slider').focus();
	await page.getByTestId('year-slider').press('ArrowLeft');
	await expect(display).toHaveText('2025');
	await expect(chooser).toBeHidden();
});

/** Clicks a badge of pins that overlap on screen, so the chooser ("N places here") opens. */
async function openChooser(page: Page) {
	// The Caucasus badge: in the middle of the map, clear of the dock and the corners' controls.
	await page.locator('[data-pin-badge~="ru-102nd-base-gyumri"]').click();
	await expect(page.locator('.pin-chooser')).toBeVisible();
}

test('quiz, search and the no-match message in Russian', async ({ page }) => {
	await page.goto('./ru/');
	await waitForLiteMap(page);
	await page.getByRole('button', { name: 'Викторина', exact: true }).click();
	const year = await askedYear(page);
	await expect(page.getByTestId('year-display')).toHaveText(year);
	await expectNamesBesideBoxes(page);
	await expect((await search(page, 'Gyumri')).getByRole('option').first()).toContainText('Гюмри');
	await expect((await search(page, 'Армения')).getByRole('option').first()).toContainText('Армения');
	await search(page, 'Щщщщщ');
	await expectNoMatchOnTop(page, /По запросу «Щщщщщ» ничего не найдено/);
});
