/**
 * Can this browser run the MapLibre map? Asked before MapLibre is downloaded, so a school PC
 * with an old or blocked GPU goes straight to the SVG map. No MapLibre import here: this module
 * is part of the first page load.
 */

/** Why the interactive map cannot run here, or null when WebGL2 (which MapLibre 6 needs) works. */
export function webglProblem(): string | null {
	try {
		const canvas = document.createElement('canvas');
		const gl = canvas.getContext('webgl2');
		if (!gl) return canvas.getContext('webgl') ? 'WebGL 2 unavailable' : 'WebGL unavailable';
		// Hand the context back at once: browsers allow only a few live contexts per page.
		gl.getExtension('WEBGL_lose_context')?.loseContext();
		return null;
	} catch {
		return 'WebGL unavailable';
	}
}

/** Whether an error from starting MapLibre means that its GPU context could not be created. */
export function isWebglFailure(e: unknown): boolean {
	return e instanceof Error && (e.name === 'GPUInitializationError' || /webgl/i.test(e.message));
}
