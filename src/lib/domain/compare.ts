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

/**
 * The years Compare opens on: the year shown now, and the last year before it whose membership
 * differs from it (the year before the latest turning point), so the comparison shows that change.
 * The first year of the range when nothing ever changed.
 */
export function defaultCompareYears(
	countries: readonly CountryRecord[],
	year: number,
	min: number,
	today: string
): { a: number; b: number } {
	for (let a = year - 1; a >= min; a--) if (compareYears(countries, a, year, today).length) return { a, b: year };
	return { a: Math.min(min, year), b: year };
}
