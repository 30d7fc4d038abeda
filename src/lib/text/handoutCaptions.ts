/**
 * The words under each handout map. A map's own year says what happened in it (changeLines); a
 * map after a gap also says what changed since the previous map, so a sheet of "every five years"
 * tells the whole story. The first map says how things stood. Also the "turning points": every
 * year in which any state's status changed, and the year the treaty took effect. Pure: no DOM.
 */
import type { CountryRecord } from '$lib/data/schema';
import { m } from '$lib/paraglide/messages';
import { formatList } from '$lib/i18n/format';
import { changeTypesInYear, statusInYear, type StatusOnDate } from '$lib/domain/status';
import { compareNames } from '$lib/domain/text';
import { TREATY_IN_FORCE } from '$lib/domain/yearView';
import { yearOf } from '$lib/data/dates';
import { changeLines } from './handoutText';

/** Longer lists are counted ("9 states joined"): a cell leaves room for three short lines. */
export const MAX_NAMED = 6;

/** Every year in [min, max] in which membership changed (any status), the treaty's year among them. */
export function turningPoints(countries: readonly CountryRecord[], min: number, max: number, today: string): number[] {
	const years: number[] = [];
	for (let y = min; y <= max; y++) {
		if (y === yearOf(TREATY_IN_FORCE) || countries.some((c) => changeTypesInYear(c, y, today).length)) years.push(y);
	}
	return years;
}

type Change = 'joined' | 'rejoined' | 'resumed' | 'left' | 'suspended' | 'frozen' | 'observer' | 'back';

const SINCE_LINE: Record<Change, (inputs: { year: number; names: string }) => string> = {
	joined: m.handout_since_joined,
	rejoined: m.handout_since_rejoined,
	resumed: m.handout_since_resumed,
	left: m.handout_since_left,
	suspended: m.handout_since_suspended,
	frozen: m.handout_since_frozen,
	observer: m.handout_since_observer,
	back: m.handout_since_back
};

/** The change from one status to another, told by where it ended. */
function changeBetween(before: StatusOnDate, after: StatusOnDate): Change | null {
	if (before.status === after.status) return before.since === after.since ? null : 'back';
	switch (after.status) {
		case 'member':
			return before.status === 'former' ? 'rejoined' : before.status === 'suspended' ? 'resumed' : 'joined';
		case 'suspended':
			return after.since?.type === 'frozen' ? 'frozen' : 'suspended';
		case 'observer':
			return 'observer';
		default:
			return 'left';
	}
}

/** "Azerbaijan, Georgia and Uzbekistan", or "9 states" when the list would not fit. */
const names = (list: readonly string[]) => (list.length > MAX_NAMED ? m.handout_states({ count: list.length }) : formatList(list));

const sortedByName = (countries: readonly CountryRecord[]) => [...countries].sort((a, b) => compareNames(a.name, b.name));

/**
 * What changed from the end of `from` to the end of `to` (the map's previous year), one line per
 * kind of change: "Since 1996: Azerbaijan, Georgia and Uzbekistan left".
 */
export function sinceLines(countries: readonly CountryRecord[], from: number, to: number, today: string): string[] {
	if (to <= from) return [];
	const byChange = new Map<Change, string[]>();
	for (const c of sortedByName(countries)) {
		const change = changeBetween(statusInYear(c, from, today), statusInYear(c, to, today));
		if (change) byChange.set(change, [...(byChange.get(change) ?? []), c.name]);
	}
	const lines = [...byChange].map(([change, list]) => SINCE_LINE[change]({ year: from, names: names(list) }));
	const treaty = yearOf(TREATY_IN_FORCE);
	if (from < treaty && treaty <= to) lines.push(m.handout_since_treaty({ treaty }));
	return lines;
}

/** How things stood at the end of a year: "Members: …", and who had suspended or frozen theirs. */
export function stateLines(countries: readonly CountryRecord[], year: number, today: string): string[] {
	const members: string[] = [];
	const held = { suspended: [] as string[], frozen: [] as string[] };
	for (const c of sortedByName(countries)) {
		const s = statusInYear(c, year, today);
		if (s.status === 'member') members.push(c.name);
		else if (s.status === 'suspended') held[s.since?.type === 'frozen' ? 'frozen' : 'suspended'].push(c.name);
	}
	const lines = members.length ? [m.handout_state_members({ names: names(members) })] : [];
	if (held.suspended.length) lines.push(m.handout_state_suspended({ names: names(held.suspended) }));
	if (held.frozen.length) lines.push(m.handout_state_frozen({ names: names(held.frozen) }));
	return lines.length ? lines : [m.handout_state_none()];
}

/**
 * Each map's lines, in the order of `years` (sorted). The first map: what happened in its year,
 * or else how things stood. Every other map: what changed between the previous map and its own
 * year, then what happened in its year; "No change since 2006" when nothing did.
 */
export function handoutCaptions(countries: readonly CountryRecord[], years: readonly number[], today: string): string[][] {
	return years.map((year, i) => {
		const inYear = changeLines(countries, year, today);
		if (i === 0) return inYear.length ? inYear : stateLines(countries, year, today);
		const prev = years[i - 1];
		const lines = [...sinceLines(countries, prev, year - 1, today), ...inYear];
		return lines.length ? lines : [m.handout_no_change_since({ year: prev })];
	});
}
