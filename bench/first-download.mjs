// npm run bench:first [-- --no-build] [-- --files]: the first download only, quickly, for both
// pages. The same method as bench/run.mjs's first visit: gzip sizes of the built files a first
// visit fetched before the app chose its map (the 'atlas-map-start' mark), split into JS and data,
// plus everything the visit fetched within 10 s of the map drawing (service-worker precache included).
import { execSync } from 'node:child_process';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BUILD = join(ROOT, 'build');
const PORT = Number(process.env.BENCH_PORT ?? 4192);
const listFiles = process.argv.includes('--files');
if (!process.argv.includes('--no-build')) execSync('node scripts/build.mjs --logLevel warn', { cwd: ROOT, stdio: 'inherit' });

const server = await startServer({ port: PORT, dir: BUILD });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const kb = (n) => Math.round(n / 102.4) / 10;
const gzOf = (url) => {
	const p = decodeURIComponent(new URL(url).pathname);
	const f = join(BUILD, p.endsWith('/') ? p + 'index.html' : p);
	return existsSync(f) && statSync(f).isFile() ? { file: p, gz: gzipSync(readFileSync(f)).length } : null;
};

for (const path of ['', 'ru/']) {
	const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
	const page = await ctx.newPage();
	const urls = new Set();
	page.on('request', (r) => urls.add(r.url()));
	await page.goto(`http://127.0.0.1:${PORT}/${path}?year=2012`);
	await page.waitForFunction(() => performance.getEntriesByName('atlas-map-ready').length > 0, null, { timeout: 30000 });
	const before = new Set(
		await page.evaluate(() => {
			const mark = performance.getEntriesByName('atlas-map-start')[0]?.startTime ?? Infinity;
			return performance
				.getEntriesByType('resource')
				.filter((e) => e.startTime < mark)
				.map((e) => e.name);
		})
	);
	await page.waitForTimeout(10000);
	const rows = [...urls].map((u) => ({ u, ...gzOf(u) })).filter((r) => r.gz !== undefined);
	const sum = (f) => kb(rows.filter(f).reduce((s, r) => s + r.gz, 0));
	const isJs = (r) => /\.m?js$/.test(r.file);
	const isData = (r) => /\.json$/.test(r.file);
	console.log(
		`/${path}: JS before map ${sum((r) => isJs(r) && before.has(r.u))} KB, data before map ${sum((r) => isData(r) && before.has(r.u))} KB;` +
			` all fetched ${sum(() => true)} KB in ${urls.size} requests`
	);
	if (listFiles) for (const r of rows.filter((r) => before.has(r.u)).sort((a, b) => b.gz - a.gz)) console.log(`  ${kb(r.gz)}\t${r.file}`);
	await ctx.close();
}
await browser.close();
server.close();
