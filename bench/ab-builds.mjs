// node bench/ab-builds.mjs ROUNDS DIR [DIR…] [--inject N:FILE]: A/B of builds on the year step,
// each round stepping every build in-page on a fresh page and then the SVG peer, so all see the
// same machine (bench/stepRounds.mjs explains why). `--inject 1:bench/canvas-prototype.js` runs
// that script in the second build's page before it steps (a prototype measured without building
// it). Build a variant with `ATLAS_LOCALE=en node node_modules/vite/bin/vite.js build` and copy
// build/ aside first; the peers come from an earlier `npm run bench` (bench-results/peers).
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { peerSteps, VIEWPORT, PEERS_PORT } from './peers.mjs';
import { ourStepsInPage } from './pageMeasures.mjs';
import { stats } from './stats.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const injectAt = args.indexOf('--inject');
const [injectInto, injectFile] = injectAt >= 0 ? args.splice(injectAt, 2)[1].split(':') : [];
const [rounds, ...dirs] = args;
const servers = await Promise.all(dirs.map((d, i) => startServer({ port: 4200 + i, dir: resolve(ROOT, d) })));
const peers = await startServer({ port: PEERS_PORT, dir: join(ROOT, 'bench-results/peers') });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const names = [...dirs.map((d, i) => `${i}:${d}${String(i) === injectInto ? '+' + injectFile : ''}`), 'SVG peer'];
const done = names.map(() => []);
for (let r = 0; r < Number(rounds); r++) {
	for (const i of dirs.keys()) {
		// bypassCSP: the injected script is inline, which the site's CSP would refuse.
		const ctx = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
		const page = await ctx.newPage();
		await page.goto(`http://127.0.0.1:${4200 + i}/`);
		await page.waitForSelector('[data-map-ready]', { timeout: 30000 });
		await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((ok) => setTimeout(ok, 15000))]));
		await page.waitForTimeout(1000);
		if (String(i) === injectInto) {
			await page.addScriptTag({ path: resolve(ROOT, injectFile) });
			await page.waitForTimeout(500);
		}
		done[i].push(await ourStepsInPage(page, 120));
		await ctx.close();
	}
	done[dirs.length].push(await peerSteps(browser, 'svg', 120));
	console.log(`round ${r + 1}: ${names.map((n, i) => `${n} ${done[i][r].p50} / ${done[i][r].p95}`).join('; ')}`);
}
for (const [i, n] of names.entries()) {
	const median = (k) => stats(done[i].map((s) => s[k])).p50;
	const pooled = stats(done[i].flatMap((s) => s.durations));
	console.log(`${n}: medians p50 / p95 ${median('p50')} / ${median('p95')}; pooled ${pooled.p50} / ${pooled.p95}`);
}
await browser.close();
for (const s of servers) s.close();
peers.close();
