/**
 * Where Home looks for each organisation (issue 25). Loaded with an organisation's view
 * (state/orgView.ts), so the first download does not carry it; the CSTO's region is HOME_BOUNDS.
 */
import type { OrgId } from '$lib/data/orgIds';
import { HOME_BOUNDS, type Bounds } from './camera';

/**
 * Where each organisation's members (and observers) lie, all years together (issue 25), so Home
 * frames them and stays put while the years play: NATO from North America to Turkey, the SCO
 * from Belarus to India and China. The CSTO's, the CIS's and the EAEU's is the treaty's region.
 */
export const ORG_BOUNDS: Readonly<Record<OrgId, Bounds>> = {
	csto: HOME_BOUNDS,
	cis: HOME_BOUNDS,
	eaeu: HOME_BOUNDS,
	nato: withMargin([-125, 25, 45, 70]),
	sco: withMargin([23, 6, 135, 60]),
	ots: withMargin([16, 34, 88, 56]),
	'union-state': withMargin([23, 41, 92, 62]),
	qccm: withMargin([60, 23, 122, 45])
};

/**
 * The members' box with room around it: the states at its edges keep their names on screen, and
 * the zoom buttons over the map's top-left corner do not sit on them. HOME_BOUNDS has its own.
 */
function withMargin([w, s, e, n]: Bounds, share = 0.05): Bounds {
	const dx = (e - w) * share;
	const dy = (n - s) * share;
	return [w - dx, Math.max(-80, s - dy), e + dx, Math.min(80, n + dy)];
}

/** Home for the organisations shown: the box around all their members. */
export function homeBounds(orgs: { a: OrgId; b: OrgId | null }): Bounds {
	const boxes = [ORG_BOUNDS[orgs.a], ...(orgs.b ? [ORG_BOUNDS[orgs.b]] : [])];
	if (boxes.length === 1) return boxes[0];
	const [a, b] = boxes;
	return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}
