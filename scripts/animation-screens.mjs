// Screenshots of the Export animation dialog and its progress (build first):
// node scripts/animation-screens.mjs [outdir] — MAP=detailed for the MapLibre map.
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';

const out = process.argv[2] ?? '.';
const server = await startServer({ port: 4178 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const origin = 'http://127.0.0.1:4178';
const map = process.env.MAP === 'detailed' ? 'detailed' : 'lite';
const context = await browser.newContext({
	viewport: { width: 1400, height: 900 },
	acceptDownloads: true,
	storageState: { cookies: [], origins: [{ origin, localStorage: [{ name: 'csto-atlas:map', value: map }] }] }
});
const page = await context.newPage();
await page.goto(`${origin}/`);
await page.waitForSelector('[data-map-ready]', { timeout: 60000 });
await page.getByTestId('export-animation').click();
await page.screenshot({ path: `${out}/animation-dialog.png` });
const download = page.waitForEvent('download', { timeout: 120000 });
await page.getByLabel('1920 × 1080 (Full HD)').check();
await page.getByTestId('animation-start').click();
await page.getByText(/Year [2-9]\d? of/).waitFor();
await page.screenshot({ path: `${out}/animation-progress.png` });
await download;
await page.getByTestId('animation-message').waitFor();
await page.screenshot({ path: `${out}/animation-done.png` });
await browser.close();
server.close();
console.log(`wrote ${out}/animation-{dialog,progress,done}.png`);
