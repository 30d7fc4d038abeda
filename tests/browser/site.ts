/** A copy of the built site of a test's own, and what its requests do (robust.spec, russian.spec). */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { type AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { startServer } from '../../scripts/serve.mjs';

/** A second copy of the built site on a free port, so a test may stop it or serve it under a sub-path. */
export async function serveBuild(base = '/') {
	const server = (await startServer({ port: 0, base })) as Server;
	const { port } = server.address() as AddressInfo;
	let stopped: Promise<void> | null = null;
	return {
		port,
		origin: `http://127.0.0.1:${port}`,
		url: `http://127.0.0.1:${port}${base}`,
		/** Stops answering at once, open connections included, as a dropped network would. */
		stop() {
			stopped ??= new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			});
			return stopped;
		}
	};
}

/**
 * Every request of the context (pages and, in Playwright ≥ 1.47, service workers) whose URL is
 * not under `prefix`. data: and blob: never leave the machine.
 */
export function watchRequests(context: BrowserContext, prefix: string) {
	const seen = { outside: [] as string[], byServiceWorker: 0 };
	context.on('request', (r) => {
		const url = r.url();
		if (r.serviceWorker()) seen.byServiceWorker++;
		if (!url.startsWith(prefix) && !url.startsWith('data:') && !url.startsWith('blob:')) seen.outside.push(url);
	});
	return seen;
}

export async function waitForServiceWorkerControl(page: Page, scope: string) {
	expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(scope);
	// clients.claim() on activate: the page that installed the worker is controlled without a reload.
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/**
 * One visit to `path` on a copy of the site of its own, until its service worker controls the
 * page; then the network goes (server stopped, context offline) and the page reloads. `check`
 * runs on the reloaded page; the network comes back afterwards whatever happens.
 */
export async function afterReloadOffline(
	page: Page,
	context: BrowserContext,
	path: string,
	drawn: (page: Page) => Promise<void>,
	check: (requests: ReturnType<typeof watchRequests>) => Promise<void>
) {
	const site = await serveBuild('/');
	try {
		const requests = watchRequests(context, site.origin + '/');
		await page.goto(site.url + path);
		await drawn(page);
		await waitForServiceWorkerControl(page, site.url);
		// Playwright's setOffline does not reach a service worker's own fetches
		// (microsoft/playwright#2311), so the server is stopped too: nothing can answer.
		await site.stop();
		await context.setOffline(true);
		const res = await page.reload();
		expect(res?.fromServiceWorker()).toBe(true);
		await check(requests);
	} finally {
		await context.setOffline(false);
		await site.stop();
	}
}
