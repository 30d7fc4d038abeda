/** Statuses and membership changes in words, in the page's language (the rules: domain/status.ts). */
import type { CountryRecord, MembershipEventType } from '$lib/data/schema';
import { changeTypesInYear, type Status } from '$lib/domain/status';
import { m } from '$lib/paraglide/messages';
import { messageMap } from '$lib/i18n/messageMap';

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

// Russian names the change with a noun («вступление»): a verb would have to agree with each state's gender.
export const CHANGE_VERB: Readonly<Record<MembershipEventType, string>> = messageMap({
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

/** A change with its year: "joined 1993". */
export const changeWithYear = (type: MembershipEventType, year: number): string => m.change_with_year({ change: CHANGE_VERB[type], year });

/** The same as words: "joined", "left" («вступление», «выход»). */
export function changeVerbsInYear(country: CountryRecord, year: number, today: string): string[] {
	return changeTypesInYear(country, year, today).map((type) => CHANGE_VERB[type]);
}

/** The same as short labels with the year: "joined 1993". */
export function changesInYear(country: CountryRecord, year: number, today: string): string[] {
	return changeTypesInYear(country, year, today).map((type) => changeWithYear(type, year));
}
