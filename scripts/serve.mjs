// A small static server for the built site (tests, benchmark, screenshots). Loopback only.
// Usage: node scripts/serve.mjs [port] [basePath]   e.g. node scripts/serve.mjs 4173 /csto/
// File lookup is sirv's (SvelteKit's own preview server uses it): it keeps every path inside `dir`,
// so `/..%2Fsibling/x` or `/%2e%2e/sibling/x` get a 404, not a neighbouring folder's file.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const BUILD_DIR = fileURLToPath(new URL('../build', import.meta.url));

/** @param {import('node:http').ServerResponse} res */
function notFound(res) {
	res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
}

/**
 * @param {{ port?: number, base?: string, dir?: string }} [options]
 * @returns {Promise<import('node:http').Server>}
 */
export function startServer({ port = 4173, base = '/', dir = BUILD_DIR } = {}) {
	const prefix = base.endsWith('/') ? base : base + '/';
	const serveFile = sirv(dir, {
		// dev: look files up on disk per request (a rebuild is served at once) rather than from a
		// list made at start-up; it also sends `Cache-Control: no-cache` with an ETag, so no long cache.
		dev: true,
		etag: true,
		// Prerendered routes are `about.html` for `/about`; `/` and `/x/` are `index.html`.
		extensions: ['html']
	});
	// Node refuses request lines over 16 KB; a hostile 20 000-character link must reach the app,
	// which is what the tests check (static hosts differ: nginx stops at 8 KB, a CDN at 16–32 KB).
	const server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
		const url = req.url ?? '/';
		// Only paths under the base exist; sirv sees them as if the site were at the root.
		if (!url.startsWith(prefix)) return notFound(res);
		req.url = url.slice(prefix.length - 1);
		serveFile(req, res, () => notFound(res));
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const port = Number(process.argv[2] ?? 4173);
	const base = process.argv[3] ?? '/';
	await startServer({ port, base });
	console.log(`Serving build/ at http://127.0.0.1:${port}${base}`);
}
