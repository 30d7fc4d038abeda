/**
 * A state's status in an organisation in a year, from the organisation's dated intervals
 * (data/organisations/<id>.json). Pure: no DOM, no map, no messages.
 */
import type { OrgStatus } from '$lib/data/orgIds';
import { referenceDate, startOf } from '$lib/data/dates';

export type OrgStatusOrNever = OrgStatus | 'never';

/** What the function needs of an organisation file (the parsed JSON satisfies it). */
export interface OrgIntervals {
	states: readonly { iso3: string; intervals: readonly { from: string; to: string | null; status: OrgStatus }[] }[];
}

/** Status on an ISO day: the interval that holds it (`to` exclusive), else 'never'. */
export function statusOn(org: OrgIntervals, iso3: string, isoDay: string): OrgStatusOrNever {
	const state = org.states.find((s) => s.iso3 === iso3);
	const interval = state?.intervals.find((iv) => startOf(iv.from) <= isoDay && (iv.to === null || isoDay < startOf(iv.to)));
	return interval?.status ?? 'never';
}

/** The map's year rule (dates.ts): 31 December of the year, or today for the current year. */
export function statusIn(org: OrgIntervals, iso3: string, year: number, today: string): OrgStatusOrNever {
	return statusOn(org, iso3, referenceDate(year, today));
}

/** The states with a given status in a year, in the file's order. */
export function statesWith(org: OrgIntervals, status: OrgStatus, year: number, today: string): string[] {
	const day = referenceDate(year, today);
	return org.states.filter((s) => statusOn(org, s.iso3, day) === status).map((s) => s.iso3);
}

export interface OrgSegment {
	status: OrgStatusOrNever;
	/** ISO day it starts. */
	from: string;
	/** Exclusive end (ISO day), or null: it still holds. */
	to: string | null;
}

/**
 * A state's history in an organisation as contiguous segments from `start` to today, the gaps
 * between intervals as 'never' (or what the interval before it said): the country panel's bar.
 * Empty when the state never had a status there.
 */
export function orgSegments(org: OrgIntervals, iso3: string, start = '1991-01-01'): OrgSegment[] {
	const intervals = org.states.find((s) => s.iso3 === iso3)?.intervals ?? [];
	if (!intervals.length) return [];
	const segments: OrgSegment[] = [];
	let at = start;
	for (const iv of intervals) {
		const from = startOf(iv.from) < start ? start : startOf(iv.from);
		const to = iv.to === null ? null : startOf(iv.to);
		if (to !== null && to <= start) continue;
		if (from > at) segments.push({ status: 'never', from: at, to: from });
		segments.push({ status: iv.status, from, to });
		if (to === null) return segments;
		at = to;
	}
	segments.push({ status: 'never', from: at, to: null });
	return segments;
}

/** The years in which a state's status in the organisation changed: an interval began or ended (the timeline strip's marks). */
export function orgChangeYears(org: OrgIntervals): Set<number> {
	const years = new Set<number>();
	for (const s of org.states)
		for (const iv of s.intervals) {
			years.add(Number(iv.from.slice(0, 4)));
			if (iv.to !== null) years.add(Number(iv.to.slice(0, 4)));
		}
	return years;
}
