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
