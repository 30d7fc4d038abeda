/**
 * Can this browser run the MapLibre map, and does it have a graphics card to run it on? Asked
 * before MapLibre is downloaded, so a school PC with an old or blocked GPU goes straight to the
 * SVG map. No MapLibre import here: this module is part of the first page load.
 */

import type { RendererSupport } from '$lib/domain/mapRenderer';

/** Renderer names of WebGL implemented in software, as browsers report them. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render|lavapipe/i;

export function isSoftwareRenderer(name: string): boolean {
	return SOFTWARE_RENDERER.test(name);
}

/** One WebGL2 context, created and handed back at once. */
export function probeWebgl(): RendererSupport {
	try {
		const canvas = document.createElement('canvas');
		const gl = canvas.getContext('webgl2');
		if (!gl) return { problem: canvas.getContext('webgl') ? 'no-webgl2' : 'no-webgl', software: false };
		// The unmasked name says "SwiftShader" or "llvmpipe" where there is no GPU. Browsers that hide
		// it (privacy settings) count as hardware: the detailed map is the safe default there.
		const info = gl.getExtension('WEBGL_debug_renderer_info');
		const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
		// Hand the context back at once: browsers allow only a few live contexts per page.
		gl.getExtension('WEBGL_lose_context')?.loseContext();
		return { problem: null, software: isSoftwareRenderer(name) };
	} catch {
		return { problem: 'no-webgl', software: false };
	}
}
