// The map host without a DOM: which map it picks and remembers, the start/stop race with a
// MapLibre that loads late, the fall-back to the lite map when WebGL is lost, the camera requests
// it forwards, the pin chooser and the tooltip, and the service worker on the first ready map.
import { describe, expect, it, vi } from 'vitest';
import { MapHost, type DetailedMapOptions, type MapHostApp, type MapHostLoaders } from '$lib/state/mapHost.svelte';
import { CameraRequests } from '$lib/state/cameraRequests';
import type { MapRenderer } from '$lib/geo/renderer';
import type { RendererSupport, MapRenderer as MapName } from '$lib/domain/mapRenderer';
import { NO_PADDING, type Camera } from '$lib/geo/camera';
import type { Place } from '$lib/domain/places';

const GPU: RendererSupport = { problem: null, software: false };
const SOFTWARE: RendererSupport = { problem: null, software: true };
const NO_WEBGL2: RendererSupport = { problem: 'no-webgl2', software: false };
const CAMERA: Camera = { center: [60, 48], zoom: 3 };
const flush = () => new Promise((r) => setTimeout(r, 0));

function fakeRenderer() {
	return {
		draw: vi.fn(),
		fly: vi.fn(),
		camera: () => CAMERA,
		snapshot: vi.fn(),
		whenDrawn: vi.fn(),
		destroy: vi.fn()
	} satisfies MapRenderer;
}

function setup(support: RendererSupport, preference: MapName | null = null) {
	const places = [{ id: 'baikonur' }, { id: 'kant' }] as unknown as Place[];
	const selected: string[] = [];
	let cameraOf: (() => Camera) | null = null;
	const app = {
		selectCountry: (iso) => void selected.push(`country ${iso}`),
		selectPlace: (id) => void selected.push(`place ${id}`),
		setCameraSource: (source) => void (cameraOf = source),
		mapStarted: vi.fn(),
		places: { places, byId: new Map(places.map((p) => [p.id, p])), load: () => Promise.resolve() },
		camera: new CameraRequests(),
		stage: { padding: NO_PADDING }
	} satisfies MapHostApp;
	const saved: MapName[] = [];
	const created: { opts: DetailedMapOptions; view: ReturnType<typeof fakeRenderer> }[] = [];
	/** MapLibre's module arrives when the test says so (or fails). */
	let arrive!: () => void;
	let refuse!: (e: Error) => void;
	const loaded = new Promise<void>((resolve, reject) => ((arrive = resolve), (refuse = reject)));
	const loaders: MapHostLoaders = {
		probe: () => support,
		readPreference: () => preference,
		savePreference: (c) => void saved.push(c),
		loadDetailed: () =>
			loaded.then(() => ({
				createMapView: async (opts: DetailedMapOptions) => {
					const view = fakeRenderer();
					created.push({ opts, view });
					return view;
				}
			})),
		prefetchShapes: vi.fn(),
		problemText: async () => (cause) => `problem: ${String(cause)}`,
		prefetchOverlays: vi.fn(),
		registerServiceWorker: vi.fn(),
		tellServiceWorker: vi.fn(),
		reducedMotion: () => false,
		markStart: vi.fn(),
		warn: vi.fn()
	};
	const told: (MapRenderer | null)[] = [];
	const host = new MapHost({ app, loaders, focusIso: new Set(['RUS']), onRenderer: (r) => void told.push(r) });
	const box = {} as HTMLElement;
	return { host, app, loaders, saved, created, arrive, refuse, told, selected, box, cameraOf: () => cameraOf };
}

