/**
 * Facilities, conflicts, events, territories and the tour: fetched once as JSON from our own
 * origin after the first paint. Until they arrive the lists are empty and the rest works.
 */
import facilitiesUrl from '../../../data/facilities.json?url';
import conflictsUrl from '../../../data/conflicts.json?url';
import eventsUrl from '../../../data/events.json?url';
import territoriesUrl from '../../../data/territories.json?url';
import tourUrl from '../../../data/tour.json?url';
import type { Conflict, CstoEvent, Facility, Territory, TourStep } from '$lib/data/schema';
import { toPlaces, type Place } from '$lib/domain/places';

async function getJson<T>(url: string): Promise<T> {
	const res = await fetch(new URL(url, document.baseURI).href);
	if (!res.ok) throw new Error(`Could not load ${url} (${res.status} ${res.statusText})`);
	return (await res.json()) as T;
}

class PlacesStore {
	#places = $state.raw<Place[]>([]);
	#tour = $state.raw<TourStep[]>([]);
	#byId = $state.raw(new Map<string, Place>());
	#loading: Promise<void> | null = null;

	get places() {
		return this.#places;
	}
	get tour() {
		return this.#tour;
	}
	get byId(): ReadonlyMap<string, Place> {
		return this.#byId;
	}
	get loaded() {
		return this.#places.length > 0;
	}

	/** For tests and the unit-level domain: set the data directly. */
	set(places: Place[], tour: TourStep[]) {
		this.#places = places;
		this.#byId = new Map(places.map((p) => [p.id, p]));
		this.#tour = tour;
	}

	load(): Promise<void> {
		this.#loading ??= Promise.all([
			getJson<{ facilities: Facility[] }>(facilitiesUrl),
			getJson<{ conflicts: Conflict[] }>(conflictsUrl),
			getJson<{ events: CstoEvent[] }>(eventsUrl),
			getJson<{ territories: Territory[] }>(territoriesUrl),
			getJson<{ steps: TourStep[] }>(tourUrl)
		]).then(([f, c, e, t, tour]) => {
			this.set(toPlaces({ facilities: f.facilities, conflicts: c.conflicts, events: e.events, territories: t.territories }), tour.steps);
		});
		this.#loading.catch(() => (this.#loading = null));
		return this.#loading;
	}
}

export const placesStore = new PlacesStore();
