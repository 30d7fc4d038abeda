/**
 * One organisation's file (data/organisations/<id>.json), loaded the first time it is shown: each
 * is its own chunk, so the first download does not grow (issue 25). Validated at build time
 * (validateOrgs.ts), like the rest of data/. The CSTO's data is membership.json (atlasData.ts).
 */
import type { OrgId } from './orgIds';
import type { OrganisationData } from './orgSchema';

/** An organisation besides the CSTO: the ones with a file here. */
export type OtherOrgId = Exclude<OrgId, 'csto'>;

const FILES = import.meta.glob<{ default: unknown }>(['../../../data/organisations/*.json', '!**/index.json']);

/** The module path of an organisation's file, as import.meta.glob keys it. */
export const orgFilePath = (id: OtherOrgId): string => `../../../data/organisations/${id}.json`;

const loading = new Map<OtherOrgId, Promise<OrganisationData>>();

/** The organisation's file with every language's texts (inLocale picks the page's); once per id. */
export function loadOrganisation(id: OtherOrgId): Promise<OrganisationData> {
	let file = loading.get(id);
	if (!file) {
		const load = FILES[orgFilePath(id)];
		file = load ? load().then((m) => m.default as OrganisationData) : Promise.reject(new Error(`No data for organisation "${id}"`));
		loading.set(id, file);
		// A failed load (offline) is tried again next time.
		file.catch(() => loading.delete(id));
	}
	return file;
}
