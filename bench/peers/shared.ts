// Shared by the peer pages: the same membership data and status rule as the app.
import membership from '../../data/membership.json';
import type { CountryRecord } from '../../src/lib/data/schema';
import { statusInYear, type Status } from '../../src/lib/domain/status';
import { STATUS_COLOR, OTHER_LAND_COLOR } from '../../src/lib/domain/palette';

export const countries = (membership as unknown as { countries: CountryRecord[] }).countries;
export const TODAY = new Date().toISOString().slice(0, 10);
export const MIN_YEAR = 1991;
export const MAX_YEAR = Number(TODAY.slice(0, 4));

export function statusesFor(year: number): Map<string, Status> {
	return new Map(countries.map((c) => [c.iso3, statusInYear(c, year, TODAY).status]));
}
export { STATUS_COLOR, OTHER_LAND_COLOR };

export async function loadTopology(): Promise<any> {
	const res = await fetch('./50m.json');
	if (!res.ok) throw new Error('no topology');
	return res.json();
}

declare global {
	interface Window {
		peerReady: Promise<void>;
		/** Recolours for a year; resolves when the result is on screen. */
		peerStep: (year: number) => Promise<number>;
	}
}
