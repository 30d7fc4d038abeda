/**
 * Facilities, conflicts, events, territories and the built-in tour (a lesson): fetched once as JSON from our own
 * origin after the first paint. Until they arrive the lists are empty and the rest works. Each page makes one
 * store (the atlas hands it to its controller; the presenter view keeps its own).
 */
import facilitiesUrl from '../../../data/facilities.json?url';
import conflictsUrl from '../../../data/conflicts.json?url';
import eventsUrl from '../../../data/events.json?url';
import territoriesUrl from '../../../data/territories.json?url';
import builtInUrl from '../../../data/lessons/built-in.json?url';
import type { ConflictData, CstoEventData, FacilityData, TerritoryData } from '$lib/data/schema';
import type { Lesson, LessonData } from '$lib/data/lessonSchema';
import { getLocale, inLocale, locales } from '$lib/i18n/locale';
import { toPlaces, type Place } from '$lib/domain/places';
import { giveWay } from '$lib/geo/paintLater.svelte';

async function getJson<T>(url: string): Promise<T> {
	const res = await fetch(new URL(url, document.baseURI).href);
	if (!res.ok) throw new Error(`Could not load ${url} (${res.status} ${res.statusText})`);
	return (await res.json()) as T;
}

/** The names of the states the data mentions in the app's other languages, one small chunk each. */
function otherLanguagesStateNames(): Promise<Record<string, string>[]> {
	const others = locales.filter((l) => l !== getLocale());
	return import('virtual:state-names-loader').then(({ loadStateNames }) => Promise.all(others.map((l) => loadStateNames('mentioned', l))));
}

export class PlacesStore {
	#places = $state.raw<Place[]>([]);
	#builtIn = $state.raw<Lesson | null>(null);
	#byId = $state.raw(new Map<string, Place>());
	/** How to gather the aliases once the data is in; they are gathered when search first asks. */
	#gatherAliases = $state.raw<(() => ReadonlyMap<string, readonly string[]>) | null>(null);
	#aliases: { from: () => ReadonlyMap<string, readonly string[]>; map: ReadonlyMap<string, readonly string[]> } | null = null;
	#loading: Promise<void> | null = null;

	get places() {
		return this.#places;
	}
	/** The built-in tour, validated at build time like the rest of data/. */
	get builtIn() {
		return this.#builtIn;
	}
	get tour() {
		return this.#builtIn?.steps ?? [];
	}
	get byId(): ReadonlyMap<string, Place> {
		return this.#byId;
	}
	/** Each place's name and location in the app's other languages: search finds Gyumri on /ru/. */
	get aliases(): ReadonlyMap<string, readonly string[]> {
		const gather = this.#gatherAliases;
		if (!gather) return new Map();
		if (this.#aliases?.from !== gather) this.#aliases = { from: gather, map: gather() };
		return this.#aliases.map;
	}
	get loaded() {
		return this.#places.length > 0;
	}

	/** For tests: set the data directly. */
	set(places: Place[], builtIn: Lesson) {
		this.#places = places;
		this.#byId = new Map(places.map((p) => [p.id, p]));
		this.#builtIn = builtIn;
	}

	load(): Promise<void> {
		this.#loading ??= Promise.all([
			getJson<{ facilities: FacilityData[] }>(facilitiesUrl),
			getJson<{ conflicts: ConflictData[] }>(conflictsUrl),
			getJson<{ events: CstoEventData[] }>(eventsUrl),
			getJson<{ territories: TerritoryData[] }>(territoriesUrl),
			getJson<LessonData>(builtInUrl),
			otherLanguagesStateNames()
		]).then(async ([facilities, conflicts, events, territories, builtIn, stateNames]) => {
			// Every text in the page's language, once, as it arrives.
			const placesIn = (locale = getLocale()) => {
				const [f, c, e, t] = inLocale([facilities, conflicts, events, territories], locale);
				return toPlaces({ facilities: f.facilities, conflicts: c.conflicts, events: e.events, territories: t.territories });
			};
			const places = placesIn();
			const tour = inLocale(builtIn);
			// Read in one task, drawn (pins, lists, names around them) in the next: together they made a
			// long task on a phone (issue 26).
			await giveWay();
			this.set(places, tour);
			// Not at load: reading every text again in the other languages took tens of ms of a phone's start-up.
			this.#gatherAliases = () => {
				const aliases = new Map<string, string[]>();
				for (const locale of locales.filter((l) => l !== getLocale()))
					for (const p of placesIn(locale)) aliases.set(p.id, [...(aliases.get(p.id) ?? []), p.name, p.location.place]);
				// The states' names too (the page carries its own language's only): «Армения» finds Armenia on /.
				for (const names of stateNames)
					for (const [iso, name] of Object.entries(names)) aliases.set(iso, [...(aliases.get(iso) ?? []), name]);
				return aliases;
			};
		});
		this.#loading.catch(() => (this.#loading = null));
		return this.#loading;
	}
}
