// axe on the tools added around the map: the lesson panel, and the animation, handout and embed
// dialogs, each open, on the lite map (what a machine without a GPU shows).
import { test, expect } from '@playwright/test';
import { expectAccessible } from './axe';
import { share } from './helpers';

test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('csto-atlas:map', 'lite'));
	await page.goto('./?year=2010');
	await expect(page.locator('[data-map-ready="svg"]')).toHaveCount(1, { timeout: 30_000 });
});

test('axe: the lesson panel', async ({ page }) => {
	await page.getByRole('button', { name: 'My lesson' }).click();
	await expect(page.getByTestId('lesson-panel')).toBeVisible();
	await expectAccessible(page, 'the lesson panel');
});

for (const [button, testid] of [
	['Export animation', 'animation-dialog'],
	['Handout', 'handout'],
	['Embed', 'embed-dialog']
] as const) {
	test(`axe: the ${button} dialog`, async ({ page }) => {
		await share(page, button);
		await expect(page.getByTestId(testid)).toBeVisible();
		await expectAccessible(page, `the ${button} dialog`);
	});
}

test('axe: the embed page', async ({ page }) => {
	await page.goto('./embed/?year=2010');
	await expect(page.locator('[data-map-ready]')).toHaveCount(1, { timeout: 30_000 });
	await expectAccessible(page, 'the embed page');
});
