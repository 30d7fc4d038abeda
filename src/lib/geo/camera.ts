/**
 * Camera maths shared by both maps, in Web Mercator terms (MapLibre's zoom: the world is
 * 512 · 2^zoom px wide). Pure functions: the MapLibre map hands the results to jumpTo/flyTo,
 * the SVG map turns them into a transform.
 */

import type { Bounds, Camera, CameraTarget } from '$lib/domain/camera';

export type { Bounds, Camera, CameraTarget };

/** The treaty's states, from the Baltic to the Pamirs: where both maps start. */
export const HOME_BOUNDS: Bounds = [21, 36, 92, 61];

/** Tour cameras are framed for a map of about 1000×650 px; other sizes zoom to show the same area. */
export const FRAMED_FOR = { width: 1000, height: 650 } as const;

export const MIN_ZOOM = 0.6;
export const MAX_ZOOM = 8;
const TILE = 512;

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

/** A tour camera (framed for 1000×650) adjusted to show the same area in a box of another size. */
export function frameCamera(camera: Camera, width: number, height: number): Camera {
	const fit = Math.min(width / FRAMED_FOR.width, height / FRAMED_FOR.height);
	return { center: camera.center, zoom: camera.zoom + Math.log2(Math.max(0.25, fit)) };
}

/** The inverse of frameCamera: what a map of this size shows now, as a camera framed for 1000×650. */
export function unframeCamera(camera: Camera, width: number, height: number): Camera {
	const fit = Math.min(width / FRAMED_FOR.width, height / FRAMED_FOR.height);
	return { center: camera.center, zoom: camera.zoom - Math.log2(Math.max(0.25, fit)) };
}

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

/** The bounds a camera shows in a box of this size. */
export function boundsOfCamera(camera: Camera, width: number, height: number): Bounds {
	const world = TILE * 2 ** camera.zoom;
	const [cx, cy] = mercator(camera.center);
	const [w, n] = unmercator([cx - width / 2 / world, cy - height / 2 / world]);
	const [e, s] = unmercator([cx + width / 2 / world, cy + height / 2 / world]);
	return [w, s, e, n];
}

/** How close to go to a place: a region needs less zoom than a town. */
export function placeZoom(currentZoom: number, precision: 'exact' | 'town' | 'region'): number {
	return Math.max(currentZoom, precision === 'region' ? 4 : 5);
}

/** Country selection frames the state with room around it, never closer than this. */
export const COUNTRY_FRAME = { padding: 80, maxZoom: 4.2 } as const;

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

/** What each map knows that the camera maths needs to resolve a target. */
export interface CameraLookups {
	countryBounds(iso3: string): Bounds | undefined;
	placeLocation(id: string): { lon: number; lat: number; precision: 'exact' | 'town' | 'region' } | undefined;
	/** Where the map looks now (a place keeps at least this zoom). */
	current: Camera;
	/** The margin Home leaves around the treaty's region (each map's own start). */
	homeMargin: number;
}

/** Padding scaled down where it would leave less than a third of the box: a huge caption must not shrink the subject to a dot. */
export function fitPadding(padding: Padding, width: number, height: number): Padding {
	const fx = Math.min(1, (width * 0.67) / Math.max(1, padding.left + padding.right));
	const fy = Math.min(1, (height * 0.67) / Math.max(1, padding.top + padding.bottom));
	return { top: padding.top * fy, bottom: padding.bottom * fy, left: padding.left * fx, right: padding.right * fx };
}

/** The camera that frames a target in a box of this size (the part of the map a padding leaves clear). */
export function frameTarget(target: CameraTarget, width: number, height: number, look: CameraLookups): Camera | null {
	switch (target.kind) {
		case 'camera':
			return frameCamera(target.camera, width, height);
		case 'country': {
			const box = look.countryBounds(target.iso3);
			const margin = Math.min(COUNTRY_FRAME.padding, width / 6, height / 6);
			return box ? cameraForBounds(box, width, height, margin, COUNTRY_FRAME.maxZoom) : null;
		}
		case 'place': {
			const p = look.placeLocation(target.id);
			return p ? { center: [p.lon, p.lat], zoom: placeZoom(look.current.zoom, p.precision) } : null;
		}
		case 'home':
			return cameraForBounds(target.bounds ?? HOME_BOUNDS, width, height, look.homeMargin);
	}
}

/** A target resolved for a box: the same view in the two forms the maps take it. */
export interface ResolvedCamera extends Camera {
	/** The centre of the part the padding leaves clear: MapLibre takes it with `padding`. */
	clearCenter: [number, number];
	/** The padding as fitted to the box (fitPadding). */
	padding: Padding;
}

/**
 * The one camera-target resolution both maps use: the camera (centre and zoom of the whole box)
 * that frames a target in the part of the box the padding leaves clear. The SVG map turns
 * `center` and `zoom` into a transform; MapLibre takes `clearCenter`, `zoom` and `padding`, so the
 * subject stays in the clear part during the flight as well as at its end. Both are the same view.
 */
export function resolveCameraTarget(
	target: CameraTarget,
	width: number,
	height: number,
	padding: Padding,
	look: CameraLookups
): ResolvedCamera | null {
	const p = fitPadding(padding, width, height);
	const framed = frameTarget(target, width - p.left - p.right, height - p.top - p.bottom, look);
	if (!framed) return null;
	// The clear part's centre lies (right − left) / 2 px left of the whole box's: move the camera that far the other way.
	const center = shiftCenter(framed, (p.right - p.left) / 2, (p.bottom - p.top) / 2);
	return { center, zoom: framed.zoom, clearCenter: framed.center, padding: p };
}

/** The centre that puts `camera.center` dx, dy px left of and above the middle of the box. */
function shiftCenter(camera: Camera, dx: number, dy: number): [number, number] {
	if (!dx && !dy) return camera.center;
	const world = TILE * 2 ** camera.zoom;
	const [x, y] = mercator(camera.center);
	return unmercator([x + dx / world, Math.min(0.999, Math.max(0.001, y + dy / world))]);
}
