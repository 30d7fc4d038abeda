// npm run bench:steps [-- --no-build] [-- --rounds 5] [-- --steps 120] [-- --page ru/]: the year
// step against the SVG peer, in rounds that alternate the two in one run (bench/stepRounds.mjs).
// Prints each round and the medians of the rounds' p50 and p95.
import { execSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { buildPeers, PEERS_PORT } from './peers.mjs';
import { alternatedRounds } from './stepRounds.mjs';

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

const result = await alternatedRounds(browser, {
	appUrl: `http://127.0.0.1:${APP_PORT}/${PAGE}`,
	rounds: ROUNDS,
	steps: STEPS,
	log: console.log
});
console.log(
	`medians of ${ROUNDS} rounds of ${STEPS} steps: ours ${result.ours.p50} / ${result.ours.p95}, ` +
		`SVG peer ${result.peer.p50} / ${result.peer.p95}`
);
const { ours, peer } = result.pooled;
console.log(`all ${ours.n} steps pooled: ours ${ours.p50} / ${ours.p95}, SVG peer ${peer.p50} / ${peer.p95}`);
await browser.close();
app.close();
peers.close();
