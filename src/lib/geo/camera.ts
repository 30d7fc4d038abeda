/**
 * Camera maths shared by both maps, in Web Mercator terms (MapLibre's zoom: the world is
 * 512 · 2^zoom px wide). Pure functions: the MapLibre map hands the results to jumpTo/flyTo,
 * the SVG map turns them into a transform.
 */

export interface Camera {
	center: [number, number];
	zoom: number;
}

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** What a camera request points at; each map resolves countries and places with its own shapes. */
export type CameraTarget =
	| { kind: 'camera'; camera: Camera }
	| { kind: 'country'; iso3: string }
	| { kind: 'place'; id: string }
	| { kind: 'home' };

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
