/**
 * Every organisation's file besides the CSTO's, for the country panel's bars (issue 25): loaded
 * when a country panel first opens, never at start-up, each from its own chunk (data/orgData.ts).
 * Texts in the page's language, done once.
 */
import { ORG_IDS } from '$lib/data/orgIds';
import { loadOrganisation } from '$lib/data/orgData';
import type { OrganisationData } from '$lib/data/orgSchema';
import { inLocale, type InLocale } from '$lib/i18n/locale';
import type { OtherOrg } from '$lib/domain/orgMembership';

export type PanelOrg = InLocale<OrganisationData>;

const OTHER_IDS = ORG_IDS.filter((id): id is OtherOrg => id !== 'csto');

let all: Promise<ReadonlyMap<OtherOrg, PanelOrg>> | null = null;
let loaded: ReadonlyMap<OtherOrg, PanelOrg> | null = null;

/** What has loaded already: a panel opened again shows its bars at once, with no "loading" line. */
export const panelOrganisationsLoaded = (): ReadonlyMap<OtherOrg, PanelOrg> | null => loaded;

/** Every other organisation, by id; rejects when one cannot be loaded (offline), and is tried again next time. */
export function loadPanelOrganisations(): Promise<ReadonlyMap<OtherOrg, PanelOrg>> {
	if (!all) {
		all = Promise.all(OTHER_IDS.map(loadOrganisation)).then(
			(files) => (loaded = new Map(OTHER_IDS.map((id, i) => [id, inLocale(files[i])])))
		);
		all.catch(() => (all = null));
	}
	return all;
}
