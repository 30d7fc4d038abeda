// Camera maths shared by both maps, and the SVG map's camera: a camera frames the same area on both.
import { describe, expect, it, vi, afterEach } from 'vitest';
import { geoMercator } from 'd3-geo';
import { cameraForBounds, mercator, unmercator, HOME_BOUNDS, MAX_ZOOM } from '$lib/geo/camera';
import { boundsOfCamera, frameCamera, placeZoom } from '$lib/geo/cameraTargets';
import { transformForCamera, cameraOfTransform, zoomAbout, baseZoom, applyTransform, type BaseProjection } from '$lib/svgmap/viewTransform';
import { SettledWriter } from '$lib/state/urlWriter';
import { pinScale } from '$lib/geo/mapScale';

/** A Mercator fitted to the home region in a 1000×650 box, as the lite map draws it. */
function base(width = 1000, height = 650): BaseProjection {
	const [w, s, e, n] = HOME_BOUNDS;
	const p = geoMercator().fitExtent(
		[
			[4, 4],
			[width - 4, height - 4]
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

describe('Web Mercator camera maths', () => {
	it('mercator and its inverse agree', () => {
		for (const ll of [
			[44.5, 40.2],
			[-70, -30],
			[170, 65]
		] as [number, number][]) {
			const back = unmercator(mercator(ll));
			expect(back[0]).toBeCloseTo(ll[0], 6);
			expect(back[1]).toBeCloseTo(ll[1], 6);
		}
	});
	it('a camera fitted to bounds shows those bounds (Caucasus in 1000×650)', () => {
		const caucasus: [number, number, number, number] = [39, 38, 51, 44];
		const cam = cameraForBounds(caucasus, 1000, 650, 0);
		const [w, s, e, n] = boundsOfCamera(cam, 1000, 650);
		// The tighter axis fits exactly, the other has room to spare.
		expect(w).toBeLessThanOrEqual(39.0001);
		expect(e).toBeGreaterThanOrEqual(50.9999);
		expect(s).toBeLessThanOrEqual(38.0001);
		expect(n).toBeGreaterThanOrEqual(43.9999);
		expect(Math.min(Math.abs(w - 39), Math.abs(s - 38))).toBeLessThan(0.01);
	});
	it('never zooms past the limit; a place zooms in no less than the current zoom', () => {
		expect(cameraForBounds([44, 40, 44.001, 40.001], 1000, 650).zoom).toBe(MAX_ZOOM);
		expect(placeZoom(2, 'town')).toBe(5);
		expect(placeZoom(6, 'region')).toBe(6);
	});
	it('a tour camera framed for 1000×650 shows the same width on a smaller map', () => {
		const cam = { center: [45, 41] as [number, number], zoom: 4.5 };
		const big = boundsOfCamera(cam, 1000, 650);
		const small = boundsOfCamera(frameCamera(cam, 500, 325), 500, 325);
		expect(small[0]).toBeCloseTo(big[0], 4);
		expect(small[2]).toBeCloseTo(big[2], 4);
	});
});

describe('the SVG map camera frames what the MapLibre camera frames', () => {
	it('the transform for a camera puts the camera bounds at the box edges', () => {
		const b = base();
		const cam = { center: [45, 41] as [number, number], zoom: 5 };
		const t = transformForCamera(cam, b, 1000, 650);
		const [w, s, e, n] = boundsOfCamera(cam, 1000, 650);
		const topLeft = applyTransform(t, b.project([w, n])!);
		const bottomRight = applyTransform(t, b.project([e, s])!);
		expect(topLeft[0]).toBeCloseTo(0, 0);
		expect(topLeft[1]).toBeCloseTo(0, 0);
		expect(bottomRight[0]).toBeCloseTo(1000, 0);
		expect(bottomRight[1]).toBeCloseTo(650, 0);
	});
	it('reads the camera back from a transform, and zooming about a point keeps that point still', () => {
		const b = base();
		const cam = { center: [60, 45] as [number, number], zoom: 4 };
		const back = cameraOfTransform(transformForCamera(cam, b, 1000, 650), b, 1000, 650);
		expect(back.zoom).toBeCloseTo(4, 6);
		expect(back.center[0]).toBeCloseTo(60, 4);
		const t = transformForCamera(cam, b, 1000, 650);
		const z = zoomAbout(t, 2, [300, 200], b);
		const before = [(300 - t.x) / t.k, (200 - t.y) / t.k];
		const after = [(300 - z.x) / z.k, (200 - z.y) / z.k];
		expect(after[0]).toBeCloseTo(before[0], 6);
		expect(after[1]).toBeCloseTo(before[1], 6);
		expect(cameraOfTransform(z, b, 1000, 650).zoom).toBeCloseTo(5, 6);
	});
	it('the unzoomed lite map sits at the zoom MapLibre uses for the same region', () => {
		const home = cameraForBounds(HOME_BOUNDS, 1000, 650, 4);
		expect(baseZoom(base())).toBeCloseTo(home.zoom, 1);
	});
});

describe('pin scale', () => {
	it('grows from 0.75 at zoom 1 to 1.1 at zoom 5, and with the page text scale', () => {
		expect(pinScale(0)).toBe(0.75);
		expect(pinScale(3)).toBeCloseTo(0.925, 6);
		expect(pinScale(9)).toBe(1.1);
		expect(pinScale(3, 1.5)).toBeCloseTo(1.3875, 6);
	});
});

describe('URL writes wait for the view to settle, latest wins', () => {
	afterEach(() => vi.useRealTimers());
	it('writes once the requests stop, and at least every maxWait while they go on', () => {
		vi.useFakeTimers();
		const written: number[] = [];
		const w = new SettledWriter<number>(
			(v) => written.push(v),
			{ settle: 300, maxWait: 500 },
			() => Date.now()
		);
		for (let y = 1991; y <= 2000; y++) {
			w.request(y);
			vi.advanceTimersByTime(100);
		}
		// 10 requests 100 ms apart, none still for 300 ms: each write comes 500 ms after the oldest one it covers.
		expect(written).toEqual([1995, 2000]);
		w.request(2001);
		vi.advanceTimersByTime(299);
		expect(written).toEqual([1995, 2000]);
		vi.advanceTimersByTime(1);
		expect(written).toEqual([1995, 2000, 2001]);
		w.request(2002);
		w.cancel();
		vi.advanceTimersByTime(1000);
		expect(written).toEqual([1995, 2000, 2001]);
	});
	it('with a later that waits for idle time, writes the newest value once that comes, and cancels it', () => {
		vi.useFakeTimers();
		const written: number[] = [];
		const idle: (() => void)[] = [];
		const w = new SettledWriter<number>(
			(v) => written.push(v),
			{ settle: 300, maxWait: 2000 },
			() => Date.now(),
			(work) => {
				idle.push(work);
				return () => idle.splice(idle.indexOf(work), 1);
			}
		);
		w.request(1991);
		w.request(1992);
		expect(written).toEqual([]);
		w.request(1993);
		// Each request replaces the waiting write: one is waiting.
		expect(idle).toHaveLength(1);
		idle.shift()!();
		expect(written).toEqual([1993]);
		w.request(1994);
		expect(idle).toHaveLength(1);
		w.cancel();
		expect(idle).toHaveLength(0);
		w.request(1995);
		w.flush();
		expect(written).toEqual([1993, 1995]);
	});
});
