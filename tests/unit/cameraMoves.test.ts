// Both maps resolve a camera target through the one resolveCameraTarget and end at the same view:
// the detailed map's flyMap (here with a fake MapLibre map that records the move) and the lite
// map's liteCamera (then transformForCamera, as liteView.svelte.ts does) put the same point in the
// middle of the clear part of the box, at the same zoom. Home is each map's own start: the same
// centre, each with its own margin.
import { describe, expect, it } from 'vitest';
import { geoMercator } from 'd3-geo';
import type * as maplibregl from 'maplibre-gl';
import type { Geography } from '$lib/geo/geography';
import type { MapPins } from '$lib/map/pins';
import { flyMap, mapMove, HOME_MARGIN } from '$lib/map/cameraMoves';
import { liteCamera, LITE_HOME_MARGIN } from '$lib/svgmap/liteView.svelte';
import { NO_PADDING, HOME_BOUNDS, type Bounds, type Camera, type CameraTarget, type Padding } from '$lib/geo/camera';
import { resolveCameraTarget } from '$lib/geo/cameraTargets';
import { transformForCamera, applyTransform, baseZoom, type BaseProjection } from '$lib/svgmap/viewTransform';

const WIDTH = 1200;
const HEIGHT = 700;
const BOUNDS = new Map<string, Bounds>([['GEO', [40.0, 41.05, 46.7, 43.6]]]);
const PLACES = new Map([['baikonur', { lon: 63.3, lat: 45.6, precision: 'exact' as const }]]);
const NOW: Camera = { center: [60, 48], zoom: 3 };

/** MapLibre as flyMap uses it: the box, the camera now, and the moves it is asked for. */
function fakeMap() {
	const moves: { kind: string; options: { center: [number, number]; zoom: number; padding: Padding } }[] = [];
	const record = (kind: string) => (options: (typeof moves)[number]['options']) => void moves.push({ kind, options });
	const map = {
		getContainer: () => ({ clientWidth: WIDTH, clientHeight: HEIGHT }),
		getCenter: () => ({ lng: NOW.center[0], lat: NOW.center[1] }),
		getZoom: () => NOW.zoom,
		jumpTo: record('jumpTo'),
		flyTo: record('flyTo'),
		easeTo: record('easeTo')
	};
	return { map: map as unknown as maplibregl.Map, moves };
}
const geo = { bboxByIso: BOUNDS } as unknown as Geography;
const pins = { byId: (id: string) => (PLACES.has(id) ? { location: PLACES.get(id) } : undefined) } as unknown as MapPins;

/** The lite map's projection, fitted to the home region in its box as paths.ts draws it. */
function liteBase(): BaseProjection {
	const [w, s, e, n] = HOME_BOUNDS;
	const p = geoMercator().fitExtent(
		[
			[4, 4],
			[WIDTH - 4, HEIGHT - 4]
		],
		{
			type: 'MultiPoint',
			coordinates: [
				[w, s],
				[e, n]
			]
		}
	);
	return { scale: p.scale(), project: (ll) => p(ll), invert: (xy) => p.invert!(xy) };
}

/** Where the lite map ends: the screen point of a place, and its zoom. */
function liteView(target: CameraTarget, padding: Padding) {
	const base = liteBase();
	const camera = liteCamera(target, { width: WIDTH, height: HEIGHT }, padding, {
		countryBounds: (iso3) => BOUNDS.get(iso3),
		placeLocation: (id) => PLACES.get(id),
		current: NOW
	})!;
	const t = transformForCamera(camera, base, WIDTH, HEIGHT);
	return { screenOf: (ll: [number, number]) => applyTransform(t, base.project(ll)!), zoom: baseZoom(base) + Math.log2(t.k) };
}

const CAPTION: Padding = { top: 0, right: 0, bottom: 240, left: 380 };
const TARGETS: [string, CameraTarget][] = [
	['a country', { kind: 'country', iso3: 'GEO' }],
	['a place', { kind: 'place', id: 'baikonur' }],
	['a tour camera', { kind: 'camera', camera: { center: [45, 42], zoom: 4 } }],
	['home', { kind: 'home' }]
];

describe('the two maps frame a target the same way', () => {
	for (const [name, target] of TARGETS)
		for (const [paddingName, padding] of [
			['no padding', NO_PADDING],
			['a caption over the bottom left', CAPTION]
		] as const)
			it(`${name}, ${paddingName}`, () => {
				const { map, moves } = fakeMap();
				flyMap(map, geo, pins, target, false, padding);
				expect(moves.map((m) => m.kind)).toEqual(['jumpTo']);
				const { center, zoom, padding: sent } = moves[0].options;
				expect(sent).toEqual(padding);
				// MapLibre puts `center` in the middle of the part the padding leaves clear.
				const clearMiddle = [
					padding.left + (WIDTH - padding.left - padding.right) / 2,
					padding.top + (HEIGHT - padding.top - padding.bottom) / 2
				];
				const lite = liteView(target, padding);
				const [x, y] = lite.screenOf(center);
				expect(x).toBeCloseTo(clearMiddle[0], 1);
				expect(y).toBeCloseTo(clearMiddle[1], 1);
				if (target.kind === 'home') {
					// Each map's Home is its own start: MapLibre's with 20 px to spare, the lite map's with 4.
					const look = { countryBounds: () => undefined, placeLocation: () => undefined, current: NOW };
					const withMargin = (homeMargin: number) => mapMove(target, WIDTH, HEIGHT, padding, { ...look, homeMargin })!.zoom;
					expect(zoom).toBeCloseTo(withMargin(HOME_MARGIN), 6);
					expect(lite.zoom).toBeCloseTo(withMargin(LITE_HOME_MARGIN), 6);
				} else expect(lite.zoom).toBeCloseTo(zoom, 6);
			});

	it('a selection glides and a tour step flies to the same place a jump goes to', () => {
		const jump = fakeMap();
		flyMap(jump.map, geo, pins, { kind: 'country', iso3: 'GEO' }, false, NO_PADDING);
		const glide = fakeMap();
		flyMap(glide.map, geo, pins, { kind: 'country', iso3: 'GEO' }, true, NO_PADDING);
		const fly = fakeMap();
		flyMap(fly.map, geo, pins, { kind: 'camera', camera: { center: [45, 42], zoom: 4 } }, true, NO_PADDING);
		expect(glide.moves.map((m) => m.kind)).toEqual(['easeTo']);
		expect(fly.moves.map((m) => m.kind)).toEqual(['flyTo']);
		expect(glide.moves[0].options).toMatchObject({ center: jump.moves[0].options.center, zoom: jump.moves[0].options.zoom });
	});

	it('an unknown country or place moves neither map', () => {
		for (const target of [
			{ kind: 'country', iso3: 'XXX' },
			{ kind: 'place', id: 'nowhere' }
		] as CameraTarget[]) {
			const { map, moves } = fakeMap();
			flyMap(map, geo, pins, target, true, NO_PADDING);
			expect(moves).toEqual([]);
			expect(
				resolveCameraTarget(target, WIDTH, HEIGHT, NO_PADDING, {
					countryBounds: (i) => BOUNDS.get(i),
					placeLocation: (i) => PLACES.get(i),
					current: NOW,
					homeMargin: 4
				})
			).toBeNull();
		}
	});
});
