/**
 * "The first visit fetches what this device will draw" (issue 26): the service worker stores the
 * detailed map's files only where that map is used, and under Save-Data nothing beyond the page
 * until the map has been used. Each test is a first visit to a copy of the site of its own, with
 * no stored choice of map (the lite map, on these machines without a GPU).
 */
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serveBuild, waitForServiceWorkerControl } from './site';
import { waitForLiteMap, waitForMap, preferDetailedMap } from './helpers';

test.use({ serviceWorkers: 'allow', storageState: { cookies: [], origins: [] } });

const BUILD = fileURLToPath(new URL('../../build/', import.meta.url));
/** One language's files as its build listed them (precacheGroups.ts), with a leading slash. */
const groups = (locale: string) => {
	const g = JSON.parse(readFileSync(`${BUILD}_app/precache/${locale}.json`, 'utf8')) as Record<'build' | 'pages' | 'detailed', string[]>;
	return { build: g.build.map((f) => '/' + f), pages: g.pages.map((f) => '/' + f), detailed: g.detailed.map((f) => '/' + f) };
};
const EN = groups('en');
const RU = groups('ru');
/** The detailed group of the English pages. */
const DETAILED = EN.detailed;
/** The Russian pages' own files: their JavaScript carries Russian messages only. */
const RUSSIAN_ONLY = RU.build.filter((f) => !EN.build.includes(f));

/** What the atlas's cache holds: each path and its size in bytes. */
async function cached(page: Page): Promise<Map<string, number>> {
	const entries = await page.evaluate(async () => {
		const out: [string, number][] = [];
		for (const name of await caches.keys()) {
			if (!name.startsWith('csto-atlas:')) continue;
			const cache = await caches.open(name);
			for (const req of await cache.keys()) {
				const res = await cache.match(req);
				out.push([new URL(req.url).pathname, res ? (await res.arrayBuffer()).byteLength : 0]);
			}
		}
		return out;
	});
	return new Map(entries);
}

/** The built file behind a path, gzipped: what a host that compresses would send. */
function gzipBytes(path: string): number {
	const file = path.endsWith('/') ? `${path}index.html` : path;
	return gzipSync(readFileSync(BUILD + file.slice(1))).length;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);

function describeCache(label: string, stored: Map<string, number>) {
	const paths = [...stored.keys()];
	const line = `${label}: ${paths.length} files, ${kb(sum(stored.values()))} (gzip ${kb(sum(paths.map(gzipBytes)))})`;
	console.log(line);
	test.info().annotations.push({ type: 'figures', description: line });
}

/** Every response of the context, page's and worker's, with its body size. */
function watchBytes(context: BrowserContext) {
	const seen: { path: string; bytes: number; byWorker: boolean }[] = [];
	context.on('requestfinished', (req) => {
		void req
			.sizes()
			.then((s) => seen.push({ path: new URL(req.url()).pathname, bytes: s.responseBodySize, byWorker: !!req.serviceWorker() }));
	});
	return seen;
}

/** The bytes fetched, the page's and the worker's apart (the test server does not compress). */
function report(label: string, bytes: ReturnType<typeof watchBytes>) {
	const of = (byWorker: boolean) => {
		const mine = bytes.filter((b) => b.byWorker === byWorker);
		return `${mine.length} responses, ${kb(sum(mine.map((b) => b.bytes)))}`;
	};
	const line = `${label}: the page fetched ${of(false)}; the worker ${of(true)}`;
	console.log(line);
	test.info().annotations.push({ type: 'figures', description: line });
}

