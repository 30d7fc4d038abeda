// Temporary: screenshots of the labels at classroom sizes (port 4201).
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
const [outDir, maps = 'lite,detailed', sizes = '1366x768', langs = ',ru/', years = '1994,2008,2026'] = process.argv.slice(2);
const server = await startServer({ port: 4201 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const origin = 'http://127.0.0.1:4201';
for (const map of maps.split(','))
	for (const size of sizes.split(',')) {
		const [w, h] = size.split('x').map(Number);
		const context = await browser.newContext({
			viewport: { width: w, height: h },
			reducedMotion: 'reduce',
			storageState: { cookies: [], origins: [{ origin, localStorage: [{ name: 'csto-atlas:map', value: map }] }] }
		});
		const page = await context.newPage();
		page.on('console', (m) => m.text().startsWith('place') && console.log(m.text()));
		page.on('pageerror', (e) => console.log('pageerror:', e.message));
		for (const lang of langs.split(','))
			for (const year of years.split(',')) {
				await page.goto(`${origin}/${lang}?year=${year}`);
				await page.waitForSelector('[data-map-ready]', { timeout: 30000 }).catch(() => console.log('map not ready'));
				await page.waitForTimeout(map === 'detailed' ? 2500 : 800);
				const labels = await page.evaluate(() => document.querySelector('[data-testid=map]')?.cstoLabels?.().map((l) => l.iso3 + (l.leader ? '*' : '') + ':' + l.text).join(' '));
				const out = `${outDir}/${map}-${w}x${h}-${lang ? 'ru' : 'en'}-${year}.png`;
				await page.screenshot({ path: out });
				console.log(out, labels);
			}
		await context.close();
	}
await browser.close();
server.close();
