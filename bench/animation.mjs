// Export animation, timed: 1991 → today at 1280×720, 0.8 s a year, on each map, in headless
// Chromium on this machine. Called by bench/run.mjs; alone: `node bench/animation.mjs [--no-build]`
// (builds the site, serves it on 127.0.0.1:4192 and prints the figures).
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolve, join } from 'node:path';

const VIEWPORT = { width: 1400, height: 900 };

/** One export on one map: wall-clock seconds from Start to the download, the file, the longest task. */
async function exportOnce(browser, appUrl, map) {
	const origin = new URL(appUrl).origin;
	const context = await browser.newContext({
		viewport: VIEWPORT,
		acceptDownloads: true,
		serviceWorkers: 'block',
		storageState: { cookies: [], origins: [{ origin, localStorage: [{ name: 'csto-atlas:map', value: map }] }] }
	});
	const page = await context.newPage();
	await page.goto(appUrl);
	await page.waitForSelector(`[data-map-ready="${map === 'lite' ? 'svg' : 'true'}"]`, { timeout: 60_000 });
	await page.evaluate(() => {
		window.__longest = 0;
		new PerformanceObserver((l) => l.getEntries().forEach((e) => (window.__longest = Math.max(window.__longest, e.duration)))).observe({
			type: 'longtask'
		});
	});
	// The video is in the header's Share menu.
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	await page.getByTestId('export-animation').click();
	const download = page.waitForEvent('download', { timeout: 300_000 });
	const t0 = Date.now();
	await page.getByTestId('animation-start').click();
	const file = await download;
	const seconds = (Date.now() - t0) / 1000;
	const bytes = (await import('node:fs')).statSync(await file.path()).size;
	const longestTaskMs = Math.round(await page.evaluate(() => window.__longest));
	const message = await page.getByTestId('animation-message').textContent();
	await context.close();
	return {
		map,
		seconds: Math.round(seconds * 10) / 10,
		file: file.suggestedFilename(),
		sizeKB: Math.round(bytes / 1024),
		longestTaskMs,
		message
	};
}

/** Both maps, one export each (the detailed map is the slow one: every frame is a WebGL render). */
export async function measureAnimation(browser, appUrl) {
	const out = {};
	for (const map of ['lite', 'detailed']) out[map] = await exportOnce(browser, appUrl, map);
	return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
	const { chromium } = await import('playwright-core');
	const { startServer } = await import('../scripts/serve.mjs');
	const { chromiumPath, CHROMIUM_ARGS } = await import('../scripts/chromium.mjs');
	if (!process.argv.includes('--no-build')) execSync('node scripts/build.mjs --logLevel warn', { cwd: ROOT, stdio: 'inherit' });
	const server = await startServer({ port: 4192, dir: join(ROOT, 'build') });
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
	try {
		const r = await measureAnimation(browser, 'http://127.0.0.1:4192/');
		for (const m of Object.values(r))
			console.log(`${m.map} map: ${m.seconds} s → ${m.file}, ${m.sizeKB} KB, longest task ${m.longestTaskMs} ms`);
	} finally {
		await browser.close();
		server.close();
	}
}
