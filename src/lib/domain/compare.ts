/** What changed between two years: the list beside the side-by-side maps. */
import type { CountryRecord } from '$lib/data/schema';
import { statusInYear, type Status } from './status';
import { compareNames } from './text';

export interface StatusChange {
	iso3: string;
	name: string;
	from: Status;
	to: Status;
}

export function compareYears(countries: readonly CountryRecord[], a: number, b: number, today: string): StatusChange[] {
	return countries
		.map((c) => ({ iso3: c.iso3, name: c.name, from: statusInYear(c, a, today).status, to: statusInYear(c, b, today).status }))
		.filter((d) => d.from !== d.to)
		.sort((x, y) => compareNames(x.name, y.name));
}
