/**
 * scripts/serve.mjs on a throwaway site: files inside the served folder only, whatever the
 * encoding of `..`, and the routes the tests and the sub-path host rely on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startServer } from '../../scripts/serve.mjs';

/** GET with the path sent exactly as written (fetch would resolve `..` and `%2e%2e` first). */
function getRaw(port: number, path: string): Promise<{ status: number; type: string; body: string }> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
		});
		req.on('error', reject);
		req.end();
	});
}

const SECRET = 'not for the web';
// A sibling whose name starts with the served folder's: `startsWith(dir)` alone let it through.
const ESCAPES = [
	'/..%2Fsite-secret%2Fx.txt',
	'/%2e%2e/site-secret/x.txt',
	'/%2E%2E%2Fsite-secret%2Fx.txt',
	'/%252e%252e%252fsite-secret%252fx.txt',
	'/..%5Csite-secret%5Cx.txt',
	'/..\\site-secret\\x.txt',
	'/../site-secret/x.txt',
	'/a/../../site-secret/x.txt'
];

let root: string;
const servers: Server[] = [];
async function serve(base: string) {
	const server = (await startServer({ port: 0, base, dir: join(root, 'site') })) as Server;
	servers.push(server);
	return (server.address() as AddressInfo).port;
}

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'serve-test-'));
	mkdirSync(join(root, 'site'));
	mkdirSync(join(root, 'site-secret'));
	writeFileSync(join(root, 'site', 'index.html'), '<!doctype html><title>home</title>');
	writeFileSync(join(root, 'site', 'about.html'), '<!doctype html><title>about</title>');
	writeFileSync(join(root, 'site', 'service-worker.js'), 'self.addEventListener("fetch", () => {});');
	writeFileSync(join(root, 'site-secret', 'x.txt'), SECRET);
});
afterAll(async () => {
	await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
	rmSync(root, { recursive: true, force: true });
});

describe('scripts/serve.mjs', () => {
	it('never serves a file outside its folder', async () => {
		const port = await serve('/');
		for (const path of ESCAPES) {
			const res = await getRaw(port, path);
			expect(res.status, path).toBeGreaterThanOrEqual(400);
			expect(res.status, path).toBeLessThan(500);
			expect(res.body, path).not.toContain(SECRET);
		}
	});

	it('serves the site: index, .html fallback, JavaScript type, no long cache, long URLs', async () => {
		const port = await serve('/');
		const home = await getRaw(port, '/');
		expect(home).toMatchObject({ status: 200, body: expect.stringContaining('home') });
		expect(home.type).toMatch(/^text\/html/);
		expect((await getRaw(port, '/about')).body).toContain('about');
		expect((await getRaw(port, '/service-worker.js')).type).toMatch(/^text\/javascript/);
		// A 20 000-character link must reach the app (Node's default limit is 16 KB).
		expect((await getRaw(port, `/?year=${'9'.repeat(20_000)}`)).status).toBe(200);
		const headers = await new Promise<Record<string, unknown>>((resolve) =>
			request({ host: '127.0.0.1', port, path: '/' }, (res) => resolve(res.resume().headers)).end()
		);
		expect(headers['cache-control']).toBe('no-cache');
	});

	it('under a sub-path, serves only below it', async () => {
		const port = await serve('/csto/');
		expect((await getRaw(port, '/csto/')).body).toContain('home');
		expect((await getRaw(port, '/csto/about')).body).toContain('about');
		expect((await getRaw(port, '/')).status).toBe(404);
		expect((await getRaw(port, '/index.html')).status).toBe(404);
		for (const path of ESCAPES) expect((await getRaw(port, '/csto' + path)).body, path).not.toContain(SECRET);
	});
});
