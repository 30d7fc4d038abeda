// npm run bench:steps [-- --no-build] [-- --rounds 5] [-- --steps 120] [-- --page ru/]: the year
// step against the SVG peer, in rounds that alternate the two in one run, so both see the same
// machine (this VM's speed drifts by more than the difference measured). Each round opens the
// lite map afresh and steps it in-page (the same protocol as the peer's, pageMeasures.mjs), then
// the peer. Prints each round and the medians of the rounds' p50 and p95.
import { execSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { ourStepsInPage } from './pageMeasures.mjs';
import { buildPeers, peerSteps, PEERS_PORT, VIEWPORT } from './peers.mjs';
import { stats } from './stats.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const arg = (name, fallback) => {
	const at = process.argv.indexOf(name);
	return at > 0 ? process.argv[at + 1] : fallback;
};
const ROUNDS = Number(arg('--rounds', 5));
const STEPS = Number(arg('--steps', 120));
const PAGE = arg('--page', '');
const APP_PORT = 4190;

if (!process.argv.includes('--no-build')) execSync('node scripts/build.mjs --logLevel warn', { cwd: ROOT, stdio: 'inherit' });
await buildPeers(join(ROOT, 'bench-results'));
const app = await startServer({ port: APP_PORT, dir: join(ROOT, 'build') });
const peers = await startServer({ port: PEERS_PORT, dir: join(ROOT, 'bench-results/peers') });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

const rounds = [];
for (let r = 0; r < ROUNDS; r++) {
	// A fresh context with nothing stored: the map this machine gets (the lite map without a GPU).
	const ctx = await browser.newContext({ viewport: VIEWPORT });
	const page = await ctx.newPage();
	await page.goto(`http://127.0.0.1:${APP_PORT}/${PAGE}`);
	await page.waitForSelector('[data-map-ready]', { timeout: 30000 });
	// At rest: the service worker installed, as in bench/run.mjs.
	await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((done) => setTimeout(done, 15000))]));
	await page.waitForTimeout(1000);
	const ours = await ourStepsInPage(page, STEPS);
	await ctx.close();
	const peer = await peerSteps(browser, 'svg', STEPS);
	rounds.push({ ours, peer });
	console.log(
		`round ${r + 1}: ours p50/p95 ${ours.p50} / ${ours.p95} (max ${ours.max}); SVG peer ${peer.p50} / ${peer.p95} (max ${peer.max})`
	);
}
const median = (pick) => stats(rounds.map(pick)).p50;
console.log(
	`medians of ${ROUNDS} rounds of ${STEPS} steps: ours ${median((r) => r.ours.p50)} / ${median((r) => r.ours.p95)}, ` +
		`SVG peer ${median((r) => r.peer.p50)} / ${median((r) => r.peer.p95)}`
);
await browser.close();
app.close();
peers.close();
