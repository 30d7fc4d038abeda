/**
 * The reader's choice of map (detailed or lite), kept in localStorage so a classroom PC remembers
 * it. Storage may be blocked (private mode, locked-down profiles): then the choice lasts the visit.
 */
import { parseMapRenderer, type MapRenderer } from '$lib/domain/mapRenderer';

export const MAP_PREFERENCE_KEY = 'csto-atlas:map';

let sessionChoice: MapRenderer | null = null;

export function readMapPreference(): MapRenderer | null {
	try {
		return parseMapRenderer(localStorage.getItem(MAP_PREFERENCE_KEY)) ?? sessionChoice;
	} catch {
		return sessionChoice;
	}
}

export function saveMapPreference(choice: MapRenderer): void {
	sessionChoice = choice;
	try {
		localStorage.setItem(MAP_PREFERENCE_KEY, choice);
	} catch {
		// Kept for this visit only.
	}
}
