// A tiny static server for the built site (tests, benchmark, screenshots). Loopback only.
// Usage: node scripts/serve.mjs [port] [basePath]   e.g. node scripts/serve.mjs 4173 /csto/
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json'
};

export function startServer({ port = 4173, base = '/', dir = fileURLToPath(new URL('../build', import.meta.url)) } = {}) {
	const prefix = base.endsWith('/') ? base : base + '/';
	// Node refuses request lines over 16 KB; a hostile 20 000-character link must reach the app,
	// which is what the tests check (static hosts differ: nginx stops at 8 KB, a CDN at 16–32 KB).
	const server = createServer({ maxHeaderSize: 64 * 1024 }, async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (!url.pathname.startsWith(prefix)) {
			res.writeHead(404).end('not found');
			return;
		}
		let rel = decodeURIComponent(url.pathname.slice(prefix.length));
		let file = normalize(join(dir, rel));
		if (!file.startsWith(dir)) {
			res.writeHead(403).end();
			return;
		}
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
		} catch {
			if (!extname(file)) file += '.html';
		}
		try {
			const body = await readFile(file);
			res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
			res.end(body);
		} catch {
			res.writeHead(404).end('not found');
		}
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const port = Number(process.argv[2] ?? 4173);
	const base = process.argv[3] ?? '/';
	await startServer({ port, base });
	console.log(`Serving build/ at http://127.0.0.1:${port}${base}`);
}
