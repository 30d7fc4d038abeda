/**
 * The organisations the map can show and their statuses, without the schema library: the URL,
 * the lessons and the scene read these in the browser (orgSchema.ts checks the files with zod).
 */

/** Display order: the CSTO first, as issue 25 asks. */
export const ORG_IDS = ['csto', 'nato', 'sco', 'cis', 'eaeu', 'ots', 'union-state', 'qccm'] as const;
export type OrgId = (typeof ORG_IDS)[number];

/** 'never' is not stored: it is what a state has outside every interval. */
export const ORG_STATUSES = ['member', 'observer', 'partner', 'associate', 'suspended', 'former'] as const;
export type OrgStatus = (typeof ORG_STATUSES)[number];

export function isOrgId(value: unknown): value is OrgId {
	return typeof value === 'string' && (ORG_IDS as readonly string[]).includes(value);
}
