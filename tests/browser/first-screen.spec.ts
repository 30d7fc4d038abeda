// The first screen (issue 23): a header of one row that says what the CSTO is, a tour or lesson
// player that never shifts the header and ends with Finish, and a phone where the map stays on
// screen with the tour or quiz card over it. On the lite map, with reduced motion.
import { test, expect, type Page, type Locator } from '@playwright/test';
import { waitForLiteMap } from './helpers';
import { expectAccessible } from './axe';

test.use({ reducedMotion: 'reduce' });
test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('csto-atlas:map', 'lite'));
});

const box = async (l: Locator) => (await l.boundingBox())!;

/** The header's controls (tabs, search, the tool buttons) share one row, with `spare` px left over. */
async function expectOneRow(page: Page, spare = 40) {
	const controls = page.locator('.masthead [role="tab"], .masthead #search-input, .masthead .toolbar button:visible');
	const boxes = await Promise.all((await controls.all()).map(box));
	expect(boxes.length).toBeGreaterThanOrEqual(9);
	// No label wraps onto a second line.
	expect(Math.max(...boxes.map((b) => b.height))).toBeLessThan(48);
	const mids = boxes.map((b) => b.y + b.height / 2);
	expect(Math.max(...mids) - Math.min(...mids), `control centres: ${mids.join(', ')}`).toBeLessThan(12);
	const tabs = await box(page.getByRole('tablist'));
	const tools = await box(page.locator('.masthead .tools'));
	// Firefox's fonts are wider than Chromium's: at 1366 px at least 40 px are left over.
	console.log(
		`${page.url()} at ${page.viewportSize()!.width} px: ${Math.round(tools.x - (tabs.x + tabs.width))} px spare in the header row`
	);
	expect(tools.x - (tabs.x + tabs.width)).toBeGreaterThanOrEqual(spare);
	expect(tools.x + tools.width).toBeLessThanOrEqual(page.viewportSize()!.width);
}

/** How much of the viewport's height shows the map, above the card laid over it. */
async function mapShare(page: Page, card: Locator) {
	const map = await box(page.getByTestId('map'));
	const over = await box(card);
	const height = page.viewportSize()!.height;
	return (Math.min(map.y + map.height, over.y, height) - Math.max(map.y, 0)) / height;
}

