// The presenter view at a school laptop's size, beside a class's window on a tour step:
// node scripts/screenshot-presenter.mjs [page] [out.png]   e.g. "ru/?tour=6" docs/presenter-view-ru.png
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';

const [path = '?tour=6', out = 'docs/presenter-view.png'] = process.argv.slice(2);
const server = await startServer({ port: 4182 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
const page = await context.newPage();
await page.goto(`http://127.0.0.1:4182/${path}`);
await page.waitForSelector('[data-map-ready]', { timeout: 30000 });
await page.waitForSelector('[data-testid="tour-counter"]');
await page.keyboard.press('f');
const [view] = await Promise.all([context.waitForEvent('page'), page.locator('body').press('s')]);
await view.setViewportSize({ width: 1366, height: 768 });
await view.waitForSelector('[data-testid="pv-next"] [data-testid="small-map"] svg', { timeout: 30000 });
await view.waitForTimeout(1200);
await view.screenshot({ path: out });
await browser.close();
server.close();
console.log('wrote', out);