test('the lite map: the cache after install holds no file of the detailed map', async ({ page, context }) => {
	test.setTimeout(90_000);
	expect(DETAILED.some((f) => /\.js$/.test(f))).toBe(true);
	expect(DETAILED.some((f) => /maplibre-gl-worker\.[\w-]+\.mjs$/.test(f))).toBe(true);
	expect(DETAILED.some((f) => /50m\.[\w-]+\.json$/.test(f))).toBe(true);
	const site = await serveBuild('/');
	try {
		const bytes = watchBytes(context);
		await page.goto(site.url + '?year=2012');
		await waitForLiteMap(page);
		await waitForServiceWorkerControl(page, site.url);
		const stored = await cached(page);
		describeCache('lite map, after install', stored);
		expect(DETAILED.filter((f) => stored.has(f))).toEqual([]);
		// What the lite map needs offline is there: the page's language's pages and the 1:110m shapes.
		expect(EN.pages.filter((p) => !stored.has(p))).toEqual([]);
		expect([...stored.keys()].some((p) => /110m\.[\w-]+\.json$/.test(p))).toBe(true);
		// Nothing of the other language: neither its pages nor its code.
		expect(RUSSIAN_ONLY.length).toBeGreaterThan(10);
		expect([...RU.pages, ...RUSSIAN_ONLY].filter((p) => stored.has(p))).toEqual([]);
		// Nobody fetched the detailed map's files, the page no more than the worker.
		expect(bytes.filter((b) => DETAILED.includes(b.path))).toEqual([]);
		report('lite map, first visit', bytes);
	} finally {
		await site.stop();
	}
});

test('the detailed map: its files are stored with the rest', async ({ page, context }) => {
	test.setTimeout(90_000);
	await preferDetailedMap(context);
	const site = await serveBuild('/');
	try {
		await page.goto(site.url + '?year=2012');
		await waitForMap(page);
		await waitForServiceWorkerControl(page, site.url);
		const stored = await cached(page);
		describeCache('detailed map, after install', stored);
		expect(DETAILED.filter((f) => !stored.has(f))).toEqual([]);
	} finally {
		await site.stop();
	}
});

test.describe('with Save-Data', () => {
	test.use({ extraHTTPHeaders: { 'Save-Data': 'on' } });
	test('only the page is stored until the map is used; switching to the detailed map stores its files', async ({ page, context }) => {
		test.setTimeout(90_000);
		// What a browser with Save-Data on reports to the page (Playwright sends only the header).
		await context.addInitScript(() =>
			Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true }) })
		);
		const site = await serveBuild('/');
		try {
			const bytes = watchBytes(context);
			await page.goto(site.url + '?year=2012');
			await waitForLiteMap(page);
			await waitForServiceWorkerControl(page, site.url);
			const stored = await cached(page);
			describeCache('Save-Data, before the map is used', stored);
			expect([...stored.keys()]).toEqual(['/']);
			// Besides its own script and its language's list of files, the worker fetched the page and nothing else.
			const fetched = bytes.filter((b) => b.byWorker && !['/service-worker.js', '/_app/precache/en.json'].includes(b.path));
			expect(fetched.map((b) => b.path)).toEqual(['/']);
			report('Save-Data, before the map is used', bytes);

			await page.getByTestId('use-detailed-map').click();
			await waitForMap(page);
			await expect
				.poll(async () => {
					const now = await cached(page);
					return DETAILED.filter((f) => !now.has(f));
				})
				.toEqual([]);
			describeCache('Save-Data, after switching to the detailed map', await cached(page));
		} finally {
			await site.stop();
		}
	});
});

test('a later page in the other language: the worker stores that language too, and it reloads offline', async ({ page, context }) => {
	test.setTimeout(120_000);
	const site = await serveBuild('/');
	try {
		await page.goto(site.url + '?year=2012');
		await waitForLiteMap(page);
		await waitForServiceWorkerControl(page, site.url);
		expect((await cached(page)).has('/ru/')).toBe(false);

		await page.goto(site.url + 'ru/?year=2012');
		await waitForLiteMap(page);
		await expect
			.poll(async () => {
				const now = await cached(page);
				return [...RU.pages, ...RUSSIAN_ONLY].filter((f) => !now.has(f) && !DETAILED.includes(f) && !RU.detailed.includes(f));
			})
			.toEqual([]);
		describeCache('English, then Russian', await cached(page));

		await site.stop();
		await context.setOffline(true);
		const res = await page.reload();
		expect(res?.fromServiceWorker()).toBe(true);
		await waitForLiteMap(page);
		await expect(page.getByTestId('summary')).toContainText('2012 — ');
	} finally {
		await context.setOffline(false);
		await site.stop();
	}
});