describe('the map host picks the map', () => {
	it('starts MapLibre where there is a GPU, and hands the drawn map to the app', async () => {
		const t = setup(GPU);
		t.host.start(() => t.box);
		expect(t.host.loading).toBe(true);
		t.arrive();
		await flush();
		expect(t.created).toHaveLength(1);
		expect(t.created[0].opts.container).toBe(t.box);
		expect(t.host.renderer).toBe(t.created[0].view);
		expect(t.told).toEqual([t.created[0].view]);
		expect(t.cameraOf()?.()).toEqual(CAMERA);
		expect(t.app.mapStarted).toHaveBeenCalledOnce();
		expect(t.loaders.prefetchOverlays).toHaveBeenCalled();
		expect(t.host.loading).toBe(false);
		expect(t.host.offersLite).toBe(false);
	});

	it('probes WebGL once, in its own step before the start, and marks the start there', () => {
		const t = setup(SOFTWARE);
		const probe = vi.spyOn(t.loaders, 'probe');
		expect(t.host.probe()).toEqual(SOFTWARE);
		expect(t.loaders.markStart).toHaveBeenCalledOnce();
		expect(t.host.lite).toBeNull();
		t.host.start(() => t.box);
		expect(probe).toHaveBeenCalledOnce();
		expect(t.loaders.markStart).toHaveBeenCalledOnce();
		expect(t.host.lite).toEqual({ why: 'software', reason: '' });
	});

	it('draws the lite map without a GPU and never loads MapLibre; the reader can switch and it is remembered', async () => {
		const t = setup(SOFTWARE);
		const loadDetailed = vi.spyOn(t.loaders, 'loadDetailed');
		t.host.start(() => t.box);
		expect(t.host.lite).toEqual({ why: 'software', reason: '' });
		expect(t.host.offersDetailed).toBe(true);
		expect(loadDetailed).not.toHaveBeenCalled();
		t.host.useDetailed(() => t.box);
		expect(t.saved).toEqual(['detailed']);
		expect(t.host.lite).toBeNull();
		t.arrive();
		await flush();
		expect(t.host.renderer).toBe(t.created[0].view);
		// Software WebGL: the detailed map offers the way back.
		expect(t.host.offersLite).toBe(true);
		t.host.useLite();
		expect(t.saved).toEqual(['detailed', 'lite']);
		expect(t.created[0].view.destroy).toHaveBeenCalledOnce();
		expect(t.host.renderer).toBeNull();
		expect(t.host.lite).toEqual({ why: 'chosen', reason: '' });
	});

	it("fetches the chosen map's shapes as it starts: 1:110m for the lite map, 1:50m for MapLibre", () => {
		const lite = setup(SOFTWARE);
		lite.host.start(() => lite.box);
		expect(lite.loaders.prefetchShapes).toHaveBeenCalledExactlyOnceWith('110m');
		lite.host.useDetailed(() => lite.box);
		expect(lite.loaders.prefetchShapes).toHaveBeenLastCalledWith('50m');
		const detailed = setup(GPU);
		detailed.host.start(() => detailed.box);
		expect(detailed.loaders.prefetchShapes).toHaveBeenCalledExactlyOnceWith('50m');
		detailed.host.useLite();
		expect(detailed.loaders.prefetchShapes).toHaveBeenLastCalledWith('110m');
	});

	it('follows the stored choice', () => {
		const t = setup(GPU, 'lite');
		t.host.start(() => t.box);
		expect(t.host.lite?.why).toBe('chosen');
	});

	it('without WebGL2 says why, in words loaded later, and offers no detailed map', async () => {
		const t = setup(NO_WEBGL2, 'detailed');
		t.host.start(() => t.box);
		expect(t.host.lite).toEqual({ why: 'unavailable', reason: '' });
		await flush();
		expect(t.host.lite).toEqual({ why: 'unavailable', reason: 'problem: no-webgl2' });
		expect(t.host.offersDetailed).toBe(false);
	});
});

