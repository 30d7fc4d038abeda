/**
 * Facilities, conflicts, events, territories and the built-in tour (a lesson): fetched once as JSON from our own
 * origin after the first paint. Until they arrive the lists are empty and the rest works.
 */
import facilitiesUrl from '../../../data/facilities.json?url';
import conflictsUrl from '../../../data/conflicts.json?url';
import eventsUrl from '../../../data/events.json?url';
import territoriesUrl from '../../../data/territories.json?url';
import builtInUrl from '../../../data/lessons/built-in.json?url';
import type { ConflictData, CstoEventData, FacilityData, TerritoryData } from '$lib/data/schema';
import type { Lesson, LessonData } from '$lib/data/lessonSchema';
import { inLocale } from '$lib/i18n/locale';
import { toPlaces, type Place } from '$lib/domain/places';

async function getJson<T>(url: string): Promise<T> {
	const res = await fetch(new URL(url, document.baseURI).href);
	if (!res.ok) throw new Error(`Could not load ${url} (${res.status} ${res.statusText})`);
	return (await res.json()) as T;
}

class PlacesStore {
	#places = $state.raw<Place[]>([]);
	#builtIn = $state.raw<Lesson | null>(null);
	#byId = $state.raw(new Map<string, Place>());
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
	get loaded() {
		return this.#places.length > 0;
	}

	/** For tests and the unit-level domain: set the data directly. */
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
			getJson<LessonData>(builtInUrl)
		]).then((files) => {
			// Every text in the page's language, once, as it arrives.
			const [f, c, e, t, tour] = inLocale(files);
			this.set(toPlaces({ facilities: f.facilities, conflicts: c.conflicts, events: e.events, territories: t.territories }), tour);
		});
		this.#loading.catch(() => (this.#loading = null));
		return this.#loading;
	}
}

export const placesStore = new PlacesStore();
