/** Everything the map, table and summary show for one year, derived once per year change (as data; text/ words it). */
import type { CountryRecord, MembershipEvent, MembershipEventType } from '$lib/data/schema';
import { STATUSES, statusInYear, changeTypesInYear, type Status } from './status';
import { compareNames } from './text';

export interface CountryYearRow {
	iso3: string;
	name: string;
	status: Status;
	since: MembershipEvent | null;
	/** What changed the state's status this year (text/statusText.ts words them). */
	changes: MembershipEventType[];
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
		return { iso3: c.iso3, name: c.name, status, since, changes: changeTypesInYear(c, year, today) };
	});
	return { year, rows, counts, byIso: new Map(rows.map((r) => [r.iso3, r])) };
}

/**
 * The Collective Security Treaty was signed on 15 May 1992 but entered into force only on
 * 20 April 1994. Before that the map counts its signatories as members; the summary says so
 * (text/summaryText.ts).
 */
export const TREATY_IN_FORCE = '1994-04-20';

/** True for the years whose reference date (31 December) falls before the treaty took effect. */
export function treatyNotYetInForce(year: number): boolean {
	return `${year}-12-31` < TREATY_IN_FORCE;
}
