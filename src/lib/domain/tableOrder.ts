/** The table's order: members first by default (status order, then name); every column sorts. */
import type { CountryYearRow } from './yearView';
import { STATUSES } from './status';
import { compareCodes, compareNames } from './text';

export type TableColumn = 'status' | 'name' | 'since';
export type SortDirection = 'ascending' | 'descending';
export interface TableSort {
	column: TableColumn;
	direction: SortDirection;
}

export const DEFAULT_TABLE_SORT: TableSort = { column: 'status', direction: 'ascending' };

const byName = (a: CountryYearRow, b: CountryYearRow) => compareNames(a.name, b.name);
const COMPARE: Record<TableColumn, (a: CountryYearRow, b: CountryYearRow) => number> = {
	status: (a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status),
	name: byName,
	// ISO dates, full or partial, sort as text.
	since: (a, b) => compareCodes(a.since?.date ?? '', b.since?.date ?? '')
};

/**
 * Rows in the chosen order; ties go by name, A to Z, whichever the direction. States with no
 * date stay last when sorting by date, both ways: they have nothing to compare.
 */
export function sortRows(rows: readonly CountryYearRow[], sort: TableSort): CountryYearRow[] {
	const sign = sort.direction === 'ascending' ? 1 : -1;
	const undated = (r: CountryYearRow) => (sort.column === 'since' && !r.since ? 1 : 0);
	return [...rows].sort((a, b) => undated(a) - undated(b) || sign * COMPARE[sort.column](a, b) || byName(a, b));
}

/** A click on a column's header: that column ascending, or the other way if it was already sorted by it. */
export function nextSort(current: TableSort, column: TableColumn): TableSort {
	if (current.column !== column) return { column, direction: 'ascending' };
	return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
