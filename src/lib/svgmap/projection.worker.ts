/**
 * The lite map's projection worker (projectOffPage.ts): outlines in; path strings, areas and name
 * points out. A failure is handed back, so the page projects them itself instead.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CountryProps } from '$lib/geo/geography';
import type { Bounds } from '$lib/geo/camera';
import { projectOutlines, type ProjectedOutline } from './paths';

export interface ProjectionRequest {
	id: number;
	countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
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
	const { id, countries, width, height, view, bounds } = e.data;
	let outlines: ProjectedOutline[] | null = null;
	try {
		outlines = projectOutlines(countries, width, height, view, bounds);
	} catch (error) {
		console.warn(error);
	}
	self.postMessage({ id, outlines } satisfies ProjectionReply);
};
