// The whole test suite in one command: type check (svelte-check, no errors and no warnings),
// unit tests (vitest), a production build, then browser tests (Playwright + Debian's Chromium)
// against that build. Ends with one plain summary line.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, rmSync } from 'node:fs';

const OUT = 'test-results';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

function run(cmd, args, env = {}) {
	console.log(`\n$ ${cmd} ${args.join(' ')}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return r.status ?? 1;
}
function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

const totals = { passed: 0, failed: 0, skipped: 0 };
let exit = 0;

// 0. Style and rules: Prettier --check (run `npm run format` to fix), ESLint, then the layers
// (dependency-cruiser, .dependency-cruiser.cjs). Each counts as one test.
for (const [name, cmd, args] of [
	['prettier --check', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
	['eslint', 'npx', ['eslint', '.']],
	['depcruise', 'npx', ['depcruise', 'src', '--config', '.dependency-cruiser.cjs']]
]) {
	if (run(cmd, args) !== 0) {
		console.log(`${name} failed (see above)`);
		totals.failed += 1;
		exit = 1;
	} else totals.passed += 1;
}

// 1. Types: svelte-check over .ts and .svelte files. A warning fails it too, so none pile up.
// It counts as one failed test in the summary, and the run goes on so the other results still show.
const checkStatus =
	run('node', ['scripts/compile-messages.mjs']) ||
	run('npx', ['svelte-kit', 'sync']) ||
	run('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
if (checkStatus !== 0) {
	console.log('svelte-check failed (errors or warnings above)');
	totals.failed += 1;
	exit = 1;
} else totals.passed += 1;

// 2. Unit tests.
const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${OUT}/unit.json`]);
const unit = readJson(`${OUT}/unit.json`);
if (unit) {
	totals.passed += unit.numPassedTests;
	totals.failed += unit.numFailedTests;
	totals.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
if (unitStatus !== 0) exit = 1;
if (unitStatus !== 0 && !unit) totals.failed += 1;

// 3. Browser tests on the built site.
if (run('node', ['scripts/ensure-chromium.mjs']) !== 0 || run('node', ['scripts/build.mjs', '--logLevel', 'warn']) !== 0) {
	totals.failed += 1;
	exit = 1;
} else {
	const status = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${OUT}/browser.json` });
	const browser = readJson(`${OUT}/browser.json`);
	if (browser?.stats) {
		totals.passed += browser.stats.expected + (browser.stats.flaky ?? 0);
		totals.failed += browser.stats.unexpected;
		totals.skipped += browser.stats.skipped;
	} else if (status !== 0) totals.failed += 1;
	if (status !== 0) exit = 1;
}

console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exit || (totals.failed ? 1 : 0));
