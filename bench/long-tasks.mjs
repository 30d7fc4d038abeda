// npm run bench:tasks [-- --no-build] [-- --runs 5] [-- --cpu 4] [-- --page /ru/?year=2012]: the main
// thread's long tasks during first visits on a phone-sized window, with the CPU slowed as
// Lighthouse's mobile preset simulates it (4× by default; --cpu 1 for this machine's own speed).
// Lighthouse reads one noisy trace; this reads several visits and reports medians, so a change can
// be compared (issue 26).
//   blocking: Σ (task − 50 ms) for tasks after the first contentful paint (Lighthouse's TBT rule);
//   long tasks: how many tasks of 50 ms or more came after it; longest: the longest of them.
import { execSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PORT = Number(process.env.BENCH_PORT ?? 4194);
const argAfter = (name) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Math.max(1, Number(argAfter('--runs') ?? 5));
const CPU = Math.max(1, Number(argAfter('--cpu') ?? 4));
const PAGES = argAfter('--page') ? [argAfter('--page')] : ['/?year=2012', '/ru/?year=2012'];
if (!process.argv.includes('--no-build')) execSync('npm run build --silent', { cwd: ROOT, stdio: 'inherit' });

const server = await startServer({ port: PORT, dir: join(ROOT, 'build') });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One first visit: every long task until 3 s after the map drew, and the app's marks. */
async function visit(path) {
	const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, deviceScaleFactor: 1.75 });
	const page = await ctx.newPage();
	const cdp = await ctx.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
	await page.addInitScript(() => {
		const tasks = [];
		window.__longTasks = tasks;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(`http://127.0.0.1:${PORT}${path}`);
	await page.waitForFunction(() => performance.getEntriesByName('atlas-map-ready').length > 0, null, { timeout: 60000 });
	await page.waitForTimeout(3000);
	const r = await page.evaluate(() => ({
		tasks: window.__longTasks,
		fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
		ready: performance.getEntriesByName('atlas-map-ready')[0]?.startTime ?? 0
	}));
	await ctx.close();
	const after = r.tasks.filter(([start]) => start >= r.fcp);
	return {
		blocking: after.reduce((s, [, d]) => s + Math.max(0, d - 50), 0),
		count: after.length,
		longest: Math.max(0, ...after.map(([, d]) => d)),
		ready: r.ready
	};
}

console.log(`long tasks, ${RUNS} first visits a page at 412×823, CPU ${CPU}× slower, medians (ms):`);
for (const path of PAGES) {
	const runs = [];
	for (let i = 0; i < RUNS; i++) runs.push(await visit(path));
	const m = (k) => Math.round(median(runs.map((r) => r[k])));
	const all = runs.map((r) => Math.round(r.blocking)).sort((a, b) => a - b);
	console.log(
		`${path}: blocking ${m('blocking')} (runs: ${all.join(' ')}), long tasks ${m('count')}, longest ${m('longest')}, map drawn at ${m('ready')}`
	);
}
await browser.close();
server.close();
