/** Everything the map, table and summary show for one year, derived once per year change. */
import type { CountryRecord, MembershipEvent } from '$lib/data/schema';
import { STATUSES, statusInYear, changesInYear, STATUS_LABEL, type Status } from './status';
import { compareNames } from './text';
import { m } from '$lib/paraglide/messages';
import { formatList } from '$lib/i18n/format';

export interface CountryYearRow {
	iso3: string;
	name: string;
	status: Status;
	since: MembershipEvent | null;
	changes: string[];
}

export interface YearView {
	year: number;
	rows: CountryYearRow[];
	counts: Record<Status, number>;
	byIso: Map<string, CountryYearRow>;
}

// Names never change, so the table order is worked out once per list of states: sorting with
// accent-folding comparisons on every year step was a measurable share of a step's JavaScript.
const byName = new WeakMap<readonly CountryRecord[], CountryRecord[]>();
function sortedByName(countries: readonly CountryRecord[]): CountryRecord[] {
	let sorted = byName.get(countries);
	if (!sorted) byName.set(countries, (sorted = [...countries].sort((a, b) => compareNames(a.name, b.name))));
	return sorted;
}

export function yearView(countries: readonly CountryRecord[], year: number, today: string): YearView {
	const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
	const rows = sortedByName(countries).map((c) => {
		const { status, since } = statusInYear(c, year, today);
		counts[status] += 1;
		return { iso3: c.iso3, name: c.name, status, since, changes: changesInYear(c, year, today) };
	});
	return { year, rows, counts, byIso: new Map(rows.map((r) => [r.iso3, r])) };
}

/**
 * The Collective Security Treaty was signed on 15 May 1992 but entered into force only on
 * 20 April 1994. Before that the map counts its signatories as members; the summary says so.
 */
export const TREATY_IN_FORCE = '1994-04-20';
export const notYetInForceNote = (): string => m.summary_not_in_force();

/** True for the years whose reference date (31 December) falls before the treaty took effect. */
export function treatyNotYetInForce(year: number): boolean {
	return `${year}-12-31` < TREATY_IN_FORCE;
}

/** The sentence a screen reader announces: "2010 — 7 members: Armenia, …". */
export function summarySentence(view: YearView): string {
	const members = view.rows.filter((r) => r.status === 'member').map((r) => r.name);
	const suspended = view.rows.filter((r) => r.status === 'suspended').map((r) => r.name);
	const changed = view.rows
		.filter((r) => r.changes.length)
		.map((r) => m.summary_change_item({ name: r.name, changes: r.changes.join(', ') }));
	const { year } = view;
	const parts: string[] = [
		members.length === 0 ? m.summary_no_members({ year }) : m.summary_members({ year, count: members.length, names: formatList(members) })
	];
	if (members.length && treatyNotYetInForce(view.year)) parts.push(notYetInForceNote());
	if (suspended.length) parts.push(m.summary_suspended({ label: STATUS_LABEL.suspended, names: formatList(suspended) }));
	if (changed.length) parts.push(m.summary_changes({ changes: changed.join('; ') }));
	return parts.join(' ');
}
