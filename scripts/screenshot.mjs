// Takes a screenshot of the built site in headless Chromium: node scripts/screenshot.mjs "?year=2010&country=UZB" out.png [width] [height]
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';

const [query = '', out = 'screenshot.png', w = '1600', h = '900'] = process.argv.slice(2);
const server = await startServer({ port: 4179 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(`http://127.0.0.1:4179/${query}`);
await page.waitForSelector('[data-map-ready="true"]', { timeout: 20000 }).catch(() => console.log('map not ready'));
await page.waitForTimeout(1500);
await page.screenshot({ path: out });
await browser.close();
server.close();
console.log('wrote', out);
