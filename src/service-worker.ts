/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after one visit: a classroom's network may drop mid-lesson. On install the worker stores
 * what this device draws (offline/precacheGroups.ts) in the open page's language: its pages and the
 * lite map's files, the detailed map's files too where that map is used, and under Save-Data only
 * the open page until the map is used. The page asks for more later (a message) when the reader
 * uses the map or switches to the detailed one, and a page in another language asks for its own
 * (register.ts). Afterwards hashed files come from the cache and pages from the network when it
 * answers, else from the cache.
 */
import { base, files, version } from '$service-worker';
import { cacheName, staleCaches, strategyFor } from '$lib/offline/strategy';
import { groupsFile, languagesOf, parseLevel, precachePaths, type PrecacheGroups, type PrecacheLevel } from '$lib/offline/precacheGroups';
import { baseLocale, locales } from '../project.inlang/settings.json';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(base, version);
/** A page request waits this long for a slow network before the stored copy is shown. */
const NETWORK_TIMEOUT_MS = 4000;
/** The level the page registered us with (register.ts); "shipped" when it said nothing. */
const INSTALL_LEVEL: PrecacheLevel = parseLevel(new URL(sw.location.href).searchParams.get('precache')) ?? 'shipped';

sw.addEventListener('install', (event) => {
	event.waitUntil(precache(INSTALL_LEVEL));
});

sw.addEventListener('message', (event) => {
	const level = parseLevel((event.data as { precache?: unknown } | null)?.precache);
	if (level) event.waitUntil(precache(level));
});

/** Stores what `level` holds and the cache lacks: asking again, or for less, fetches nothing. */
async function precache(level: PrecacheLevel): Promise<void> {
	const cache = await caches.open(CACHE);
	const openPages = (await sw.clients.matchAll({ type: 'window', includeUncontrolled: true })).map((c) => new URL(c.url).pathname);
	const groups = await Promise.all(languagesOf(openPages, base, locales, baseLocale).map(groupsOf));
	const paths = precachePaths(level, files, base, groups, openPages);
	const missing: string[] = [];
	for (const path of paths) if (!(await cache.match(path))) missing.push(path);
	await cache.addAll(missing);
}

/** One language's files (each language's build has its own). Unreadable, the install fails; the next visit tries again. */
async function groupsOf(locale: string): Promise<PrecacheGroups> {
	const res = await fetch(`${base}/${groupsFile(locale)}`, { cache: 'no-cache' });
	if (!res.ok) throw new Error(`precache: ${groupsFile(locale)} answered ${res.status}`);
	return (await res.json()) as PrecacheGroups;
}

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
