/**
 * What changed in an organisation view from one year to another (issue 25), as the change lines of
 * the handout and of Compare years: one line per change of status, naming the states ("Never a
 * member → Member: Estonia, Latvia and Lithuania"). Loaded with those views, not with the page.
 */
import type { OrgScene } from '$lib/domain/orgScene';
import type { OrgStatusOrNever } from '$lib/domain/orgStatus';
import { nameOfAnyState } from '$lib/data/allCountryNames';
import { compareNames } from '$lib/domain/text';
import { formatList } from '$lib/i18n/format';
import { ORG_LABEL } from './orgLabels';
import { ORG_WORDS } from './orgText';

const word = (s: OrgStatusOrNever) => ORG_WORDS.oneShort[s === 'associate' ? 'partner' : s];

/** The change lines of `now` against the year before; in a pair each line names its organisation. */
export function orgChangeLines(before: OrgScene | undefined, now: OrgScene): string[] {
	const lines: string[] = [];
	const layers = [
		{ id: now.a, statuses: now.statusA, was: before?.statusA },
		...(now.b && now.statusB ? [{ id: now.b, statuses: now.statusB, was: before?.statusB }] : [])
	];
	for (const { id, statuses, was } of layers) {
		const moves = new Map<string, string[]>();
		for (const [iso, s] of statuses) {
			const from = was?.get(iso) ?? 'never';
			if (from === s) continue;
			const key = `${word(from)} → ${word(s)}`;
			moves.set(key, [...(moves.get(key) ?? []), nameOfAnyState(iso)]);
		}
		const prefix = now.b ? `${ORG_LABEL[id]}: ` : '';
		for (const [move, names] of moves) lines.push(`${prefix}${move}: ${formatList(names.sort(compareNames))}`);
	}
	return lines;
}
