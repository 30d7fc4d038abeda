/**
 * Which organisations the map shows (issue 25): one, or two compared (A and B). The CSTO alone is
 * the default, and the app's state before organisations existed: every old URL and lesson means it.
 */
import { isOrgId, type OrgId } from '$lib/data/orgIds';

export interface OrgChoice {
	a: OrgId;
	/** The organisation compared with A, or null: A alone. Never equal to A. */
	b: OrgId | null;
}

export const CSTO_ONLY: OrgChoice = Object.freeze({ a: 'csto', b: null });

export const isCstoOnly = (c: OrgChoice): boolean => c.a === 'csto' && c.b === null;

/** One organisation, or a pair; a pair of the same one is that one alone. */
export function orgChoice(a: OrgId, b: OrgId | null = null): OrgChoice {
	return { a, b: b === a ? null : b };
}

const MAX_PARAM_LENGTH = 40;

/** An id from a URL or lesson: trimmed, lower-case, and only one of ORG_IDS. */
function readId(raw: string): OrgId | null {
	const id = raw.trim().toLowerCase();
	return isOrgId(id) ? id : null;
}

/**
 * `?orgs=a,b` (two organisations compared) or `?org=x` (one); `orgs` wins when both are given.
 * Null when neither says anything valid: the caller keeps its default (the CSTO).
 */
export function parseOrgParams(org: string | null, orgs: string | null): OrgChoice | null {
	if (orgs !== null && orgs.length <= MAX_PARAM_LENGTH) {
		const ids = orgs.split(',');
		if (ids.length <= 2) {
			const [a, b] = ids.map(readId);
			if (a && (ids.length === 1 || b)) return orgChoice(a, b ?? null);
		}
	}
	const one = org !== null && org.length <= MAX_PARAM_LENGTH ? readId(org) : null;
	return one ? orgChoice(one) : null;
}

/** The choice as URL parameters: none for the CSTO alone, `org` for one, `orgs` for a pair. */
export function orgParams(c: OrgChoice): { org: string | null; orgs: string | null } {
	if (c.b !== null) return { org: null, orgs: `${c.a},${c.b}` };
	return { org: c.a === 'csto' ? null : c.a, orgs: null };
}

/** What a lesson step sets: `orgs` (a pair) wins over `org`; neither leaves the choice as it is. */
export function stepOrgChoice(step: { org?: OrgId; orgs?: readonly [OrgId, OrgId] }): OrgChoice | null {
	if (step.orgs) return orgChoice(step.orgs[0], step.orgs[1]);
	return step.org ? orgChoice(step.org) : null;
}
