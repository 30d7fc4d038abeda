// Screenshots of "My lesson" at 1280×800 on the lite map: the panel, the step editor, and a played
// lesson in presenter mode. node scripts/lesson-screens.mjs [outDir] (after npm run build).
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';

const out = process.argv[2] ?? '.';
const port = 4196;
const server = await startServer({ port });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
const page = await context.newPage();
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(`http://127.0.0.1:${port}/?year=1995&country=ARM`);
await page.waitForSelector('[data-map-ready]', { timeout: 30000 });
await page.getByRole('button', { name: 'My lesson' }).click();
const panel = page.getByTestId('lesson-panel');
await panel.getByTestId('lesson-title').fill('Armenia and the CSTO');
await panel.getByTestId('add-step').click();
await panel
	.getByTestId('step-text')
	.fill('Armenia signed the treaty in Tashkent in 1992.\nWhy would a small state want allies?\n\nDiscuss in pairs.');
await panel.getByRole('combobox', { name: 'Highlight a state' }).selectOption('AZE');
await panel.getByRole('combobox', { name: 'Highlight a state' }).selectOption('RUS');
await panel.getByTestId('add-step').click();
await panel.getByTestId('step-title').fill('Neighbours and allies');
await panel.getByTestId('add-step').click();
await page.waitForTimeout(500);
await page.screenshot({ path: `${out}/lesson-panel.png` });
await panel.locator('[data-step-button="0"]').click();
await panel.getByTestId('step-editor').scrollIntoViewIfNeeded();
await page.waitForTimeout(300);
await page.screenshot({ path: `${out}/lesson-editor.png` });
await panel.getByRole('button', { name: 'Preview' }).click();
await page.getByRole('button', { name: 'Present' }).click();
await page.waitForTimeout(1200);
await page.screenshot({ path: `${out}/lesson-presenting.png` });
await browser.close();
server.close();
console.log('wrote', out);
