/** Partial ISO dates ("1992", "1992-05", "1992-05-15") and the year rule of the map. */

export type DatePrecision = 'year' | 'month' | 'day';

export function precisionOf(partial: string): DatePrecision {
	return partial.length === 4 ? 'year' : partial.length === 7 ? 'month' : 'day';
}

/** The first day a partial date can mean: events of known year but unknown day count from 1 January. */
export function startOf(partial: string): string {
	if (partial.length === 4) return `${partial}-01-01`;
	if (partial.length === 7) return `${partial}-01`;
	return partial;
}

/** The last day a partial date can mean: an end "2023" means active through 2023. */
export function endOf(partial: string): string {
	if (partial.length === 4) return `${partial}-12-31`;
	if (partial.length === 7) {
		const [y, m] = partial.split('-').map(Number);
		const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
		return `${partial}-${String(last).padStart(2, '0')}`;
	}
	return partial;
}

export function yearOf(partial: string): number {
	return Number(partial.slice(0, 4));
}

export function isoDay(d: Date): string {
	return d.toISOString().slice(0, 10);
}

/**
 * The rule the whole map follows: a year shows the state of affairs on 31 December of that
 * year, or today for the current year.
 */
export function referenceDate(year: number, today: string): string {
	return year >= yearOf(today) ? today : `${year}-12-31`;
}
