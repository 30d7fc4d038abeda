/**
 * A state's outline measured: where its name goes and its box. Pure, with no page or build
 * imports, so the lite map's projection worker (svgmap/projection.worker.ts) can use it too.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';

function polygonsOf(geom: Polygon | MultiPolygon): Position[][][] {
	return geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
}

function ringArea(ring: Position[]): number {
	let a = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
	}
	return Math.abs(a / 2);
}

/** One label point per state: the pole of inaccessibility of its largest polygon. */
export function labelPoint(geom: Polygon | MultiPolygon): Position {
	let best: Position[][] = [];
	let bestArea = -1;
	for (const poly of polygonsOf(geom)) {
		const area = ringArea(poly[0]);
		if (area > bestArea) {
			bestArea = area;
			best = poly;
		}
	}
	const p = polylabel(best as [number, number][][], 0.25);
	return [p[0], p[1]];
}

/** [west, south, east, north] of a state's largest polygon (Russia's islands would span the globe). */
export function countryBounds(geom: Polygon | MultiPolygon): [number, number, number, number] {
	let w = Infinity,
		s = Infinity,
		e = -Infinity,
		n = -Infinity;
	// Only the largest polygon, so Russia's far-east islands do not make its box span the globe.
	let best: Position[][] = [];
	let bestArea = -1;
	for (const poly of polygonsOf(geom)) {
		const a = ringArea(poly[0]);
		if (a > bestArea) [bestArea, best] = [a, poly];
	}
	for (const [x, y] of best[0]) {
		w = Math.min(w, x);
		e = Math.max(e, x);
		s = Math.min(s, y);
		n = Math.max(n, y);
	}
	return [w, s, e, n];
}
