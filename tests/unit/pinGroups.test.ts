import { describe, it, expect } from 'vitest';
import { groupPins, badgeBox, placeBadges, BADGE_PX } from '$lib/geo/pinGroups';

describe('groupPins', () => {
	it('keeps pins apart when they do not overlap', () => {
		const r = groupPins(
			[
				{ id: 'a', x: 0, y: 0 },
				{ id: 'b', x: 30, y: 0 }
			],
			20
		);
		expect(r.groups).toEqual([]);
		expect(r.singles.sort()).toEqual(['a', 'b']);
	});

	it('groups overlapping pins into one badge at their centre, chains included', () => {
		const r = groupPins(
			[
				{ id: 'c', x: 30, y: 0 },
				{ id: 'a', x: 0, y: 0 },
				{ id: 'b', x: 15, y: 0 },
				{ id: 'far', x: 200, y: 200 }
			],
			20
		);
		expect(r.singles).toEqual(['far']);
		expect(r.groups).toEqual([{ ids: ['a', 'b', 'c'], x: 15, y: 0 }]);
	});

	it('does not depend on the order the pins come in', () => {
		const pins = [
			{ id: 'x', x: 1, y: 1 },
			{ id: 'y', x: 5, y: 3 },
			{ id: 'z', x: 100, y: 1 },
			{ id: 'w', x: 104, y: 4 }
		];
		expect(groupPins([...pins].reverse(), 10)).toEqual(groupPins(pins, 10));
	});

	it('separates a group once zooming in spreads its pins past the radius', () => {
		const at = (k: number) => [
			{ id: 'gyumri', x: 0, y: 0 },
			{ id: 'yerevan', x: 12 * k, y: 9 * k }
		];
		expect(groupPins(at(1), 22).groups).toHaveLength(1);
		expect(groupPins(at(3), 22).groups).toHaveLength(0);
	});

	it("gives a badge's box for label placement", () => {
		expect(badgeBox({ ids: ['a', 'b'], x: 50, y: 40 })).toEqual([
			50 - BADGE_PX / 2,
			40 - BADGE_PX / 2,
			50 + BADGE_PX / 2,
			40 + BADGE_PX / 2
		]);
	});
});

describe('placeBadges', () => {
	const group = { ids: ['a', 'b'], x: 100, y: 100 };
	it('leaves a badge on its pins where it covers nothing that must stay clear', () => {
		expect(placeBadges([group], () => null)).toEqual([group]);
	});

	it('leaves a badge on a state large enough to show around it', () => {
		expect(placeBadges([group], () => 'RUS')).toEqual([group]);
	});

	it('moves a badge off a small state with a status, pointing back at its pins', () => {
		// A small state, 20 px across, under the pins; the rest is free.
		const small = (x: number, y: number) => (Math.abs(x - 100) < 10 && Math.abs(y - 100) < 10 ? 'ARM' : null);
		const [placed] = placeBadges([group], small);
		expect(placed.ids).toEqual(['a', 'b']);
		expect(placed.centre).toEqual({ x: 100, y: 100 });
		expect(Math.hypot(placed.x - 100, placed.y - 100)).toBeGreaterThanOrEqual(BADGE_PX);
		const [left, top, right, bottom] = badgeBox(placed);
		expect(left >= 100 || right <= 100 || top >= 100 || bottom <= 100).toBe(true);
	});

	it('stays put where every spot around is covered as much', () => {
		// A small state under the pins, in a sea of other states with a status.
		const crowded = (x: number, y: number) => (Math.abs(x - 100) < 10 && Math.abs(y - 100) < 10 ? 'ARM' : 'RUS');
		expect(placeBadges([group], crowded)).toEqual([group]);
	});

	it('never puts a badge over part of another (each keeps its whole 24 px target)', () => {
		// Georgia's and Armenia's groups at the home view: 21 px apart, the lower one on a small state.
		const georgia = { ids: ['g1', 'g2'], x: 433, y: 658 };
		const armenia = { ids: ['a1', 'a2'], x: 437, y: 679 };
		const small = (x: number, y: number) => (Math.abs(x - 437) < 10 && Math.abs(y - 679) < 10 ? 'ARM' : null);
		const [a, b] = placeBadges([georgia, armenia], small);
		expect(a).toEqual(georgia);
		expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(BADGE_PX + 4);
		expect(b.centre).toEqual({ x: 437, y: 679 });
	});
});
