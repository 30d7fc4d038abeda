/**
 * Keeps the URL in step with the view: read on start, then written with replaceState once the
 * view has settled (urlWriter.ts), so playback and scrubbing do not rewrite history on every frame.
 */
import { replaceState } from '$app/navigation';
import { parseUrlView, writeUrlView, fullAppQuery } from '$lib/domain/urlState';
import { isCstoOnly } from '$lib/domain/orgChoice';
import { countryByIso } from '$lib/data/atlasData';
import { SYMBOLS, type PinSymbol } from '$lib/domain/places';
import { SettledWriter, type Later } from './urlWriter';
import { whenIdle } from '$lib/geo/paintLater.svelte';
import type { AppController } from './app.svelte';

/** The URL follows the view once it has been still this long, and at least this often while it changes. */
export const URL_WRITE = { settle: 300, maxWait: 2000 } as const;

function parse(app: AppController, search: string) {
	return parseUrlView(new URLSearchParams(search), {
		minYear: app.timeline.minYear,
		maxYear: app.timeline.maxYear,
		knownIso3: new Set(countryByIso.keys()),
		knownPlaces: new Set(app.places.byId.keys()),
		knownSymbols: SYMBOLS,
		tourSteps: app.places.tour.length
	});
}

/** On start: year, country, view and filters; these need no fetched data. */
export function readUrlInto(app: AppController, search: string) {
	const v = parse(app, search);
	const { timeline, selection, panels } = app;
	if (v.year !== null) timeline.setYear(v.year);
	if (v.country) selection.setCountry(v.country);
	if (v.view) panels.setView(v.view);
	// The embed shows the map alone: no tabs to reach the table or Compare from.
	if (v.embed || app.embed) {
		app.embed = true;
		panels.setView('map');
	}
	if (v.hide.length) selection.setHiddenSymbols(v.hide as PinSymbol[]);
	if (v.past) selection.setShowAllPast(true);
	// The organisations load when chosen; the map shows the CSTO until they have.
	if (v.orgs) void app.orgs.choose(v.orgs);
}

/** Once the places have loaded: the open place, and the tour step asked for (1-based). */
export function readPlaceUrlInto(app: AppController, search: string) {
	const v = parse(app, search);
	if (v.place) app.selection.setPlace(v.place);
	if (v.tour) app.tour.start(v.tour - 1);
}

/** What the URL holds of the view now. */
export function urlViewOf(app: AppController): Parameters<typeof writeUrlView>[1] {
	const { timeline, selection, tour } = app;
	return {
		year: timeline.year,
		country: selection.country,
		view: app.panels.view,
		place: selection.place,
		hide: [...selection.hiddenSymbols],
		past: selection.showAllPast,
		// Only the built-in tour's step: a teacher's lesson lives in the fragment (#lesson=…).
		tour: tour.index === null || app.lessons.playing ? null : tour.index + 1,
		// Absent for the CSTO alone: the URL says nothing, as before organisations existed.
		...(isCstoOnly(app.orgs.choice) ? {} : { orgs: app.orgs.choice })
	};
}

/** The full app at the view shown now (the embed's "Open in CSTO Atlas"), relative to the page. */
export function fullAppHref(app: AppController): string {
	return fullAppQuery(writeUrlView(new URLSearchParams(), urlViewOf(app)).toString());
}

/** The page's query with the view shown now, even one not written there yet. */
export function viewSearch(app: AppController): string {
	return `?${writeUrlView(new URLSearchParams(location.search), urlViewOf(app)).toString()}`;
}

/** The wait, then idle time: SvelteKit's replaceState renders the page's root again (issue 26). */
const afterTimeoutWhenIdle: Later = (work, ms) => {
	let cancelIdle: (() => void) | null = null;
	const id = setTimeout(() => (cancelIdle = whenIdle(work)), ms);
	return () => {
		clearTimeout(id);
		cancelIdle?.();
	};
};

/** Writes the view into the URL while the returned cleanup is not called. */
export function syncUrl(app: AppController): () => void {
	const writer = new SettledWriter<ReturnType<typeof urlViewOf>>(
		(view) => {
			const params = writeUrlView(new URLSearchParams(location.search), view);
			const url = `${location.pathname}?${params.toString()}${location.hash}`;
			if (url !== `${location.pathname}${location.search}${location.hash}`) replaceState(url, {});
		},
		URL_WRITE,
		undefined,
		afterTimeoutWhenIdle
	);
	const stop = $effect.root(() => {
		$effect(() => writer.request(urlViewOf(app)));
	});
	return () => {
		stop();
		writer.flush();
	};
}
