// npm run lighthouse [-- --runs 3] [-- --desktop] [-- --tasks] [-- --keep] [-- --page /ru/?year=2012]: a Lighthouse 12 audit of the built site (build/),
// served statically on a free port, on /?year=2012 and /ru/?year=2012. Mobile preset by default
// (simulated slow 4G, 4× CPU). Lighthouse is fetched by npx, not installed: version 13 needs Node 22,
// and the audit is a measurement, not part of the app. Run `npm run build` first.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';
import { chromiumPath } from './chromium.mjs';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const DEFAULT_PAGES = ['/?year=2012', '/ru/?year=2012'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const argAfter = (name) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? process.argv[i + 1] : undefined;
};
const runs = Math.max(1, Number(argAfter('--runs') ?? 1));
const desktop = process.argv.includes('--desktop');
const showTasks = process.argv.includes('--tasks');
// --keep: leave the report and trace of each run in the printed folder, for reading its tasks.
const keep = process.argv.includes('--keep');
const PAGES = argAfter('--page') ? [argAfter('--page')] : DEFAULT_PAGES;

if (!existsSync(fileURLToPath(new URL('../build/index.html', import.meta.url)))) {
	console.error('No build/: run `npm run build` first.');
	process.exit(1);
}

/** Runs the Lighthouse CLI once on `url`; resolves to its JSON report. */
function audit(url, outDir, name) {
	const out = join(outDir, `${name}.json`);
	const args = [
		'-y',
		LIGHTHOUSE,
		url,
		'--quiet',
		'--output=json',
		// The trace too: Lighthouse 12's own LCP-element audit fails on a newer Chromium's trace.
		'--save-assets',
		`--output-path=${out}`,
		`--only-categories=${CATEGORIES.join(',')}`,
		'--chrome-flags=--headless=new --no-sandbox',
		...(desktop ? ['--preset=desktop'] : [])
	];
	return new Promise((resolve, reject) => {
		const child = spawn('npx', args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: chromiumPath() } });
		child.on('error', reject);
		child.on('exit', (code) => {
			if (code !== 0) return reject(new Error(`lighthouse exited ${code}`));
			resolve({
				report: JSON.parse(readFileSync(out, 'utf8')),
				trace: JSON.parse(readFileSync(join(outDir, `${name}-0.trace.json`), 'utf8'))
			});
		});
	});
}

/** The last LCP candidate in the trace: its element and when it painted (observed, not simulated). */
function lcpFromTrace(trace) {
	const events = trace.traceEvents ?? trace;
	const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame);
	const last = events.filter((e) => e.name === 'largestContentfulPaint::Candidate' && e.args?.data?.isOutermostMainFrame).at(-1);
	if (!last) return '(none)';
	const at = start ? `, painted at ${Math.round((last.ts - start.ts) / 1000)} ms unthrottled` : '';
	return `${last.args.data.nodeName} (${last.args.data.type}, ${last.args.data.size} px²${at})`;
}

/** The figures the issue asks for, from one report and its trace. */
function figures({ report, trace }) {
	const a = report.audits;
	const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
	const lcpNode = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
	return {
		perf: score('performance'),
		lcp: `${(a['largest-contentful-paint'].numericValue / 1000).toFixed(1)} s`,
		tbt: `${Math.round(a['total-blocking-time'].numericValue)} ms`,
		cls: a['cumulative-layout-shift'].numericValue.toFixed(3),
		a11y: score('accessibility'),
		bp: score('best-practices'),
		seo: score('seo'),
		longTasks: a['long-tasks']?.details?.items ?? [],
		lcpElement: lcpNode ? `${lcpNode.selector ?? ''} "${(lcpNode.nodeLabel ?? '').slice(0, 60)}"` : lcpFromTrace(trace),
		failed: Object.values(a)
			.filter(
				(x) =>
					x.score !== null &&
					x.score < 1 &&
					['binary', 'numeric'].includes(x.scoreDisplayMode) &&
					!x.id.match(/^(metrics|first|largest|speed|total|cumulative|interactive|max-potential)/)
			)
			.map((x) => x.id)
	};
}

const server = await startServer({ port: 0 });
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const outDir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
console.log(`Lighthouse 12 (${desktop ? 'desktop' : 'mobile'} preset), build/ served at http://127.0.0.1:${port}/, ${runs} run(s) a page`);
try {
	for (const path of PAGES) {
		for (let run = 1; run <= runs; run++) {
			const name = `${path.replace(/\W+/g, '_')}${run}`;
			const f = figures(await audit(`http://127.0.0.1:${port}${path}`, outDir, name));
			console.log(
				`${path} #${run}: performance ${f.perf}, LCP ${f.lcp}, TBT ${f.tbt}, CLS ${f.cls}, accessibility ${f.a11y}, best practices ${f.bp}, SEO ${f.seo}`
			);
			console.log(`  LCP element: ${f.lcpElement}`);
			if (f.failed.length) console.log(`  below full marks: ${f.failed.join(', ')}`);
			if (showTasks)
				for (const t of f.longTasks) console.log(`  long task at ${Math.round(t.startTime)} ms: ${Math.round(t.duration)} ms ${t.url}`);
		}
	}
} finally {
	if (keep) console.log(`reports and traces kept in ${outDir}`);
	else rmSync(outDir, { recursive: true, force: true });
	server.close();
}
