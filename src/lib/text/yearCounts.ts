/** The timeline strip's words (its own module: the strip is in the first download, the panels are not). */
import type { Place } from '$lib/domain/places';
import { m } from '$lib/paraglide/messages';

/** A year of the timeline strip: "2008: 1 event, 2 conflicts — names". */
export function yearCounts(year: number, events: readonly Pick<Place, 'name'>[], conflicts: readonly Pick<Place, 'name'>[]): string {
	const counts = m.timeline_year_counts({
		year,
		events: m.timeline_events({ count: events.length }),
		conflicts: m.timeline_conflicts({ count: conflicts.length })
	});
	const names = [...events, ...conflicts].map((p) => p.name).join('; ');
	return names ? `${counts} — ${names}` : counts;
}
