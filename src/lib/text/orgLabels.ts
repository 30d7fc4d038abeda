/**
 * The organisations' short names for the controls (the picker, the table's columns), in the
 * page's language; small, for the first download. Running text uses orgText.ts ORG_NAME.
 */
import { m } from '$lib/paraglide/messages';
import { messageMap } from '$lib/i18n/messageMap';
import type { OrgId } from '$lib/data/orgIds';

export const ORG_LABEL: Readonly<Record<OrgId, string>> = messageMap({
	csto: m.org_pick_csto,
	nato: m.org_pick_nato,
	sco: m.org_pick_sco,
	cis: m.org_pick_cis,
	eaeu: m.org_pick_eaeu,
	ots: m.org_pick_ots,
	'union-state': m.org_pick_union_state,
	qccm: m.org_pick_qccm
});

/** An organisation view's title from one message for one organisation and one for a pair; null for the CSTO alone. */
export function orgTitle<P extends object>(
	org: { a: OrgId; b: OrgId | null } | null | undefined,
	params: P,
	one: (p: P & { org: string }) => string,
	pair: (p: P & { a: string; b: string }) => string
): string | null {
	if (!org) return null;
	return org.b ? pair({ ...params, a: ORG_LABEL[org.a], b: ORG_LABEL[org.b] }) : one({ ...params, org: ORG_LABEL[org.a] });
}
