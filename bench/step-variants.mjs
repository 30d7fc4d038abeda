// npm run bench:variants [-- --rounds 3] [-- no_labels map_layer …]: what a part of the page costs the
// year step. Each variant opens the built site's lite map afresh, applies one change (a style that
// hides a part; a script run in the page, such as busy work or garbage on every key press; steps
// taken first to warm it; or a function of the page, such as a resize), and steps it in-page as
// bench:steps does; the p95 of every round is printed per variant, with the page as it is beside
// them (docs/performance.md, "The map painted first, and the year step at the peer", and "The first
// pass through the years"). Run `npm run build` first.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { VIEWPORT } from './peers.mjs';
import { ourStepsInPage } from './pageMeasures.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const WARM = Symbol('warm');
/** A style; 'script:' code run in the page; 'steps:' n steps first; WARM (70 steps); or a function of the page. */
const VARIANTS = {
	as_is: '',
	no_summary: '[data-testid="summary"] { display: none !important }',
	no_dock: '.app .dock { visibility: hidden !important }',
	no_strip: '[data-testid="timeline-strip"] { visibility: hidden !important }',
	no_legend: '.legend { visibility: hidden !important }',
	no_year: '[data-testid="year-display"] { visibility: hidden !important }',
	no_labels: '.svg-map text, .svg-map line, .svg-map circle { display: none !important }',
	no_pins: '.svg-map g[data-place], .pin-badge, .pin-badge-leader { display: none !important }',
	map_layer: '.svg-map { will-change: transform }',
	dock_layer: '.app .dock { will-change: transform }',
	no_preview: '.app .map { background: #eaf1f7 !important }',
	no_slider: '.app .dock input[type="range"] { visibility: hidden !important }',
	small_layers:
		'[data-testid="year-display"], .app .dock input[type="range"], [data-testid="timeline-strip"], .legend { will-change: transform }',
	bare: '.svg-map text, .svg-map line, .svg-map circle, .svg-map g[data-place], .svg-map path[data-place], .pin-badge, .pin-badge-leader, .app .dock, [data-testid="summary"] { display: none !important }',
	no_nss: '.svg-map * { vector-effect: none !important }',
	no_stroke: '.svg-map path { stroke: none !important }',
	no_sidebar: '.app .sidebar { display: none !important }',
	bare_all:
		'.svg-map text, .svg-map line, .svg-map circle, .svg-map g[data-place], .svg-map path[data-place], .pin-badge, .pin-badge-leader, .app .dock, .app .sidebar, .app header { display: none !important }',
	warm: WARM,
	// Another box for a moment: the map is projected again, which starts the remembered names and
	// badges afresh; with warm36_resized, the code and the browser stay warm but those are cold.
	resized: async (page) => {
		await page.setViewportSize({ width: VIEWPORT.width - 1, height: VIEWPORT.height });
		await page.waitForTimeout(1000);
		await page.setViewportSize(VIEWPORT);
		await page.waitForTimeout(1000);
	},
	warm36_resized: async (page) => {
		await ourStepsInPage(page, 36);
		await VARIANTS.resized(page);
	},
	warm10: 'steps:10',
	warm36: 'steps:36',
	garbage:
		'script:addEventListener("keydown", () => { const a = []; for (let i = 0; i < 4000; i++) a.push({ i, s: [i, i] }); window.__g = a.length; }, true)',
	wait5: 'script:new Promise((done) => setTimeout(done, 5000))',
	busy2: 'script:addEventListener("keydown", () => { const t = performance.now(); while (performance.now() - t < 2); }, true)'
};
const at = process.argv.indexOf('--rounds');
const rounds = at > 0 ? Number(process.argv[at + 1]) : 3;
const asked = process.argv.slice(2).filter((a, i, all) => a in VARIANTS && all[i - 1] !== '--rounds');
const chosen = Object.entries(VARIANTS).filter(([name]) => name === 'as_is' || !asked.length || asked.includes(name));

const server = await startServer({ port: 4188, dir: join(ROOT, 'build') });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const p95 = {};
for (let r = 0; r < rounds; r++)
	for (const [name, change] of chosen) {
		const context = await browser.newContext({ viewport: VIEWPORT });
		const page = await context.newPage();
		await page.goto('http://127.0.0.1:4188/');
		await page.waitForSelector('[data-map-ready]', { timeout: 30000 });
		// At rest, as in bench:steps: the service worker installed.
		await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((done) => setTimeout(done, 15000))]));
		await page.waitForTimeout(1000);
		if (change === WARM) await ourStepsInPage(page, 70);
		else if (typeof change === 'function') await change(page);
		else if (change.startsWith('steps:')) await ourStepsInPage(page, Number(change.slice(6)));
		else if (change.startsWith('script:')) await page.evaluate(change.slice(7));
		else if (change) await page.addStyleTag({ content: change });
		(p95[name] ??= []).push((await ourStepsInPage(page, 120)).p95);
		await context.close();
	}
for (const [name, values] of Object.entries(p95)) console.log(`${name.padEnd(12)} in-page step p95 (ms): ${values.join(', ')}`);
await browser.close();
server.close();
