/**
 * Camera maths shared by both maps, in Web Mercator terms (MapLibre's zoom: the world is
 * 512 · 2^zoom px wide). Pure functions: the MapLibre map hands the results to jumpTo/flyTo,
 * the SVG map turns them into a transform. Resolving a target (a state, a place, a tour camera)
 * for a box is in cameraTargets.ts, which only drawn maps need.
 */

import type { Bounds, Camera, CameraTarget } from '$lib/domain/camera';

export type { Bounds, Camera, CameraTarget };

/** The treaty's states, from the Baltic to the Pamirs: where both maps start. */
export const HOME_BOUNDS: Bounds = [21, 36, 92, 61];

/** Tour cameras are framed for a map of about 1000×650 px; other sizes zoom to show the same area. */
export const FRAMED_FOR = { width: 1000, height: 650 } as const;

export const MIN_ZOOM = 0.6;
export const MAX_ZOOM = 8;
/** MapLibre's tile size: the world is TILE · 2^zoom px wide. */
export const TILE = 512;

/** Longitude and latitude to Web Mercator x, y in [0, 1]. */
export function mercator([lon, lat]: [number, number]): [number, number] {
	const clamped = Math.max(-85.05, Math.min(85.05, lat));
	const s = Math.sin((clamped * Math.PI) / 180);
	return [(lon + 180) / 360, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
}

export function unmercator([x, y]: [number, number]): [number, number] {
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
	return [x * 360 - 180, lat];
}

export const clampZoom = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

/** The camera that fits bounds into a box with padding, no closer than maxZoom. */
export function cameraForBounds(bounds: Bounds, width: number, height: number, padding = 20, maxZoom = MAX_ZOOM): Camera {
	const [w, s, e, n] = bounds;
	const [x0, y0] = mercator([w, n]);
	const [x1, y1] = mercator([e, s]);
	const spanX = Math.max(1e-9, x1 - x0);
	const spanY = Math.max(1e-9, y1 - y0);
	const innerW = Math.max(1, width - 2 * padding);
	const innerH = Math.max(1, height - 2 * padding);
	const zoom = Math.log2(Math.min(innerW / (spanX * TILE), innerH / (spanY * TILE)));
	return { center: unmercator([(x0 + x1) / 2, (y0 + y1) / 2]), zoom: clampZoom(Math.min(maxZoom, zoom)) };
}

/** Pixels kept clear on each side of a map's box (a caption over its edge): the subject is framed in the rest. */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}
export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/** A box on screen, in CSS px (a DOMRect will do). */
export interface ScreenBox {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * The padding that keeps a subject clear of an overlay (the presenter caption) lying over an edge
 * of the map: the overlay's depth into the map from the edge it touches, plus a gap. An overlay
 * that misses the map, or touches no edge, pads nothing.
 */
export function paddingForOverlay(map: ScreenBox, overlay: ScreenBox | null, gap = 16): Padding {
	if (!overlay) return NO_PADDING;
	const left = Math.max(map.left, overlay.left);
	const right = Math.min(map.right, overlay.right);
	const top = Math.max(map.top, overlay.top);
	const bottom = Math.min(map.bottom, overlay.bottom);
	if (right <= left || bottom <= top) return NO_PADDING;
	const near = (a: number, b: number) => Math.abs(a - b) <= gap * 2;
	// Touching two edges (a corner), it pads the side that leaves the larger clear part.
	const mapW = map.right - map.left;
	const mapH = map.bottom - map.top;
	const options: [keyof Padding, number, number][] = [];
	if (near(right, map.right)) options.push(['right', map.right - left, (map.right - left) / mapW]);
	if (near(left, map.left)) options.push(['left', right - map.left, (right - map.left) / mapW]);
	if (near(bottom, map.bottom)) options.push(['bottom', map.bottom - top, (map.bottom - top) / mapH]);
	if (near(top, map.top)) options.push(['top', bottom - map.top, (bottom - map.top) / mapH]);
	if (!options.length) return NO_PADDING;
	const [side, depth] = options.reduce((a, b) => (b[2] < a[2] ? b : a));
	return { ...NO_PADDING, [side]: Math.round(depth + gap) };
}

export const samePadding = (a: Padding, b: Padding, tolerance = 4) =>
	(['top', 'right', 'bottom', 'left'] as const).every((k) => Math.abs(a[k] - b[k]) <= tolerance);
