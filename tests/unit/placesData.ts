// The places as the app builds them, read straight from data/ for unit tests.
import facilities from '../../data/facilities.json';
import conflicts from '../../data/conflicts.json';
import events from '../../data/events.json';
import territories from '../../data/territories.json';
import { toPlaces } from '$lib/domain/places';

export const places = toPlaces({
	facilities: facilities.facilities as never,
	conflicts: conflicts.conflicts as never,
	events: events.events as never,
	territories: territories.territories as never
});
export const placeById = new Map(places.map((p) => [p.id, p]));
