/**
 * Why a map could not be drawn, as a reason the reader can read in the page's language. Errors
 * from the browser and from MapLibre come in English; they are classified here and only the
 * reason is shown (the technical message goes to the console). Pure: no DOM, no MapLibre.
 */
import { m } from '$lib/paraglide/messages';
import { messageMap } from '$lib/i18n/messageMap';

export type MapProblem = 'no-webgl' | 'no-webgl2' | 'context-lost' | 'shapes' | 'other';

export const MAP_PROBLEM_TEXT: Readonly<Record<MapProblem, string>> = messageMap({
	'no-webgl': m.webgl_unavailable,
	'no-webgl2': m.webgl2_unavailable,
	'context-lost': m.map_problem_context_lost,
	shapes: m.map_problem_shapes,
	other: m.map_problem_other
});

/** The name our shape loader gives its errors (geo/geography.ts). */
export const SHAPES_ERROR = 'ShapesLoadError';

/** Whether an error from starting MapLibre means that its GPU context could not be created. */
export function isWebglFailure(e: unknown): boolean {
	return e instanceof Error && (e.name === 'GPUInitializationError' || /webgl/i.test(e.message));
}

/** What went wrong: WebGL, the shapes (a failed or refused download, a damaged file), or anything else. */
export function mapProblemOf(e: unknown): MapProblem {
	if (isWebglFailure(e)) return 'no-webgl';
	if (e instanceof Error && (e.name === SHAPES_ERROR || e.name === 'TypeError' || e.name === 'SyntaxError')) return 'shapes';
	return 'other';
}
