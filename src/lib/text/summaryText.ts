/** The year's summary in words: the sentence a screen reader announces and the summary shows. */
import { treatyNotYetInForce, type YearView } from '$lib/domain/yearView';
import { formatList } from '$lib/i18n/format';
import { m } from '$lib/paraglide/messages';
import { STATUS_LABEL, changeWithYear } from './statusText';

export const notYetInForceNote = (): string => m.summary_not_in_force();

/** The sentence a screen reader announces: "2010 — 7 members: Armenia, …". */
export function summarySentence(view: YearView): string {
	const { year } = view;
	const members = view.rows.filter((r) => r.status === 'member').map((r) => r.name);
	const suspended = view.rows.filter((r) => r.status === 'suspended').map((r) => r.name);
	const changed = view.rows
		.filter((r) => r.changes.length)
		.map((r) => m.summary_change_item({ name: r.name, changes: r.changes.map((type) => changeWithYear(type, year)).join(', ') }));
	const parts: string[] = [
		members.length === 0 ? m.summary_no_members({ year }) : m.summary_members({ year, count: members.length, names: formatList(members) })
	];
	if (members.length && treatyNotYetInForce(view.year)) parts.push(notYetInForceNote());
	if (suspended.length) parts.push(m.summary_suspended({ label: STATUS_LABEL.suspended, names: formatList(suspended) }));
	if (changed.length) parts.push(m.summary_changes({ changes: changed.join('; ') }));
	return parts.join(' ');
}
