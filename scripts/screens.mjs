// Screenshots at classroom sizes, normal and presenter mode, both maps; prints each map's share of
// the screen and any control whose centre another element covers.
// Usage: node scripts/screens.mjs [outDir] [query]      (after `npm run build`)
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import { measureStage } from '../tests/browser/stage.mjs';

const [outDir = 'screens', query = '?year=2023'] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const SIZES = [
	[1024, 768],
	[1280, 800],
	[1366, 768],
	[1920, 1080],
	[390, 844]
];
const server = await startServer({ port: 4178 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const origin = 'http://127.0.0.1:4178';
for (const map of ['lite', 'detailed']) {
	for (const [width, height] of SIZES) {
		const context = await browser.newContext({
			viewport: { width, height },
			storageState: { cookies: [], origins: [{ origin, localStorage: [{ name: 'csto-atlas:map', value: map }] }] }
		});
		const page = await context.newPage();
		page.on('pageerror', (e) => console.log('pageerror:', e.message));
		await page.goto(`${origin}/${query}`);
		await page.waitForSelector('[data-map-ready]', { timeout: 60000 }).catch(() => console.log('map not ready'));
		for (const mode of width < 600 ? ['normal'] : ['normal', 'presenter']) {
			if (mode === 'presenter') await page.getByTestId('present').click();
			await page.waitForTimeout(1200);
			const m = await page.evaluate(measureStage);
			const name = `${outDir}/${map}-${width}x${height}-${mode}.png`;
			await page.screenshot({ path: name });
			console.log(`${name}: map ${(m.share * 100).toFixed(0)} %, scroll ${m.scrolls}, covered: ${m.covered.join(', ') || 'none'}`);
		}
		await context.close();
	}
}
await browser.close();
server.close();
