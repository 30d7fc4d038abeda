/** The reasons of mapProblem.ts in the page's language; loaded only when a map fails. */
import { m } from '$lib/paraglide/messages';
import { messageMap } from '$lib/i18n/messageMap';
import { mapProblemOf, type MapProblem } from '$lib/domain/mapProblem';

export const MAP_PROBLEM_TEXT: Readonly<Record<MapProblem, string>> = messageMap({
	'no-webgl': m.webgl_unavailable,
	'no-webgl2': m.webgl2_unavailable,
	'context-lost': m.map_problem_context_lost,
	shapes: m.map_problem_shapes,
	other: m.map_problem_other
});

/** The reason for a known problem, or for an error (classified first). */
export function mapProblemReason(cause: unknown): string {
	return typeof cause === 'string' && Object.hasOwn(MAP_PROBLEM_TEXT, cause)
		? MAP_PROBLEM_TEXT[cause as MapProblem]
		: MAP_PROBLEM_TEXT[mapProblemOf(cause)];
}
