import { describe, it, expect } from 'vitest';
import { basePins, pinsOnScreen, pinsAtClick, pinBadges } from '$lib/svgmap/screenPins';
import { layoutPins } from '$lib/geo/pinLayout';
import type { Place } from '$lib/domain/places';
import type { ProjectedMap } from '$lib/svgmap/paths';

const place = (id: string, lon: number, lat: number): Place =>
	({ id, category: 'facility', kind: 'base', symbol: 'base', name: id, country: 'RUS', location: { lon, lat } }) as unknown as Place;

// A flat test map: x = lon, y = 100 - lat; the state "AAA" covers x < 50.
const map = {
	width: 200,
	height: 100,
	project: ([lon, lat]: [number, number]) => [lon, 100 - lat] as [number, number],
	stateAt: ([x]: [number, number]) => (x < 50 ? 'AAA' : null)
} as unknown as ProjectedMap;
const IDENTITY = { k: 1, x: 0, y: 0 };

describe('the pins of an SVG map', () => {
	const places = [place('a', 10, 50), place('b', 120, 40), place('c', 300, 50)];
	const base = basePins(map, layoutPins(places));

	it('are moved by the camera and left out once off the map', () => {
		const shown = pinsOnScreen(base, IDENTITY, 1, 10, map);
		expect(shown.map((s) => [s.p.id, s.xy])).toEqual([
			['a', [10, 50]],
			['b', [120, 60]]
		]);
		const zoomed = pinsOnScreen(base, { k: 2, x: -100, y: -50 }, 1, 10, map);
		expect(zoomed.map((s) => [s.p.id, s.xy])).toEqual([['b', [140, 70]]]);
	});

	it('offer a clicked pin first, with the drawn pins whose symbols overlap it', () => {
		const drawn = [
			{ p: place('x', 0, 0), xy: [100, 50] as [number, number] },
			{ p: place('y', 0, 0), xy: [108, 50] as [number, number] },
			{ p: place('z', 0, 0), xy: [140, 50] as [number, number] }
		];
		expect(pinsAtClick(drawn, 'y', [108, 50], 10)).toEqual(['y', 'x']);
		expect(pinsAtClick(drawn, 'z', [140, 50], 10)).toEqual(['z']);
	});

	it('gather overlapping pins into one badge that names them all', () => {
		const shown = [
			{ p: place('x', 0, 0), xy: [100, 50] as [number, number] },
			{ p: place('y', 0, 0), xy: [104, 50] as [number, number] },
			{ p: place('z', 0, 0), xy: [160, 50] as [number, number] }
		];
		const badges = pinBadges(shown, 10, map, IDENTITY, new Set(['AAA']));
		expect(badges.map((g) => [...g.ids].sort())).toEqual([['x', 'y']]);
	});
});
