/**
 * Why a map could not be drawn. Errors from the browser and from MapLibre come in English; they
 * are classified here, and only the reason is shown, in the page's language (mapProblemText.ts,
 * loaded when a map fails; the technical message goes to the console). Pure: no DOM, no MapLibre.
 */
export type MapProblem = 'no-webgl' | 'no-webgl2' | 'context-lost' | 'shapes' | 'other';

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
