/**
 * Keeps the URL in step with the view: read on start, then written with replaceState,
 * throttled so playback does not rewrite history on every frame.
 */
import { replaceState } from '$app/navigation';
import { parseUrlView, writeUrlView } from '$lib/domain/urlState';
import { countryByIso } from '$lib/data/atlasData';
import { SYMBOLS, type PinSymbol } from '$lib/domain/places';
import { placesStore } from './placesStore.svelte';
import type { AtlasState } from './atlas.svelte';

const URL_WRITE_INTERVAL_MS = 300;

function parse(state: AtlasState, search: string) {
	return parseUrlView(new URLSearchParams(search), {
		minYear: state.minYear,
		maxYear: state.maxYear,
		knownIso3: new Set(countryByIso.keys()),
		knownPlaces: new Set(placesStore.byId.keys()),
		knownSymbols: SYMBOLS,
		tourSteps: placesStore.tour.length
	});
}

/** On start: year, country, view and filters; these need no fetched data. */
export function readUrlInto(state: AtlasState, search: string) {
	const v = parse(state, search);
	if (v.year !== null) state.setYear(v.year);
	if (v.country) state.select(v.country);
	if (v.view) state.setView(v.view);
	if (v.hide.length) state.setHiddenSymbols(v.hide as PinSymbol[]);
	if (v.past) state.setShowAllPast(true);
}

/** Once the places have loaded: the open place, and the tour step asked for (1-based). */
export function readPlaceUrlInto(state: AtlasState, search: string): number | null {
	const v = parse(state, search);
	if (v.place) state.selectPlace(v.place);
	return v.tour;
}

/** Call from a component after the URL has been read. The effect cleans itself up. */
export function syncUrlFrom(state: AtlasState, tourStep: () => number | null = () => null) {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let lastWrite = 0;
	$effect(() => {
		const snapshot = {
			year: state.year,
			country: state.country,
			view: state.view,
			place: state.place,
			hide: [...state.hiddenSymbols],
			past: state.showAllPast,
			tour: tourStep()
		};
		const write = () => {
			timer = null;
			lastWrite = performance.now();
			const params = writeUrlView(new URLSearchParams(location.search), snapshot);
			const url = `${location.pathname}?${params.toString()}${location.hash}`;
			if (url !== `${location.pathname}${location.search}${location.hash}`) replaceState(url, {});
		};
		if (timer) clearTimeout(timer);
		const wait = Math.max(0, URL_WRITE_INTERVAL_MS - (performance.now() - lastWrite));
		timer = setTimeout(write, wait);
		return () => {
			if (timer) clearTimeout(timer);
		};
	});
}