test('desktop: a subtitle, one row of tools that never shifts, a share menu, and a lesson that ends with Finish', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('./');
	await waitForLiteMap(page);
	const subtitle = page.getByTestId('subtitle');
	await expect(subtitle).toHaveText('A military alliance of post-Soviet states, founded on the 1992 Collective Security Treaty');
	expect((await box(subtitle)).height).toBeLessThan(30);
	await expectOneRow(page);
	// The lite-map notice is a badge on the map, not the first sentence of the page.
	const notice = await box(page.getByTestId('map-fallback-notice'));
	expect(notice.y).toBeGreaterThanOrEqual((await box(page.getByTestId('map'))).y);

	// The lite map's ⌂ and ◯ say what they do on hover.
	await page.getByRole('button', { name: 'Whole world' }).hover();
	await expect(page.locator('.lite-controls').getByText('Whole world')).toBeVisible();

	// The Share menu: a menu button, keyboard-driven, Escape gives focus back.
	const shareButton = page.getByRole('button', { name: 'Share', exact: true });
	await shareButton.focus();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('menuitem', { name: 'Export PNG' })).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('menuitem', { name: 'Export animation' })).toBeFocused();
	await expectAccessible(page, 'the share menu open');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('menu')).toBeHidden();
	await expect(shareButton).toBeFocused();

	// The tour: the header keeps its size and place; the title has its spaces around the dash.
	const toolsBefore = await box(page.locator('.masthead .tools'));
	await page.getByRole('button', { name: 'Tour', exact: true }).click();
	await expect(page.getByTestId('tour-kind')).toHaveText('Tour');
	await expect(page.getByTestId('tour-step-title')).toHaveText(/^\d{1,2} \w+ \d{4} — \S/);
	expect(await box(page.locator('.masthead .tools'))).toEqual(toolsBefore);
	await expectOneRow(page);
	// One way out in the panel; the toolbar's Tour stays "Tour", pressed.
	await expect(page.getByRole('button', { name: /End tour/ })).toHaveCount(0);
	await page.getByTestId('tour-panel').getByRole('button', { name: 'Exit tour' }).click();
	await expect(page.getByTestId('tour-panel')).toHaveCount(0);

	// A teacher's lesson plays under its own title, as a lesson; its last step offers Finish.
	await page.getByRole('button', { name: 'My lesson' }).click();
	await page.getByTestId('lesson-title').fill('Borders of 1994');
	await page.getByTestId('add-step').click();
	// Clicking a state while building keeps "Add this view as a step" in view.
	await page.locator('[data-testid="svg-fallback"] path[data-iso="KAZ"]').click();
	await expect(page.getByTestId('add-step')).toBeInViewport({ ratio: 1 });
	await page.getByRole('button', { name: 'Preview' }).click();
	await expect(page.getByTestId('tour-kind')).toHaveText('Lesson: Borders of 1994');
	await expect(page.getByTestId('tour-counter')).toHaveText('Step 1 of 1');
	const panel = page.getByTestId('tour-panel');
	await expect(panel.getByRole('button', { name: 'Next' })).toHaveCount(0);
	await expect(panel.getByRole('button', { name: 'Exit lesson' })).toBeVisible();
	await panel.getByTestId('tour-finish').click();
	await expect(page.getByTestId('tour-finished')).toHaveText('That was the last step.');
	await expect(panel.getByRole('button', { name: 'Replay from the start' })).toBeVisible();
	await panel.getByRole('button', { name: 'Take the quiz' }).click();
	await expect(page.getByTestId('quiz-panel')).toBeVisible();
	await expect(page.getByTestId('tour-panel')).toHaveCount(0);
});

test('Russian: the subtitle, and one row of tools with a tour running, at 1366 and 1024 px', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('./ru/?tour=2');
	await waitForLiteMap(page);
	await expect(page.getByTestId('subtitle')).toHaveText(
		'Военный союз постсоветских государств, основанный на Договоре о коллективной безопасности 1992 года'
	);
	expect((await box(page.getByTestId('subtitle'))).height).toBeLessThan(30);
	await expect(page.getByTestId('tour-kind')).toHaveText('Экскурсия');
	await expectOneRow(page);
	// A 1024×768 projector: the search field gives way, the row still fits.
	await page.setViewportSize({ width: 1024, height: 768 });
	await expectOneRow(page, 8);
});

test('phone: the tools in a menu, and the map on screen with the tour step or the quiz question over it', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('./?tour=2');
	await waitForLiteMap(page);
	const sheet = page.getByTestId('tour-panel');
	await expect(page.getByTestId('tour-text')).toBeInViewport();
	await expect(page.getByTestId('map')).toBeInViewport();
	expect(await mapShare(page, sheet)).toBeGreaterThanOrEqual(0.4);
	// The badge stays a line, not a column of single words.
	expect((await box(page.getByTestId('lite-badge'))).height).toBeLessThan(40);

	// The toolbar is behind the Menu button, named by its word first; choosing a tool closes the menu.
	await expectAccessible(page, 'a phone with the tour');
	await expect(page.getByRole('button', { name: 'Quiz', exact: true })).toBeHidden();
	await page.getByTestId('tools-toggle').click();
	await page.getByRole('button', { name: 'Quiz', exact: true }).click();
	await expect(page.getByTestId('tools-toggle')).toHaveAttribute('aria-expanded', 'false');
	const quiz = page.getByTestId('quiz-panel');
	await expect(quiz.getByRole('heading', { level: 2 })).toBeInViewport();
	await expect(page.getByTestId('map')).toBeInViewport();
	expect(await mapShare(page, quiz)).toBeGreaterThanOrEqual(0.4);
});
