// Reading and writing the URL on a real app controller: a view written into the URL comes back
// the same on the next page load, and hostile values change nothing. (syncUrl's $effect does not
// run in vitest's server build; its writer is SettledWriter, tested in camera.test.ts.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';

vi.mock('$app/navigation', () => ({ replaceState: vi.fn() }));

import { AppController } from '$lib/state/app.svelte';
import { PlacesStore } from '$lib/state/placesStore.svelte';
import { readUrlInto, readPlaceUrlInto, urlViewOf, viewSearch } from '$lib/state/urlSync.svelte';
import type { Lesson } from '$lib/data/lessonSchema';
import builtInJson from '../../data/lessons/built-in.json';
import { places } from './placesData';

function freshApp() {
	const placesStore = new PlacesStore();
	placesStore.set(places, builtInJson as unknown as Lesson);
	const fullscreen = { active: false, supported: true, request: async () => {}, exit: async () => {} };
	return new AppController({ places: placesStore, today: '2026-11-23', fullscreen });
}
/** A page load at this query: the view read as the layout reads it. */
function loadAt(search: string) {
	const app = freshApp();
	readUrlInto(app, search);
	readPlaceUrlInto(app, search);
	flushSync();
	return app;
}
function stubLocation(search: string) {
	vi.stubGlobal('location', { pathname: '/ru/', search, hash: '#lesson=abc' });
}

afterEach(() => vi.unstubAllGlobals());

describe('the view in the URL', () => {
	it('round-trips: year, country, view, place, hidden pins, past and tour step come back the same', () => {
		const app = freshApp();
		app.timeline.setYear(2006);
		app.selection.setCountry('UZB');
		app.panels.setView('table');
		app.selection.setHiddenSymbols(['base', 'nuclear']);
		app.selection.setShowAllPast(true);
		flushSync();
		stubLocation('?utm=poster');
		const search = viewSearch(app);
		// Parameters the view does not own stay.
		expect(new URLSearchParams(search).get('utm')).toBe('poster');
		expect(urlViewOf(app)).toEqual({
			year: 2006,
			country: 'UZB',
			view: 'table',
			place: null,
			hide: ['base', 'nuclear'],
			past: true,
			tour: null
		});
		expect(urlViewOf(loadAt(search))).toEqual(urlViewOf(app));

		// A tour step (which sets its own year and map) comes back as the same step.
		const touring = freshApp();
		touring.tour.start(2);
		flushSync();
		const back = loadAt(viewSearch(touring));
		expect(urlViewOf(back)).toEqual(urlViewOf(touring));
		expect(back.tour.index).toBe(2);

		const withPlace = freshApp();
		withPlace.selection.setPlace(places[0].id);
		flushSync();
		expect(urlViewOf(loadAt(viewSearch(withPlace))).place).toBe(places[0].id);
	});

	it('hostile values leave the view as a plain visit has it', () => {
		const plain = urlViewOf(loadAt(''));
		for (const search of [
			'?year=1e9&country=__proto__&view=<script>&hide=constructor&past=yes&tour=-1',
			'?year=Infinity&country=../../etc&place=toString&tour=1e3',
			'?year=' + '9'.repeat(5000) + '&country=' + 'A'.repeat(5000),
			'?year=2000.5&country=uzb%00&view=TABLE'
		])
			expect(urlViewOf(loadAt(search))).toEqual(plain);
	});

	it('clamps a year outside the record to its ends, and reads a country in any case', () => {
		const late = loadAt('?year=99999&country=%20uzb%20');
		expect(late.timeline.year).toBe(late.timeline.maxYear);
		expect(late.selection.country).toBe('UZB');
		expect(loadAt('?year=-5').timeline.year).toBe(late.timeline.minYear);
	});
});
