/**
 * A state's memberships across the organisations besides the CSTO (issue 25): which ones it ever
 * had a status in, in the picker's order, and each one's bar for the country panel. Pure: the
 * words are text/orgPanelText.ts's, the drawing the panel's.
 */
import { ORG_IDS, type OrgId } from '$lib/data/orgIds';
import { FILL_COLOR, type MapFill } from './palette';
import { orgSegments, statusIn, type OrgIntervals, type OrgSegment, type OrgStatusOrNever } from './orgStatus';

export type OtherOrg = Exclude<OrgId, 'csto'>;

/** Where every bar of the panel starts: the CSTO's bar (MembershipTimeline) starts there too, so the bars line up. */
export const BAR_START = '1992-01-01';

/**
 * The organisations besides the CSTO a state ever had a status in (member, observer, partner,
 * associate, suspended or former: anything but never), in ORG_IDS order, whatever order `orgs` has.
 */
export function orgsOfState(iso3: string, orgs: ReadonlyMap<string, OrgIntervals>): OtherOrg[] {
	return ORG_IDS.filter((id): id is OtherOrg => {
		if (id === 'csto') return false;
		const org = orgs.get(id);
		return !!org?.states.some((s) => s.iso3 === iso3 && s.intervals.length > 0);
	});
}

export interface BarSegment extends OrgSegment {
	/** The map's fill for this status when the organisation is shown alone (palette.ts). */
	color: string;
}

/** One organisation's bar: its segments from BAR_START to today, coloured as the map colours them, and the year's status. */
export function orgBar(org: OrgIntervals, iso3: string, year: number, today: string): { segments: BarSegment[]; status: OrgStatusOrNever } {
	const segments = orgSegments(org, iso3, BAR_START).map((s) => ({ ...s, color: orgStatusColor(s.status) }));
	return { segments, status: statusIn(org, iso3, year, today) };
}

/**
 * How the map fills a state when one organisation is shown alone (orgScene.ts's fills, which a
 * unit test holds this to). Kept here, not imported from orgScene, so the panel's chunk does not
 * pull the scene's modules out of the first download's chunks (measured: +62 bytes gzip).
 */
export const ORG_STATUS_FILL: Readonly<Record<OrgStatusOrNever, MapFill>> = {
	member: 'member',
	observer: 'observer',
	partner: 'org-partner',
	associate: 'org-partner',
	suspended: 'suspended',
	former: 'former',
	never: 'never'
};

/** A status's colour on the map when its organisation is shown alone. */
export const orgStatusColor = (status: OrgStatusOrNever): string => FILL_COLOR[ORG_STATUS_FILL[status]];
