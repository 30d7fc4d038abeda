/**
 * Which caching strategy the service worker uses for a request. Pure, so it is unit-tested
 * without a worker. `base` is the site's path prefix ('' at the root, '/csto' under a sub-path).
 */
export type Strategy = 'cache-first' | 'network-first' | 'passthrough';

export function strategyFor(
	req: { method: string; url: string; headers?: { has(name: string): boolean } },
	origin: string,
	base: string
): Strategy {
	// Only our own GETs: other methods cannot be replayed, range requests would poison the cache.
	if (req.method !== 'GET' || req.headers?.has('range')) return 'passthrough';
	const url = new URL(req.url);
	if (url.origin !== origin) return 'passthrough';
	if (!url.pathname.startsWith(base + '/')) return 'passthrough';
	// Hashed file names never change content: the cache is always right.
	if (url.pathname.startsWith(`${base}/_app/immutable/`)) return 'cache-first';
	// Pages and unhashed files may change with a new deployment: ask the network, keep a copy.
	return 'network-first';
}

/**
 * Cache storage is shared by the whole origin, and a school server may host two copies of the
 * atlas under different paths: the name holds the base so one copy never deletes the other's cache.
 */
const prefix = (base: string) => `csto-atlas:${base || '/'}:`;
export const cacheName = (base: string, version: string) => prefix(base) + version;

/** Caches of this copy of the atlas left by an older deployment. */
export function staleCaches(keys: readonly string[], base: string, version: string): string[] {
	return keys.filter((k) => k.startsWith(prefix(base)) && k !== cacheName(base, version));
}
