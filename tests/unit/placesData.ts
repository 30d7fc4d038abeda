// The places as the app builds them, read straight from data/ for unit tests.
import facilities from '../../data/facilities.json';
import conflicts from '../../data/conflicts.json';
import events from '../../data/events.json';
import territories from '../../data/territories.json';
import { toPlaces } from '$lib/domain/places';

import { inLocale } from '$lib/i18n/locale';

/** The places with their texts in one language. */
export const placesIn = (locale: 'en' | 'ru') =>
	toPlaces(
		inLocale(
			{
				facilities: facilities.facilities as never,
				conflicts: conflicts.conflicts as never,
				events: events.events as never,
				territories: territories.territories as never
			},
			locale
		)
	);
// In English, as the data review reads them against the (English) sources.
export const places = placesIn('en');
export const placeById = new Map(places.map((p) => [p.id, p]));
