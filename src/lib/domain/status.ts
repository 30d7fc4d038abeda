/**
 * Membership status of a state on a date, derived from its dated events. Pure: no DOM, no map.
 */
import type { CountryRecord, MembershipEvent, MembershipEventType } from '$lib/data/schema';
import { referenceDate, startOf, yearOf } from './dates';
import { compareCodes } from './text';
import { m } from '$lib/paraglide/messages';
import { messageMap } from '$lib/i18n/messageMap';

export const STATUSES = ['member', 'suspended', 'former', 'observer', 'never'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABEL: Readonly<Record<Status, string>> = messageMap({
	member: m.status_member,
	suspended: m.status_suspended,
	former: m.status_former,
	/** Observer status exists only in the CSTO Parliamentary Assembly (Serbia, Afghanistan since 2013). */
	observer: m.status_observer,
	never: m.status_never
});

/** The same, short enough for the legend under the map; the full label is its tooltip. */
export const STATUS_SHORT: Readonly<Record<Status, string>> = messageMap({
	member: m.status_short_member,
	suspended: m.status_short_suspended,
	former: m.status_short_former,
	observer: m.status_short_observer,
	never: m.status_short_never
});

/** What each event does to the status it follows. Observer status never overrides membership. */
function apply(current: Status, type: MembershipEventType): Status {
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

// Russian names the change with a noun («вступление»): a verb would have to agree with each state's gender.
const CHANGE_VERB: Readonly<Record<MembershipEventType, string>> = messageMap({
	signed: m.change_signed,
	acceded: m.change_acceded,
	'in-force': m.change_in_force,
	'declined-renewal': m.change_left,
	left: m.change_left,
	rejoined: m.change_rejoined,
	suspended: m.change_suspended,
	frozen: m.change_frozen,
	resumed: m.change_resumed,
	observer: m.change_observer
});

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

/** The same as words: "joined", "left" («вступление», «выход»). */
export function changeVerbsInYear(country: CountryRecord, year: number, today: string): string[] {
	return changeTypesInYear(country, year, today).map((type) => CHANGE_VERB[type]);
}

/** The same as short labels with the year: "joined 1993". */
export function changesInYear(country: CountryRecord, year: number, today: string): string[] {
	return changeVerbsInYear(country, year, today).map((change) => m.change_with_year({ change, year }));
}

export interface TimelineSegment {
	status: Status;
	from: string;
	/** Exclusive end (ISO day) or null: runs to today. */
	to: string | null;
}

/** The status history as contiguous segments from `start` (default 1992-01-01) to today. */
export function timeline(country: CountryRecord, start = '1992-01-01'): TimelineSegment[] {
	const segments: TimelineSegment[] = [{ status: 'never', from: start, to: null }];
	let status: Status = 'never';
	for (const e of sortedEvents(country)) {
		const next = apply(status, e.type);
		if (next === status) continue;
		const day = startOf(e.date) < start ? start : startOf(e.date);
		const last = segments[segments.length - 1];
		if (last.from === day) {
			last.status = next;
		} else {
			last.to = day;
			segments.push({ status: next, from: day, to: null });
		}
		status = next;
	}
	return segments;
}
