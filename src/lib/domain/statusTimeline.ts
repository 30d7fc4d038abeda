/** A state's status history as a bar of segments: the country panel's timeline, loaded with it. */
import { startOf } from '$lib/data/dates';
import { apply, sortedEvents, type Status } from './status';
import type { CountryRecord } from '$lib/data/schema';

export interface TimelineSegment {
	status: Status;
	from: string;
	/** Exclusive end (ISO day) or null: runs to today. */
	to: string | null;
}

/** The status history as contiguous segments from `start` (default 1992-01-01) to today. */
export function timeline(country: CountryRecord, start = '1992-01-01'): TimelineSegment[] {
	const segments: TimelineSegment[] = [{ status: 'never', from: start, to: null }];
	let status: Status = 'never';
	for (const e of sortedEvents(country)) {
		const next = apply(status, e.type);
		if (next === status) continue;
		const day = startOf(e.date) < start ? start : startOf(e.date);
		const last = segments[segments.length - 1];
		if (last.from === day) {
			last.status = next;
		} else {
			last.to = day;
			segments.push({ status: next, from: day, to: null });
		}
		status = next;
	}
	return segments;
}
