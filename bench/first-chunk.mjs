// node bench/first-chunk.mjs [locale] [--top N]: what the first page's chunk is made of (issue 26).
// Builds that one language with source maps (overwriting build/: run npm run build afterwards), then
// prints the chunk's size, the bytes each source file adds (before gzip), and the top-level
// functions and values that only its exports reach: code the first page never calls, there for the
// lazy parts only, which a module of its own would take out of the first download.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as acorn from 'acorn';
import { walk } from 'estree-walker';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DIR = join(ROOT, 'build/_app/immutable');
const locale = process.argv.slice(2).find((a) => /^[a-z]{2}$/.test(a)) ?? 'en';
const topAt = process.argv.indexOf('--top');
const TOP = topAt > 0 ? Number(process.argv[topAt + 1]) : 30;
execSync(`node node_modules/vite/bin/vite.js build --sourcemap --logLevel error`, {
	cwd: ROOT,
	env: { ...process.env, ATLAS_LOCALE: locale },
	stdio: ['ignore', 'ignore', 'inherit']
});

const jsIn = (sub, prefix = '') =>
	readdirSync(join(DIR, sub))
		.filter((f) => f.startsWith(prefix) && f.endsWith('.js'))
		.map((f) => join(DIR, sub, f));
const pageNode = jsIn('nodes', '2.')[0];
const chunkName = readFileSync(pageNode, 'utf8').match(/chunks\/([\w-]+\.js)/)[1];
const file = join(DIR, 'chunks', chunkName);
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(file + '.map', 'utf8'));
const kb = (n) => (n / 1024).toFixed(1);
console.log(`${locale}: ${chunkName} ${kb(code.length)} KB, ${kb(gzipSync(code).length)} KB gzip`);

// Bytes per source: each mapped segment runs to the next one.
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decode(segment) {
	const out = [];
	let value = 0;
	let shift = 0;
	for (const c of segment) {
		const digit = B64.indexOf(c);
		value += (digit & 31) << shift;
		if (digit & 32) shift += 5;
		else {
			out.push(value & 1 ? -(value >> 1) : value >> 1);
			value = 0;
			shift = 0;
		}
	}
	return out;
}
const bytes = new Map();
const lines = code.split('\n');
let source = 0;
map.mappings.split(';').forEach((line, i) => {
	let col = 0;
	let from = 0;
	let owner = -1;
	const add = (to) => bytes.set(owner, (bytes.get(owner) ?? 0) + to - from);
	for (const seg of line ? line.split(',').map(decode) : []) {
		col += seg[0];
		add(col);
		if (seg.length > 1) source += seg[1];
		owner = seg.length > 1 ? source : -1;
		from = col;
	}
	add((lines[i] ?? '').length);
});
console.log(`\nbytes by source (before gzip; unmapped: the messages, JSON and the bundler's own code)`);
for (const [i, n] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, TOP))
	console.log(`${kb(n).padStart(6)}  ${i < 0 ? '(unmapped)' : map.sources[i].replace(/^(\.\.\/)+/, '')}`);

// Top-level declarations reached only from the chunk's exports that the first page's other files do not import.
const ast = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
const declared = new Map();
const exported = new Map();
const roots = new Set();
const namesIn = (node) => {
	const names = new Set();
	walk(node, {
		enter(n, parent) {
			const key =
				parent && ((parent.type === 'MemberExpression' && parent.property === n) || (parent.type === 'Property' && parent.key === n));
			if (n.type === 'Identifier' && !(key && !parent.computed)) names.add(n.name);
		}
	});
	return names;
};
for (const st of ast.body) {
	if (st.type === 'FunctionDeclaration' || st.type === 'ClassDeclaration') declared.set(st.id.name, st);
	else if (st.type === 'VariableDeclaration')
		for (const d of st.declarations) {
			for (const name of namesIn(d.id)) declared.set(name, d);
			// An initialiser that calls something runs at load: what it names is used.
			if (d.init && /Call|New/.test(d.init.type)) for (const name of namesIn(d)) roots.add(name);
		}
	else if (st.type === 'ExportNamedDeclaration' && !st.declaration)
		for (const s of st.specifiers) exported.set(s.exported.name, s.local.name);
	else if (st.type !== 'ImportDeclaration') for (const name of namesIn(st)) roots.add(name);
}
const firstPageFiles = [...jsIn('entry'), ...['0.', '1.', '2.'].flatMap((p) => jsIn('nodes', p))];
const fromChunk = new RegExp(`(?:import|export)\\{([^}]*)\\}from"[^"]*${chunkName.replace(/[.-]/g, '\\$&')}"`, 'g');
for (const f of firstPageFiles)
	for (const m of readFileSync(f, 'utf8').matchAll(fromChunk))
		for (const spec of m[1].split(',')) {
			const local = exported.get(spec.trim().split(/\s+as\s+/)[0]);
			if (local) roots.add(local);
		}
const reach = (start) => {
	const seen = new Set();
	const todo = [...start];
	while (todo.length) {
		const name = todo.pop();
		const node = declared.get(name);
		if (!node || seen.has(name)) continue;
		seen.add(name);
		for (const next of namesIn(node)) if (!seen.has(next)) todo.push(next);
	}
	return seen;
};
const used = reach(roots);
const lazyOnly = [...new Set([...reach(exported.values())].filter((n) => !used.has(n)).map((n) => declared.get(n)))];
const size = (n) => n.end - n.start;
const total = lazyOnly.reduce((s, n) => s + size(n), 0);
console.log(
	`\nfor the lazy parts only: ${lazyOnly.length} declarations, ${kb(total)} KB before gzip (find them by their text in a sourcemapped build)`
);
for (const n of lazyOnly.sort((a, b) => size(b) - size(a)).slice(0, TOP))
	console.log(`${String(size(n)).padStart(6)}  ${code.slice(n.start, n.start + 100).replace(/\s+/g, ' ')}`);
