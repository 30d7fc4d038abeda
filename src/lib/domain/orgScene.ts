/**
 * The map of one organisation besides the CSTO, or of two compared (issue 25): what sceneOf
 * (scene.ts) shows instead of the CSTO's statuses. Pure: the words come in as OrgWords.
 */
import type { OrgId } from '$lib/data/orgIds';
import { statusOn, type OrgIntervals, type OrgStatusOrNever } from './orgStatus';
import type { YearView } from './yearView';
import { FILL_COLOR, type MapFill, type PairFill } from './palette';
import type { LegendEntry } from './scene';

/** An organisation as a scene needs it; `intervals` null is the CSTO, whose statuses the year view has. */
export interface OrgLayer {
	id: OrgId;
	intervals: OrgIntervals | null;
}

/** One organisation (b null), or A and B compared. */
export interface OrgSceneInput {
	a: OrgLayer;
	b: OrgLayer | null;
}

/** What a scene adds for an organisation view: each state's status in A (and B) in the year. */
export interface OrgScene {
	a: OrgId;
	b: OrgId | null;
	/** Every state of the fills: the table's and the panel's column for A. */
	statusA: ReadonlyMap<string, OrgStatusOrNever>;
	statusB: ReadonlyMap<string, OrgStatusOrNever> | null;
	/**
	 * Observers, partners and associates of A or B. In a pair they are filled by where they are
	 * members (or 'pair-linked' if of neither); renderers outline or hatch these to mark them.
	 */
	linked: ReadonlySet<string>;
}

/** The statuses one organisation's legend can show, in order; partner stands for associate too. */
export const ONE_ORG_TERMS = ['member', 'observer', 'partner', 'suspended', 'former', 'never'] as const;
export type OneOrgTerm = (typeof ONE_ORG_TERMS)[number];
/** A pair's legend, in order. */
export const PAIR_TERMS = ['a', 'b', 'both', 'linked', 'neither'] as const;
export type PairTerm = (typeof PAIR_TERMS)[number];

/** The states of each group in a year, by ISO code (text/ names and sorts them). */
export interface OneOrgFacts {
	org: OrgId;
	year: number;
	states: Readonly<Record<Exclude<OneOrgTerm, 'never'>, readonly string[]>>;
}
export interface PairFacts {
	a: OrgId;
	b: OrgId;
	year: number;
	both: readonly string[];
	aOnly: readonly string[];
	bOnly: readonly string[];
}

/** The organisation views' words in the page's language (text/orgText.ts). */
export interface OrgWords {
	/** One organisation's legend: "Member", "Partner or associate". */
	oneLabel: Readonly<Record<OneOrgTerm, string>>;
	oneShort: Readonly<Record<OneOrgTerm, string>>;
	/** A pair's legend, naming the two: "In the CSTO only", "In both". */
	pairLabel(term: PairTerm, a: OrgId, b: OrgId): string;
	pairShort(term: PairTerm, a: OrgId, b: OrgId): string;
	oneSummary(facts: OneOrgFacts): string;
	/** Names the states in both first: "2018 — in both the CSTO and the SCO: …". */
	pairSummary(facts: PairFacts): string;
}

/** The legend term of each status: partner and associate are one. */
const TERM_OF: Readonly<Record<OrgStatusOrNever, OneOrgTerm>> = {
	member: 'member',
	observer: 'observer',
	partner: 'partner',
	associate: 'partner',
	suspended: 'suspended',
	former: 'former',
	never: 'never'
};
/** One organisation keeps the CSTO's status colours; partners take their own. */
const ONE_FILL: Readonly<Record<OneOrgTerm, MapFill>> = {
	member: 'member',
	observer: 'observer',
	partner: 'org-partner',
	suspended: 'suspended',
	former: 'former',
	never: 'never'
};
const PAIR_FILL: Readonly<Record<PairTerm, PairFill>> = {
	a: 'pair-a',
	b: 'pair-b',
	both: 'pair-both',
	linked: 'pair-linked',
	neither: 'pair-neither'
};

/** A suspended member is still a member (its seat is frozen, not given up). */
const isIn = (s: OrgStatusOrNever) => s === 'member' || s === 'suspended';
const isLinked = (s: OrgStatusOrNever) => s === 'observer' || s === 'partner' || s === 'associate';

