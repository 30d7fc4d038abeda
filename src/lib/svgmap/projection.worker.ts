/**
 * The lite map's projection worker (projectOffPage.ts): a shapes file in, decoded here; path
 * strings, areas, name points and bounds out. A failure is handed back, so the page decodes and
 * projects them itself instead (and reports a broken file).
 */
import type { Bounds } from '$lib/geo/camera';
import { decodeCountries, type ShapesFile } from '$lib/geo/topology';
import { projectOutlines, type ProjectedOutline } from './paths';

export interface ProjectionRequest {
	id: number;
	shapes: ShapesFile;
	width: number;
	height: number;
	view: 'region' | 'world';
	bounds: Bounds;
}
export interface ProjectionReply {
	id: number;
	/** Null when the projection failed. */
	outlines: ProjectedOutline[] | null;
}

self.onmessage = (e: MessageEvent<ProjectionRequest>) => {
	const { id, shapes, width, height, view, bounds } = e.data;
	let outlines: ProjectedOutline[] | null = null;
	try {
		outlines = projectOutlines(decodeCountries(shapes), width, height, view, bounds);
	} catch (error) {
		console.warn(error);
	}
	self.postMessage({ id, outlines } satisfies ProjectionReply);
};
