/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after one visit: a classroom's network may drop mid-lesson. On install the worker
 * stores every built file (JS, CSS, fonts, MapLibre's worker, the topology and data JSON) and the
 * prerendered page; afterwards hashed files come from the cache and pages from the network
 * when it answers, else from the cache.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { cacheName, staleCaches, strategyFor } from '$lib/offline/strategy';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(base, version);
const PRECACHE = [...build, ...files, ...prerendered];
/** A page request waits this long for a slow network before the stored copy is shown. */
const NETWORK_TIMEOUT_MS = 4000;

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of staleCaches(await caches.keys(), base, version)) await caches.delete(key);
			// Take over the page that installed us, so its later lazy loads work offline too.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const strategy = strategyFor(event.request, sw.location.origin, base);
	if (strategy === 'cache-first') event.respondWith(cacheFirst(event.request));
	else if (strategy === 'network-first') event.respondWith(networkFirst(event.request));
});

async function cacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	// A hashed name is the whole identity: a query (MapLibre may add ?v=) does not change the file.
	const hit = await cache.match(request, { ignoreSearch: true });
	if (hit) return hit;
	const res = await fetch(request);
	if (res.ok && res.type === 'basic') await cache.put(request, res.clone());
	return res;
}

async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	// The query (?year=2010&country=UZB) only configures the client: pages are stored without it,
	// so one copy serves every view and the cache does not grow with each link a class opens.
	const key = request.mode === 'navigate' ? withoutQuery(request.url) : request;
	const stored = () => cache.match(key);
	const network = fetch(request).then(async (res) => {
		// A redirected response cannot answer a later navigation: keep only direct answers.
		if (res.ok && res.type === 'basic' && !res.redirected) await cache.put(key, res.clone());
		return res;
	});
	let timer: ReturnType<typeof setTimeout> | undefined;
	const slow = new Promise<Response | undefined>((resolve) => {
		timer = setTimeout(() => stored().then(resolve), NETWORK_TIMEOUT_MS);
	});
	try {
		// A hanging network must not leave the class in front of a blank page.
		const res = await Promise.race([network, slow]);
		if (res) return res;
		return await network;
	} catch {
		const hit = await stored();
		if (hit) return hit;
		throw new Error(`offline and not stored: ${request.url}`);
	} finally {
		clearTimeout(timer);
	}
}

function withoutQuery(url: string): string {
	const u = new URL(url);
	u.search = '';
	u.hash = '';
	return u.href;
}
