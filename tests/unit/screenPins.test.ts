import { describe, it, expect } from 'vitest';
import { basePins, pinsOnScreen, pinsAtClick, pinBadges, rememberedPinBadges, shownPins, pinObstacles } from '$lib/svgmap/screenPins';
import { badgeBox } from '$lib/geo/pinGroups';
import { Remembered } from '$lib/geo/remembered';
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

	it('are shown as the year says, and what names keep clear of is each pin drawn on its own and each badge', () => {
		const drawn = [
			{ p: place('x', 0, 0), xy: [100, 50] as [number, number] },
			{ p: place('y', 0, 0), xy: [104, 50] as [number, number] },
			{ p: place('z', 0, 0), xy: [160, 50] as [number, number] },
			{ p: place('w', 0, 0), xy: [20, 20] as [number, number] }
		];
		const year = new Map([
			['x', 'active'],
			['y', 'active'],
			['z', 'past'],
			['w', 'hidden']
		] as const);
		const shown = shownPins(drawn, year);
		expect(shown.map((s) => s.p.id)).toEqual(['x', 'y', 'z']);
		expect(shownPins(drawn, undefined)).toEqual([]);
		const groups = pinBadges(shown, 10, map, IDENTITY, new Set());
		expect(groups.map((g) => g.ids)).toEqual([['x', 'y']]);
		expect(pinObstacles(shown, groups, 10)).toEqual([[155, 45, 165, 55], badgeBox(groups[0])]);
		expect(pinObstacles(shown, [], 10)).toEqual([
			[95, 45, 105, 55],
			[99, 45, 109, 55],
			[155, 45, 165, 55]
		]);
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

	it('give the same badges, as the same array, when a year brings back the same pins and named states', () => {
		const badges = rememberedPinBadges(2);
		const shown = [
			{ p: place('x', 0, 0), xy: [100, 50] as [number, number] },
			{ p: place('y', 0, 0), xy: [104, 50] as [number, number] }
		];
		const first = badges(shown, 10, map, IDENTITY, new Set(['AAA']));
		expect(first).toEqual(pinBadges(shown, 10, map, IDENTITY, new Set(['AAA'])));
		// Other pins in between, then equal (new) inputs again.
		expect(badges(shown.slice(0, 1), 10, map, IDENTITY, new Set(['AAA']))).toEqual([]);
		expect(badges([...shown], 10, map, { ...IDENTITY }, new Set(['AAA']))).toBe(first);
		// A moved view, another pin size or other named states are worked out afresh.
		expect(badges(shown, 10, map, { k: 1, x: 5, y: 0 }, new Set(['AAA']))).not.toBe(first);
		expect(badges(shown, 12, map, IDENTITY, new Set(['AAA']))).not.toBe(first);
		expect(badges(shown, 10, map, IDENTITY, new Set(['AAA', 'BBB']))).not.toBe(first);
	});
});

describe('a memory of the last results', () => {
	it('makes a result once per key, keeps the most recently used and forgets the oldest beyond its size', () => {
		const remembered = new Remembered<number[]>(2);
		let made = 0;
		const get = (key: string) => remembered.get(key, () => [made++]);
		const a = get('a');
		expect(get('a')).toBe(a);
		get('b');
		get('a'); // used again: now 'b' is the oldest
		get('c');
		expect(get('a')).toBe(a);
		expect(made).toBe(3);
		get('b'); // forgotten, made again
		expect(made).toBe(4);
		remembered.clear();
		expect(get('a')).not.toBe(a);
	});
});
