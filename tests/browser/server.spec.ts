/**
 * The server the browser tests run against (scripts/serve.mjs via playwright.config.ts) answers
 * only with files from build/: a folder next to it, whose name starts with "build", stays private.
 */
import { test, expect } from '@playwright/test';
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';

const SECRET_DIR = fileURLToPath(new URL('../../build-secret/', import.meta.url));
const SECRET = 'build-secret: must never be served';

/** GET with the path sent exactly as written: the browser and fetch() would resolve `..` first. */
function getRaw(origin: string, path: string): Promise<{ status: number; body: string }> {
	const { hostname, port } = new URL(origin);
	return new Promise((resolve, reject) => {
		const req = request({ host: hostname, port, path }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

test.describe('the static server', () => {
	let createdSecret = false;
	test.beforeAll(() => {
		// Never delete a folder this test did not make.
		if (existsSync(SECRET_DIR)) throw new Error(`${SECRET_DIR} exists already; move it away first`);
		mkdirSync(SECRET_DIR);
		createdSecret = true;
		writeFileSync(`${SECRET_DIR}x.txt`, SECRET);
	});
	test.afterAll(() => {
		if (createdSecret) rmSync(SECRET_DIR, { recursive: true, force: true });
	});

	for (const path of [
		'/..%2Fbuild-secret%2Fx.txt',
		'/%2e%2e/build-secret/x.txt',
		'/%2e%2e%2fbuild-secret%2fx.txt',
		'/%252e%252e%252fbuild-secret%252fx.txt',
		'/..%5Cbuild-secret%5Cx.txt',
		'/..\\build-secret\\x.txt',
		'/../build-secret/x.txt'
	]) {
		test(`refuses ${path}`, async ({ baseURL }) => {
			const res = await getRaw(baseURL!, path);
			expect(res.body).not.toContain(SECRET);
			expect(res.status).toBeGreaterThanOrEqual(400);
			expect(res.status).toBeLessThan(500);
		});
	}

	test('still serves the site itself', async ({ baseURL }) => {
		const res = await getRaw(baseURL!, '/');
		expect(res.status).toBe(200);
		expect(res.body).toContain('<!doctype html>');
	});
});
