// Switching between the two maps: the reader's choice is stored, read back on the next visit and
// decides the map with the browser's WebGL support; blocked storage keeps it for the visit only.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseMapRenderer, type RendererSupport } from '$lib/domain/mapRenderer';

const SOFTWARE: RendererSupport = { problem: null, software: true };
const GPU: RendererSupport = { problem: null, software: false };
const NO_WEBGL2: RendererSupport = { problem: 'no-webgl2', software: false };

/** A localStorage that keeps strings, or one that throws on every call (a locked-down profile). */
function storage(blocked = false) {
	const items = new Map<string, string>();
	const guard = () => {
		if (blocked) throw new DOMException('denied', 'SecurityError');
	};
	return {
		items,
		getItem: (k: string) => (guard(), items.get(k) ?? null),
		setItem: (k: string, v: string) => (guard(), void items.set(k, String(v)))
	};
}

/** The module fresh, as on a page load (its visit-long choice starts empty). */
const load = async () => {
	vi.resetModules();
	return import('$lib/state/mapPreference');
};

beforeEach(() => vi.stubGlobal('localStorage', storage()));
afterEach(() => vi.unstubAllGlobals());

describe('the stored choice of map', () => {
	it('a first visit has none: software WebGL gets the lite map, a GPU the detailed one', async () => {
		const { readMapPreference } = await load();
		expect(readMapPreference()).toBeNull();
		expect(chooseMapRenderer(SOFTWARE, readMapPreference())).toEqual({ renderer: 'lite', why: 'software' });
		expect(chooseMapRenderer(GPU, readMapPreference())).toEqual({ renderer: 'detailed' });
	});

	it('switching to the detailed map and back is remembered on the next visit', async () => {
		const store = storage();
		vi.stubGlobal('localStorage', store);
		let pref = await load();
		pref.saveMapPreference('detailed');
		expect(store.items.get(pref.MAP_PREFERENCE_KEY)).toBe('detailed');
		pref = await load();
		expect(chooseMapRenderer(SOFTWARE, pref.readMapPreference())).toEqual({ renderer: 'detailed' });
		pref.saveMapPreference('lite');
		pref = await load();
		// A reader with a GPU who chose the lite map keeps it.
		expect(chooseMapRenderer(GPU, pref.readMapPreference())).toEqual({ renderer: 'lite', why: 'chosen' });
	});

	it('without WebGL2 the lite map is drawn whatever was chosen', async () => {
		const pref = await load();
		pref.saveMapPreference('detailed');
		expect(chooseMapRenderer(NO_WEBGL2, pref.readMapPreference())).toEqual({ renderer: 'lite', why: 'unavailable' });
	});

	it('a stored value that is not a map name counts as no choice', async () => {
		const store = storage();
		store.items.set('csto-atlas:map', '"detailed"');
		vi.stubGlobal('localStorage', store);
		const { readMapPreference } = await load();
		expect(readMapPreference()).toBeNull();
	});

	it('with storage blocked the choice lasts the visit, and is gone on the next', async () => {
		vi.stubGlobal('localStorage', storage(true));
		let pref = await load();
		expect(pref.readMapPreference()).toBeNull();
		expect(() => pref.saveMapPreference('lite')).not.toThrow();
		expect(pref.readMapPreference()).toBe('lite');
		pref = await load();
		expect(pref.readMapPreference()).toBeNull();
	});
});