describe('starting and stopping', () => {
	it('a stop before MapLibre arrives destroys nothing twice and never hands over a map', async () => {
		const t = setup(GPU);
		const stop = t.host.start(() => t.box);
		stop();
		t.arrive();
		await flush();
		expect(t.created).toHaveLength(0);
		expect(t.host.renderer).toBeNull();
	});

	it('a lost WebGL context stops the detailed map and draws the lite one', async () => {
		const t = setup(GPU);
		t.host.start(() => t.box);
		t.arrive();
		await flush();
		t.created[0].opts.onContextFailure(new Error('lost'));
		expect(t.created[0].view.destroy).toHaveBeenCalledOnce();
		expect(t.host.renderer).toBeNull();
		expect(t.told.at(-1)).toBeNull();
		expect(t.host.lite?.why).toBe('unavailable');
		await flush();
		expect(t.host.lite?.reason).toBe('problem: context-lost');
	});

	it('a MapLibre that fails to load leaves the lite map, and the error goes to the console', async () => {
		const t = setup(GPU);
		t.host.start(() => t.box);
		t.refuse(new Error('no chunk'));
		await flush();
		expect(t.loaders.warn).toHaveBeenCalled();
		expect(t.host.lite?.why).toBe('unavailable');
	});

	it('forwards camera requests to the drawn map until stopped', async () => {
		const t = setup(GPU);
		const stop = t.host.start(() => t.box);
		t.arrive();
		await flush();
		t.app.camera.request({ kind: 'home' }, 'control');
		expect(t.created[0].view.fly).toHaveBeenCalledWith({ kind: 'home' }, true, NO_PADDING);
		stop();
		t.app.camera.request({ kind: 'home' }, 'control');
		expect(t.created[0].view.fly).toHaveBeenCalledOnce();
	});
});

describe('what both maps share', () => {
	it('one pin opens it; several open the chooser, which a choice or a new map closes', () => {
		const t = setup(SOFTWARE);
		t.host.events.onPinsClick(['kant'], { x: 1, y: 2 });
		expect(t.selected).toEqual(['place kant']);
		t.host.events.onPinsClick(['kant', 'baikonur'], { x: 1, y: 2 });
		expect(t.host.chooserPlaces.map((p) => p.id)).toEqual(['kant', 'baikonur']);
		t.host.choose('baikonur');
		expect(t.host.chooser).toBeNull();
		expect(t.selected).toEqual(['place kant', 'place baikonur']);
		t.host.events.onPinsClick(['kant', 'baikonur'], { x: 1, y: 2 });
		t.host.use(fakeRenderer());
		expect(t.host.chooser).toBeNull();
	});

	it('the tooltip shows the hovered place, not while the chooser is open', () => {
		const t = setup(SOFTWARE);
		t.host.events.onPinHover('kant', { x: 1, y: 2 });
		expect(t.host.hoverPlace?.id).toBe('kant');
		t.host.events.onPinsClick(['kant', 'baikonur'], { x: 1, y: 2 });
		expect(t.host.hoverPlace).toBeUndefined();
		t.host.events.onPinHover(null, null);
		expect(t.host.hover).toBeNull();
	});

	it('a country click closes the chooser and selects the state; badges are kept as reported', () => {
		const t = setup(SOFTWARE);
		t.host.events.onPinsClick(['kant', 'baikonur'], { x: 1, y: 2 });
		t.host.events.onCountryClick('KGZ');
		expect(t.host.chooser).toBeNull();
		expect(t.selected).toEqual(['country KGZ']);
		const groups = [{ ids: ['kant', 'baikonur'], at: { x: 3, y: 4 } }] as never;
		t.host.events.onPinGroups?.(groups);
		expect(t.host.groups).toBe(groups);
	});

	it('registers the service worker when a map is ready', () => {
		const t = setup(SOFTWARE);
		t.host.events.onReady();
		expect(t.loaders.registerServiceWorker).toHaveBeenCalledOnce();
	});

	it('tells the service worker the map it chose, and when the reader uses the map or switches it', () => {
		const t = setup(SOFTWARE);
		t.host.start(() => t.box);
		expect(t.loaders.tellServiceWorker).toHaveBeenLastCalledWith({ map: 'lite' });
		t.host.events.onCountryClick('KGZ');
		expect(t.loaders.tellServiceWorker).toHaveBeenLastCalledWith({ mapUsed: true });
		t.host.useDetailed(() => t.box);
		expect(t.loaders.tellServiceWorker).toHaveBeenLastCalledWith({ map: 'detailed', mapUsed: true });
		const g = setup(GPU);
		g.host.start(() => g.box);
		expect(g.loaders.tellServiceWorker).toHaveBeenCalledExactlyOnceWith({ map: 'detailed' });
	});
});
