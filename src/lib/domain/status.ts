/**
 * Membership status of a state on a date, derived from its dated events. Pure: no DOM, no map,
 * no words (text/statusText.ts names the statuses and changes).
 */
import type { CountryRecord, MembershipEvent, MembershipEventType } from '$lib/data/schema';
import { referenceDate, startOf, yearOf } from '$lib/data/dates';
import { compareCodes } from './text';

export const STATUSES = ['member', 'suspended', 'former', 'observer', 'never'] as const;
export type Status = (typeof STATUSES)[number];

/** What each event does to the status it follows. Observer status never overrides membership. */
export function apply(current: Status, type: MembershipEventType): Status {
	switch (type) {
		case 'signed':
		case 'acceded':
		case 'rejoined':
		case 'resumed':
		case 'in-force':
			return 'member';
		case 'declined-renewal':
		case 'left':
			return 'former';
		case 'suspended':
		case 'frozen':
			return current === 'member' || current === 'suspended' ? 'suspended' : current;
		case 'observer':
			return current === 'member' || current === 'suspended' ? current : 'observer';
	}
}

// Records are never changed after loading, so each state's events are sorted once: every year
// change asks for every state's status (measured: sorting on each call was ~35 ms of start-up).
const sortedCache = new WeakMap<CountryRecord, readonly MembershipEvent[]>();

export function sortedEvents(country: CountryRecord): readonly MembershipEvent[] {
	let sorted = sortedCache.get(country);
	if (!sorted) {
		sorted = [...country.events].sort((a, b) => compareCodes(startOf(a.date), startOf(b.date)));
		sortedCache.set(country, sorted);
	}
	return sorted;
}

export interface StatusOnDate {
	status: Status;
	/** The event that put the state into this status, or null if it never had one. */
	since: MembershipEvent | null;
}

/** Status on an ISO day ("2010-12-31"). */
export function statusAt(country: CountryRecord, isoDate: string): StatusOnDate {
	let status: Status = 'never';
	let since: MembershipEvent | null = null;
	for (const e of sortedEvents(country)) {
		if (startOf(e.date) > isoDate) break;
		const next = apply(status, e.type);
		if (next !== status) {
			status = next;
			since = e;
		}
	}
	return { status, since };
}

export function statusInYear(country: CountryRecord, year: number, today: string): StatusOnDate {
	return statusAt(country, referenceDate(year, today));
}

/**
 * The events of a year that changed the state's status: "acceded", "left". Up to the reference
 * date, so the current year only lists what has happened. The summary names them as verbs, the
 * handout groups the states by them.
 */
export function changeTypesInYear(country: CountryRecord, year: number, today: string): MembershipEventType[] {
	const ref = referenceDate(year, today);
	const types: MembershipEventType[] = [];
	let status: Status = 'never';
	for (const e of sortedEvents(country)) {
		if (startOf(e.date) > ref) break;
		const next = apply(status, e.type);
		if (next !== status && yearOf(e.date) === year) types.push(e.type);
		status = next;
	}
	return types;
}
