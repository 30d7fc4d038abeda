/**
 * Which map to draw: the detailed MapLibre map, or the lite SVG map. Pure, so the rules are
 * tested without a browser.
 *
 * Without a graphics card, WebGL is drawn by the CPU (SwiftShader, llvmpipe) and every MapLibre
 * frame costs ~100 ms on a 2-core PC (docs/performance.md): playback stutters and the map takes
 * seconds to appear. The SVG map draws the same colours, pins and territories in ~17 ms a year.
 * So on such machines the lite map is the default, and the detailed one is a click away.
 */

export type MapRenderer = 'detailed' | 'lite';

/** Why the lite map is drawn. */
export type LiteReason =
	/** No usable WebGL2: the detailed map cannot run at all. */
	| 'unavailable'
	/** WebGL runs in software: the detailed map would be slow. */
	| 'software'
	/** The reader picked it. */
	| 'chosen';

export type MapChoice = { renderer: 'detailed' } | { renderer: 'lite'; why: LiteReason };

/** What the browser's WebGL can do (asked by map/webgl.ts). */
export interface RendererSupport {
	/** Why the detailed map cannot run here, or null when WebGL2 (which MapLibre 6 needs) works. */
	problem: 'no-webgl' | 'no-webgl2' | null;
	/** WebGL2 works, but drawn by the CPU (SwiftShader, llvmpipe, WARP): every map frame is slow. */
	software: boolean;
}

export function chooseMapRenderer(support: RendererSupport, preference: MapRenderer | null): MapChoice {
	if (support.problem) return { renderer: 'lite', why: 'unavailable' };
	if (preference === 'detailed') return { renderer: 'detailed' };
	if (preference === 'lite') return { renderer: 'lite', why: 'chosen' };
	return support.software ? { renderer: 'lite', why: 'software' } : { renderer: 'detailed' };
}

/** A stored preference, read defensively: anything but the two names means "no preference". */
export function parseMapRenderer(raw: unknown): MapRenderer | null {
	return raw === 'detailed' || raw === 'lite' ? raw : null;
}
