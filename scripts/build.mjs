// npm run build [-- vite options]: the site in build/, one `vite build` per language (issue 26).
// Each run's JavaScript carries its own language's messages only (paraglide.config.js) and
// prerenders its own language's pages only (svelte.config.js); the runs are then merged into one
// build/. Their hashed files sit side by side in _app/immutable (each page loads its own run's);
// any other file two runs both write (the service worker, static files) must be the same.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD = join(ROOT, 'build');
const RUNS = join(ROOT, '.svelte-kit', 'locale-builds');
const { locales } = JSON.parse(readFileSync(join(ROOT, 'project.inlang/settings.json'), 'utf8'));
// One version for all runs: the service worker's cache name, _app/version.json.
const version = Date.now().toString();

rmSync(RUNS, { recursive: true, force: true });
mkdirSync(RUNS, { recursive: true });
for (const locale of locales) {
	const started = Date.now();
	const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', ...process.argv.slice(2)], {
		cwd: ROOT,
		stdio: 'inherit',
		env: { ...process.env, ATLAS_LOCALE: locale, ATLAS_VERSION: version }
	});
	if (r.status !== 0) process.exit(r.status ?? 1);
	renameSync(BUILD, join(RUNS, locale));
	console.log(`build: ${locale} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Copies `from` into `to`; a file already there must have the same bytes. */
function merge(from, to) {
	for (const name of readdirSync(from)) {
		const src = join(from, name);
		const dest = join(to, name);
		if (statSync(src).isDirectory()) {
			mkdirSync(dest, { recursive: true });
			merge(src, dest);
		} else if (!existsSync(dest)) cpSync(src, dest);
		else if (!readFileSync(src).equals(readFileSync(dest)))
			throw new Error(`build: the language builds differ in ${dest.slice(ROOT.length)}`);
	}
}

rmSync(BUILD, { recursive: true, force: true });
mkdirSync(BUILD);
for (const locale of locales) merge(join(RUNS, locale), BUILD);
rmSync(RUNS, { recursive: true, force: true });
console.log(`build: ${locales.join(', ')} merged into build/`);
