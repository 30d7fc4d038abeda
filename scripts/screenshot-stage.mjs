// A presented view (F pressed) of the built site in headless Chromium, for looking at the stage:
// node scripts/screenshot-stage.mjs "?tour=7" out.png 1024 768 lite|detailed [ru/]   (DEBUG=1 prints console lines)
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
const [query, out, w, h, map = 'lite', lang = ''] = process.argv.slice(2);
const server = await startServer({ port: 4177 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const origin = 'http://127.0.0.1:4177';
const context = await browser.newContext({
	viewport: { width: +w, height: +h },
	storageState: { cookies: [], origins: [{ origin, localStorage: [{ name: 'csto-atlas:map', value: map }] }] }
});
const page = await context.newPage();
page.on('pageerror', (e) => console.log('pageerror:', e.message));
if (process.env.DEBUG) page.on('console', (m) => console.log('console:', m.text()));
await page.goto(`${origin}/${lang}${query}`);
await page.waitForSelector('[data-map-ready]', { timeout: 60000 });
await page.waitForTimeout(500);
await page.keyboard.press('f');
await page.waitForTimeout(2500);
await page.screenshot({ path: out });
if (process.env.DEBUG)
	console.log(
		await page.evaluate(() => {
			const el = document.querySelector('[data-testid="map"]');
			return JSON.stringify([el.cstoProject([43.5, 42.2]), el.getBoundingClientRect()]);
		})
	);
await browser.close();
server.close();
