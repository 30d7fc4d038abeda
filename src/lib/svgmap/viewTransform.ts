/**
 * The SVG map's camera: one scale-and-translate over shapes projected once for the map's box.
 * A camera (centre and Web Mercator zoom, as MapLibre has it) becomes such a transform, so a
 * tour step or a selection frames the same area on both maps. Pure functions.
 */
import { clampZoom, type Camera } from '$lib/geo/camera';

export interface ViewTransform {
	k: number;
	x: number;
	y: number;
}

export const IDENTITY: ViewTransform = { k: 1, x: 0, y: 0 };

/** The projection the shapes were drawn with: d3's Mercator scale (px per radian) and its function. */
export interface BaseProjection {
	scale: number;
	project(lonLat: [number, number]): [number, number] | null;
	invert(xy: [number, number]): [number, number] | null;
}

/** The Web Mercator zoom at which the unzoomed SVG map is drawn (world = 512 · 2^zoom px = 2π · scale). */
export const baseZoom = (base: BaseProjection) => Math.log2((2 * Math.PI * base.scale) / 512);

export function transformForCamera(camera: Camera, base: BaseProjection, width: number, height: number): ViewTransform {
	const k = 2 ** (clampZoom(camera.zoom) - baseZoom(base));
	const c = base.project(camera.center);
	if (!c) return IDENTITY;
	return { k, x: width / 2 - k * c[0], y: height / 2 - k * c[1] };
}

export function cameraOfTransform(t: ViewTransform, base: BaseProjection, width: number, height: number): Camera {
	const center = base.invert([(width / 2 - t.x) / t.k, (height / 2 - t.y) / t.k]) ?? [0, 0];
	return { center, zoom: baseZoom(base) + Math.log2(t.k) };
}

/** Zooms by a factor about a point on screen (the pointer, or the centre), within the zoom limits. */
export function zoomAbout(t: ViewTransform, factor: number, [px, py]: [number, number], base: BaseProjection): ViewTransform {
	const zoom = clampZoom(baseZoom(base) + Math.log2(t.k * factor));
	const k = 2 ** (zoom - baseZoom(base));
	const f = k / t.k;
	return { k, x: px - f * (px - t.x), y: py - f * (py - t.y) };
}

export const panBy = (t: ViewTransform, dx: number, dy: number): ViewTransform => ({ k: t.k, x: t.x + dx, y: t.y + dy });

/** Base coordinates to screen coordinates. */
export const applyTransform = (t: ViewTransform, [x, y]: [number, number]): [number, number] => [t.k * x + t.x, t.k * y + t.y];
