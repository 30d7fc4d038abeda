// Takes a screenshot of the built site in headless Chromium: node scripts/screenshot.mjs "?year=2010&country=UZB" out.png [width] [height]
// It shows the detailed map, as machines with a graphics card get it (MAP=lite for the lite map).
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';

const [query = '', out = 'screenshot.png', w = '1600', h = '900'] = process.argv.slice(2);
const server = await startServer({ port: 4179 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const origin = 'http://127.0.0.1:4179';
const map = process.env.MAP === 'lite' ? 'lite' : 'detailed';
const context = await browser.newContext({
	viewport: { width: Number(w), height: Number(h) },
	storageState: { cookies: [], origins: [{ origin, localStorage: [{ name: 'csto-atlas:map', value: map }] }] }
});
const page = await context.newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(`${origin}/${query}`);
await page.waitForSelector('[data-map-ready]', { timeout: 30000 }).catch(() => console.log('map not ready'));
await page.waitForTimeout(1500);
await page.screenshot({ path: out });
await browser.close();
server.close();
console.log('wrote', out);
