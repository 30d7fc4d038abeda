/**
 * Facilities, conflicts and events (the CSTO's and others') as one list of places on the map, and what shows
 * in a given year. Pure: no DOM, no map.
 */
import type { Conflict, CstoEvent, Facility, Territory, Citation, Dispute, Location } from '$lib/data/schema';
import { endOf, referenceDate, startOf, yearOf } from '$lib/data/dates';

export type PlaceCategory = 'facility' | 'conflict' | 'event' | 'territory';

/** The symbol a pin is drawn with; several data kinds share one. */
export const SYMBOLS = ['base', 'airbase', 'range-radar', 'peacekeeping', 'nuclear', 'conflict', 'event', 'territory'] as const;
export type PinSymbol = (typeof SYMBOLS)[number];

export interface Place {
	id: string;
	category: PlaceCategory;
	kind: string;
	symbol: PinSymbol;
	name: string;
	country: string;
	location: Location;
	start: string;
	end: string | null;
	description: string;
	citations: Citation[];
	disputes: Dispute[];
	identification?: Facility['identification'];
	alleged?: boolean;
	cstoResponse?: Conflict['cstoResponse'];
	/** Territories only: the approximate outline drawn hatched. */
	polygon?: [number, number][];
}

const FACILITY_SYMBOL: Record<Facility['kind'], PinSymbol> = {
	base: 'base',
	troops: 'base',
	airbase: 'airbase',
	range: 'range-radar',
	radar: 'range-radar',
	communications: 'range-radar',
	seismic: 'range-radar',
	nuclear: 'nuclear',
	peacekeeping: 'peacekeeping'
};

export function toPlaces(data: { facilities: Facility[]; conflicts: Conflict[]; events: CstoEvent[]; territories: Territory[] }): Place[] {
	const common = (r: Facility | Conflict | CstoEvent | Territory) => ({
		id: r.id,
		kind: r.kind,
		name: r.name,
		country: r.country,
		location: r.location,
		start: r.start,
		end: r.end,
		description: r.description,
		citations: r.citations,
		disputes: r.disputes ?? []
	});
	return [
		...data.facilities.map((r) => ({
			...common(r),
			category: 'facility' as const,
			symbol: FACILITY_SYMBOL[r.kind],
			identification: r.identification
		})),
		...data.conflicts.map((r) => ({
			...common(r),
			category: 'conflict' as const,
			symbol: 'conflict' as const,
			alleged: r.alleged,
			cstoResponse: r.cstoResponse
		})),
		...data.events.map((r) => ({ ...common(r), category: 'event' as const, symbol: 'event' as const })),
		...data.territories.map((r) => ({
			...common(r),
			category: 'territory' as const,
			symbol: 'territory' as const,
			polygon: r.polygon as [number, number][]
		}))
	];
}

/** How long a finished conflict stays on the map, dimmed. */
export const CONFLICT_AFTERGLOW_YEARS = 3;

export type Visibility = 'active' | 'past' | 'hidden';

/**
 * What a pin shows in a year: facilities while active, events in their year, conflicts while
 * they run and dimmed for a few years after (or always after, with showAllPast).
 * "During the year" means between 1 January and the year's reference date.
 */
export function visibilityIn(place: Place, year: number, today: string, showAllPast = false): Visibility {
	const { start, end } = spanOf(place);
	if (start > referenceDate(year, today)) return 'hidden';
	if (end >= `${year}-01-01`) return 'active';
	if (place.category !== 'conflict') return 'hidden';
	return showAllPast || year - yearOf(end) <= CONFLICT_AFTERGLOW_YEARS ? 'past' : 'hidden';
}

// Places never change once loaded: their first and last days are worked out once, not on every
// year step for every pin (issue 26).
const spans = new WeakMap<Place, { start: string; end: string }>();
function spanOf(place: Place): { start: string; end: string } {
	let span = spans.get(place);
	if (!span) spans.set(place, (span = { start: startOf(place.start), end: place.end === null ? '9999-12-31' : endOf(place.end) }));
	return span;
}

/** A state's places: all of them, and those active in the shown year (after the filters). */
export function placesOfState(
	places: readonly Place[],
	iso3: string,
	visibility: ReadonlyMap<string, Visibility>
): { all: Place[]; active: Place[] } {
	const all = places.filter((p) => p.country === iso3);
	return { all, active: all.filter((p) => (visibility.get(p.id) ?? 'hidden') === 'active') };
}

/** Events and conflict starts per year from `min` to `max`: where history is dense (the slider's strip). */
export function placesPerYear(places: readonly Place[], min: number, max: number): { year: number; events: Place[]; conflicts: Place[] }[] {
	const out: { year: number; events: Place[]; conflicts: Place[] }[] = [];
	for (let y = min; y <= max; y++) out.push({ year: y, events: [], conflicts: [] });
	for (const p of places) {
		const y = yearOf(p.start);
		if (y < min || y > max) continue;
		if (p.category === 'event') out[y - min].events.push(p);
		else if (p.category === 'conflict') out[y - min].conflicts.push(p);
	}
	return out;
}
