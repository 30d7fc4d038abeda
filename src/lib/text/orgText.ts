/**
 * The organisation views' words in the page's language (issue 25), handed to sceneOf as
 * SceneWords.org. Loaded with an organisation's data (state/orgView.ts), so the first download
 * does not carry them.
 */
import type { OrgId } from '$lib/data/orgIds';
import { nameOfAnyState } from '$lib/data/allCountryNames';
import { ONE_ORG_TERMS, type OneOrgTerm, type OrgWords, type PairTerm } from '$lib/domain/orgScene';
import type { SceneWords } from '$lib/domain/scene';
import { compareNames } from '$lib/domain/text';
import { formatList } from '$lib/i18n/format';
import { messageMap } from '$lib/i18n/messageMap';
import { m } from '$lib/paraglide/messages';
import { SCENE_WORDS } from './sceneText';

/** An organisation's name in running text: "the CSTO", "NATO" («ОДКБ», «НАТО»). */
export const ORG_NAME: Readonly<Record<OrgId, string>> = messageMap({
	csto: m.org_name_csto,
	nato: m.org_name_nato,
	sco: m.org_name_sco,
	cis: m.org_name_cis,
	eaeu: m.org_name_eaeu,
	ots: m.org_name_ots,
	'union-state': m.org_name_union_state,
	qccm: m.org_name_qccm
});

const ONE_LABEL: Readonly<Record<OneOrgTerm, string>> = messageMap({
	member: m.org_status_member,
	observer: m.org_status_observer,
	partner: m.org_status_partner,
	suspended: m.org_status_suspended,
	former: m.org_status_former,
	never: m.org_status_never
});
const ONE_SHORT: Readonly<Record<OneOrgTerm, string>> = messageMap({
	member: m.org_status_short_member,
	observer: m.org_status_short_observer,
	partner: m.org_status_short_partner,
	suspended: m.org_status_short_suspended,
	former: m.org_status_short_former,
	never: m.org_status_short_never
});

type Pair = { a: string; b: string };
const PAIR_LABEL: Readonly<Record<PairTerm, (p: Pair) => string>> = {
	a: m.org_pair_a,
	b: m.org_pair_b,
	both: m.org_pair_both,
	linked: m.org_pair_linked,
	neither: m.org_pair_neither
};
const PAIR_SHORT: Readonly<Record<PairTerm, (p: Pair) => string>> = {
	a: m.org_pair_short_a,
	b: m.org_pair_short_b,
	both: m.org_pair_short_both,
	linked: m.org_pair_short_linked,
	neither: m.org_pair_short_neither
};
const names = (a: OrgId, b: OrgId): Pair => ({ a: ORG_NAME[a], b: ORG_NAME[b] });

/** States by name in the page's language, sorted, as a list: "Kazakhstan, Russia and Tajikistan". */
function stateList(isos: readonly string[]): string {
	return formatList(isos.map(nameOfAnyState).sort(compareNames));
}

export const ORG_WORDS: OrgWords = {
	oneLabel: ONE_LABEL,
	oneShort: ONE_SHORT,
	pairLabel: (term, a, b) => PAIR_LABEL[term](names(a, b)),
	pairShort: (term, a, b) => PAIR_SHORT[term](names(a, b)),
	oneSummary({ org, year, states }) {
		const name = ORG_NAME[org];
		const { member, ...others } = states;
		const parts = [
			member.length
				? m.org_summary_members({ org: name, year, count: member.length, names: stateList(member) })
				: m.org_summary_no_members({ org: name, year })
		];
		for (const term of ONE_ORG_TERMS)
			if (term !== 'member' && term !== 'never' && others[term].length)
				parts.push(m.org_summary_group({ label: ONE_LABEL[term], names: stateList(others[term]) }));
		// A sentence starts with a capital, even with "the Organization of Turkic States" first.
		const text = parts.join(' ');
		return text.charAt(0).toLocaleUpperCase() + text.slice(1);
	},
	pairSummary({ a, b, year, both, aOnly, bOnly }) {
		const pair = names(a, b);
		const parts = [
			both.length
				? m.org_summary_both({ ...pair, year, count: both.length, names: stateList(both) })
				: m.org_summary_none_in_both({ ...pair, year })
		];
		if (aOnly.length) parts.push(m.org_summary_group({ label: m.org_pair_short_a(pair), names: stateList(aOnly) }));
		if (bOnly.length) parts.push(m.org_summary_group({ label: m.org_pair_short_b(pair), names: stateList(bOnly) }));
		return parts.join(' ');
	}
};

/** Every word a scene needs, the organisation views' included. */
export const ORG_SCENE_WORDS: SceneWords = { ...SCENE_WORDS, org: ORG_WORDS };
