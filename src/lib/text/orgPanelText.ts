/**
 * The country panel's words for the organisations besides the CSTO (issue 25), in the page's
 * language. Imported only by the lazily loaded bars (OrgBars.svelte), so the first download does
 * not carry them.
 */
import type { OrgStatusOrNever } from '$lib/domain/orgStatus';
import { formatPartialDate } from '$lib/i18n/format';
import { messageMap } from '$lib/i18n/messageMap';
import { m } from '$lib/paraglide/messages';
import { formatSinceDate } from './panelText';

/** A status in the panel: partners and associates apart, unlike the map's legend, which groups them. */
export const ORG_STATUS_WORD: Readonly<Record<OrgStatusOrNever, string>> = messageMap({
	member: m.orgpanel_status_member,
	observer: m.orgpanel_status_observer,
	partner: m.orgpanel_status_partner,
	associate: m.orgpanel_status_associate,
	suspended: m.orgpanel_status_suspended,
	former: m.orgpanel_status_former,
	never: m.orgpanel_status_never
});

/** One dated interval: "Member since 21 December 1991", "Member from 21 Dec 1991 to 26 Aug 2005". */
export function intervalText(iv: { status: OrgStatusOrNever; from: string; to: string | null }): string {
	const status = ORG_STATUS_WORD[iv.status];
	if (iv.to === null) return m.orgpanel_interval_since({ status, from: formatSinceDate(iv.from) });
	return m.orgpanel_interval_from_to({ status, from: formatPartialDate(iv.from), to: formatPartialDate(iv.to) });
}

/**
 * The presenter caption's one line for the other organisations: "Also, in 2024: CIS, EAEU, SCO,
 * OTS (observer)". Members are named alone; other statuses in brackets. Empty: no line.
 */
export function alsoLine(year: number, orgs: readonly { short: string; status: OrgStatusOrNever }[]): string {
	const shown = orgs.filter((o) => o.status !== 'never');
	if (!shown.length) return '';
	const list = shown
		.map((o) => (o.status === 'member' ? o.short : m.orgpanel_also_item({ org: o.short, status: ORG_STATUS_WORD[o.status].toLowerCase() })))
		.join(', ');
	return m.orgpanel_also({ year, list });
}
