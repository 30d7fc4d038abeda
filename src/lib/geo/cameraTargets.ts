/**
 * Camera targets (a state, a place, a tour camera, Home) resolved to cameras for a box: what the
 * maps need once they are drawn, kept apart from camera.ts so the first page does not carry it.
 */
import {
	cameraForBounds,
	FRAMED_FOR,
	HOME_BOUNDS,
	mercator,
	TILE,
	unmercator,
	type Bounds,
	type Camera,
	type CameraTarget,
	type Padding
} from './camera';

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