/** Where a state stands between A and B. */
export function pairTerm(a: OrgStatusOrNever, b: OrgStatusOrNever): PairTerm {
	if (isIn(a)) return isIn(b) ? 'both' : 'a';
	if (isIn(b)) return 'b';
	return isLinked(a) || isLinked(b) ? 'linked' : 'neither';
}

/** Each state's status in an organisation on a day: the year view's for the CSTO. */
function statusesIn(org: OrgLayer, states: readonly string[], view: YearView, day: string): Map<string, OrgStatusOrNever> {
	const { intervals } = org;
	return new Map(
		states.map((iso): [string, OrgStatusOrNever] => [
			iso,
			intervals ? statusOn(intervals, iso, day) : (view.byIso.get(iso)?.status ?? 'never')
		])
	);
}

/** The states an organisation view fills: those of the table, then each organisation's others. */
function statesOf(input: OrgSceneInput, view: YearView): string[] {
	const states = new Set(view.rows.map((r) => r.iso3));
	for (const org of [input.a, input.b]) for (const s of org?.intervals?.states ?? []) states.add(s.iso3);
	return [...states];
}

/** The part of a scene an organisation view decides. */
export interface OrgScenePart {
	fills: Map<string, MapFill>;
	legend: LegendEntry[];
	named: Set<string>;
	summary: string;
	org: OrgScene;
}

/** One organisation's or a pair's fills, legend, named states and summary on a day of a year. */
export function orgScenePart(input: OrgSceneInput, view: YearView, day: string, words: OrgWords): OrgScenePart {
	const states = statesOf(input, view);
	const statusA = statusesIn(input.a, states, view, day);
	const statusB = input.b ? statusesIn(input.b, states, view, day) : null;
	const named = new Set(states.filter((iso) => statusA.get(iso) !== 'never' || (statusB && statusB.get(iso) !== 'never')));
	const linked = new Set(states.filter((iso) => isLinked(statusA.get(iso)!) || (statusB && isLinked(statusB.get(iso)!))));
	const org: OrgScene = { a: input.a.id, b: input.b?.id ?? null, statusA, statusB, linked };
	if (!input.b || !statusB) return { ...onePart(input.a, statusA, view.year, words), named, org };

	const terms = new Map(states.map((iso): [string, PairTerm] => [iso, pairTerm(statusA.get(iso)!, statusB.get(iso)!)]));
	const fills = new Map([...terms].map(([iso, t]): [string, MapFill] => [iso, PAIR_FILL[t]]));
	const count = (t: PairTerm) => [...terms.values()].filter((x) => x === t).length;
	const [a, b] = [input.a.id, input.b.id];
	const legend = PAIR_TERMS.map((t) => ({
		key: PAIR_FILL[t],
		color: FILL_COLOR[PAIR_FILL[t]],
		label: words.pairLabel(t, a, b),
		short: words.pairShort(t, a, b),
		count: count(t)
	}));
	const having = (t: PairTerm) => states.filter((iso) => terms.get(iso) === t);
	const summary = words.pairSummary({ a, b, year: view.year, both: having('both'), aOnly: having('a'), bOnly: having('b') });
	return { fills, legend, named, summary, org };
}

function onePart(org: OrgLayer, status: ReadonlyMap<string, OrgStatusOrNever>, year: number, words: OrgWords) {
	const fills = new Map([...status].map(([iso, s]): [string, MapFill] => [iso, ONE_FILL[TERM_OF[s]]]));
	const having = (t: OneOrgTerm) => [...status].filter(([, s]) => TERM_OF[s] === t).map(([iso]) => iso);
	// The legend keeps the statuses the organisation ever gives, so it does not jump from year to year.
	const used = new Set<OneOrgTerm>(['member', 'never']);
	for (const s of org.intervals?.states ?? []) for (const iv of s.intervals) used.add(TERM_OF[iv.status]);
	const legend = ONE_ORG_TERMS.filter((t) => used.has(t)).map((t) => ({
		key: ONE_FILL[t],
		color: FILL_COLOR[ONE_FILL[t]],
		label: words.oneLabel[t],
		short: words.oneShort[t],
		count: having(t).length
	}));
	const states = {
		member: having('member'),
		observer: having('observer'),
		partner: having('partner'),
		suspended: having('suspended'),
		former: having('former')
	};
	return { fills, legend, summary: words.oneSummary({ org: org.id, year, states }) };
}
