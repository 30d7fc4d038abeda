import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { waitForMap, waitForHydration } from './helpers';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe on the whole page and fails on any serious or critical violation, listing each one. */
async function expectAccessible(page: Page, state: string) {
	const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	const report = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join('; ')}`).join('\n')}`);
	expect(report, `axe violations in ${state}:\n${report.join('\n')}`).toEqual([]);
}

test.describe('axe: no serious or critical WCAG 2.1 AA violations', () => {
	test('default view', async ({ page }) => {
		await page.goto('./');
		await waitForMap(page);
		await expectAccessible(page, 'the default view');
	});
	test('table view', async ({ page }) => {
		await page.goto('./');
		await waitForMap(page);
		await page.getByRole('tab', { name: 'Table' }).click();
		await expect(page.getByTestId('country-table')).toBeVisible();
		await expectAccessible(page, 'the table view');
	});
	test('country details', async ({ page }) => {
		await page.goto('./?country=UZB');
		await waitForMap(page);
		await expect(page.getByTestId('country-panel')).toBeVisible();
		await expectAccessible(page, 'the country details');
	});
	test('presenter mode', async ({ page }) => {
		await page.goto('./');
		await waitForMap(page);
		await page.getByRole('button', { name: 'Present' }).click();
		await expect(page.getByTestId('app')).toHaveClass(/presenting/);
		await expectAccessible(page, 'presenter mode');
	});
	test('guided tour', async ({ page }) => {
		await page.goto('./');
		await waitForMap(page);
		await page.getByRole('button', { name: 'Tour' }).click();
		await expect(page.getByTestId('tour-panel')).toBeVisible();
		await expectAccessible(page, 'the guided tour');
	});
	test('quiz', async ({ page }) => {
		await page.goto('./');
		await waitForMap(page);
		await page.getByRole('button', { name: 'Quiz' }).click();
		await expect(page.getByTestId('quiz-panel')).toBeVisible();
		await expectAccessible(page, 'the quiz');
		await page.getByRole('button', { name: 'Check answers' }).click();
		await expect(page.getByTestId('quiz-score')).toBeVisible();
		await expectAccessible(page, 'the quiz answers');
	});
	test('compare years', async ({ page }) => {
		await page.goto('./');
		await waitForHydration(page);
		await page.getByRole('tab', { name: 'Compare years' }).click();
		await expect(page.getByTestId('compare').locator('svg').first()).toBeVisible();
		await expectAccessible(page, 'compare years');
	});
});
