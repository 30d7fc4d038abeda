/**
 * Where pins go, for both maps: points become pins, outlined territories become hatched areas,
 * and pins at one spot fan out (domain/spread.ts). Offsets are in CSS px at pin scale 1.
 */
import type { Place } from '$lib/domain/places';
import { spreadOffsets } from '$lib/domain/spread';
import { placeDates } from '$lib/text/panelText';

export interface PinLayout {
	pins: Place[];
	territories: (Place & { polygon: [number, number][] })[];
	offsets: Map<string, [number, number]>;
}

export function layoutPins(places: readonly Place[]): PinLayout {
	const pins = places.filter((p) => p.category !== 'territory');
	const territories = places.filter((p): p is Place & { polygon: [number, number][] } => p.category === 'territory' && !!p.polygon);
	const offsets = spreadOffsets(pins.map((p) => ({ id: p.id, lon: p.location.lon, lat: p.location.lat })));
	return { pins, territories, offsets };
}

/** Pins under a click within this many CSS px of each other are offered together. */
export const OVERLAP_PX = 9;

/** The hover text of a pin: its name and its dates. Text only, never HTML. */
export function pinTooltip(place: Place): string {
	return `${place.name} (${placeDates(place)})`;
}
