import { describe, expect, it } from 'vitest';
import { strategyFor, cacheName, staleCaches } from '$lib/offline/strategy';

const ORIGIN = 'http://school.example';
const get = (url: string, headers: Record<string, string> = {}) => ({
	method: 'GET',
	url,
	headers: new Headers(headers)
});

describe('service worker strategy', () => {
	it('serves hashed build files from the cache first', () => {
		expect(strategyFor(get(`${ORIGIN}/_app/immutable/chunks/abc.js`), ORIGIN, '')).toBe('cache-first');
		expect(strategyFor(get(`${ORIGIN}/csto/_app/immutable/assets/50m.x.json`), ORIGIN, '/csto')).toBe('cache-first');
	});
	it('asks the network first for pages and unhashed files', () => {
		expect(strategyFor(get(`${ORIGIN}/?year=2010`), ORIGIN, '')).toBe('network-first');
		expect(strategyFor(get(`${ORIGIN}/csto/`), ORIGIN, '/csto')).toBe('network-first');
		expect(strategyFor(get(`${ORIGIN}/csto/favicon.svg`), ORIGIN, '/csto')).toBe('network-first');
	});
	it('leaves alone other origins, other paths on the host, other methods and range requests', () => {
		expect(strategyFor(get('http://elsewhere.example/_app/immutable/a.js'), ORIGIN, '')).toBe('passthrough');
		expect(strategyFor(get(`${ORIGIN}/other-app/`), ORIGIN, '/csto')).toBe('passthrough');
		expect(strategyFor(get(`${ORIGIN}/cstox/_app/immutable/a.js`), ORIGIN, '/csto')).toBe('passthrough');
		expect(strategyFor({ ...get(`${ORIGIN}/`), method: 'POST' }, ORIGIN, '')).toBe('passthrough');
		expect(strategyFor(get(`${ORIGIN}/_app/immutable/a.json`, { range: 'bytes=0-10' }), ORIGIN, '')).toBe('passthrough');
	});
	it('deletes only older caches of the same copy of the atlas', () => {
		const keys = [cacheName('/csto', '1'), cacheName('/csto', '2'), cacheName('/csto-test', '1'), cacheName('', '1'), 'someone-else'];
		expect(staleCaches(keys, '/csto', '2')).toEqual([cacheName('/csto', '1')]);
		expect(staleCaches(keys, '', '2')).toEqual([cacheName('', '1')]);
	});
});
