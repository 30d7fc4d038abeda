// Compare's default years and the table's order (issue 23, items 3 and 4).
import { describe, expect, it } from 'vitest';
import { atlasCountries } from '$lib/data/atlasData';
import { compareYears, defaultCompareYears } from '$lib/domain/compare';
import { yearView } from '$lib/domain/yearView';
import { nextSort, sortRows, DEFAULT_TABLE_SORT } from '$lib/domain/tableOrder';
import { STATUSES } from '$lib/domain/status';
import { AppController } from '$lib/state/app.svelte';
import { PlacesStore } from '$lib/state/placesStore.svelte';

const TODAY = '2026-11-23';

describe("compare's default years", () => {
	it('open on the year before the latest change and the year shown, so the change is listed', () => {
		const at = (year: number) => defaultCompareYears(atlasCountries(), year, 1991, TODAY);
		expect(at(2026)).toEqual({ a: 2023, b: 2026 }); // Armenia suspended in 2024
		expect(at(2000)).toEqual({ a: 1998, b: 2000 }); // three states left in 1999
		expect(at(2012)).toEqual({ a: 2011, b: 2012 }); // Uzbekistan left in 2012
		expect(compareYears(atlasCountries(), 2023, 2026, TODAY).map((c) => c.iso3)).toEqual(['ARM']);
		expect(at(1991)).toEqual({ a: 1991, b: 1991 });
	});
	it("follow the dock's year, and keep a reader's pick for the year it was made against", () => {
		const app = new AppController({ places: new PlacesStore(), today: TODAY });
		expect(app.compare).toEqual({ a: 2023, b: 2026 });
		app.timeline.setYear(2000);
		expect(app.compare).toEqual({ a: 1998, b: 2000 });
		app.setCompareYears(1993, 2007);
		expect([app.timeline.year, app.compare.a, app.compare.b]).toEqual([2007, 1993, 2007]);
		app.timeline.setYear(2013);
		expect(app.compare).toEqual({ a: 2012, b: 2013 });
	});
});

describe("the table's order", () => {
	const rows = yearView(atlasCountries(), 2026, TODAY).rows;
	const rank = (s: string) => STATUSES.indexOf(s as never);
	it('puts members first, then suspended, former, observers and the rest, each A to Z', () => {
		const sorted = sortRows(rows, DEFAULT_TABLE_SORT);
		const ranks = sorted.map((r) => rank(r.status));
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		// Five members A to Z, then Armenia (suspended).
		expect(sorted.slice(0, 6).map((r) => r.iso3)).toEqual(['BLR', 'KAZ', 'KGZ', 'RUS', 'TJK', 'ARM']);
		expect(sorted.findIndex((r) => r.iso3 === 'AGO')).toBeGreaterThan(sorted.findIndex((r) => r.iso3 === 'UZB'));
	});
	it('sorts by name and by date, both ways, with undated states last', () => {
		const byName = sortRows(rows, { column: 'name', direction: 'ascending' }).map((r) => r.name);
		expect(byName[0]).toBe('Afghanistan');
		expect(sortRows(rows, { column: 'name', direction: 'descending' }).map((r) => r.name)).toEqual([...byName].reverse());
		for (const direction of ['ascending', 'descending'] as const) {
			const bySince = sortRows(rows, { column: 'since', direction });
			const dated = bySince.filter((r) => r.since);
			expect(bySince.slice(0, dated.length)).toEqual(dated);
			const dates = dated.map((r) => r.since!.date);
			const asc = [...dates].sort();
			expect(dates).toEqual(direction === 'ascending' ? asc : asc.reverse());
		}
	});
	it('turns a column the other way on a second click', () => {
		expect(nextSort(DEFAULT_TABLE_SORT, 'status')).toEqual({ column: 'status', direction: 'descending' });
		expect(nextSort({ column: 'status', direction: 'descending' }, 'name')).toEqual({ column: 'name', direction: 'ascending' });
	});
});
