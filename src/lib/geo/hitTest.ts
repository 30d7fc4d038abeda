/**
 * Which state lies at a point, in the plane: for the label placement, which asks thousands of
 * times per layout. Outlines are flat coordinate lists ([x0, y0, x1, y1, …]) in any plane: the
 * SVG map's projected pixels or the MapLibre map's longitude/latitude.
 */
import type { MultiPolygon, Polygon } from 'geojson';

export interface Outline {
	iso3: string;
	rings: number[][];
}

/** Horizontal bands per outline: a point's ray test only reads the edges of its band. */
const BANDS = 256;

/** An outline made quick to test: its box, and its edges sorted into horizontal bands. */
export interface IndexedOutline {
	iso3: string;
	box: number[];
	band: number;
	bands: number[][];
}

/** A locator over outlines: the first state whose rings hold the point (even-odd: holes are outside). */
export function stateLocator(outlines: readonly Outline[]): (x: number, y: number) => string | null {
	return locatorOf(outlines.map(indexOutline));
}

/** One outline indexed (a step of its own, so a long list can be indexed a slice at a time). */
export function indexOutline(o: Outline): IndexedOutline {
	const box = [Infinity, Infinity, -Infinity, -Infinity];
	for (const r of o.rings)
		for (let i = 0; i < r.length; i += 2) {
			box[0] = Math.min(box[0], r[i]);
			box[1] = Math.min(box[1], r[i + 1]);
			box[2] = Math.max(box[2], r[i]);
			box[3] = Math.max(box[3], r[i + 1]);
		}
	const band = (box[3] - box[1]) / BANDS || 1;
	const bands: number[][] = Array.from({ length: BANDS }, () => []);
	for (const r of o.rings)
		for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
			const lo = Math.floor((Math.min(r[i + 1], r[j + 1]) - box[1]) / band);
			const hi = Math.floor((Math.max(r[i + 1], r[j + 1]) - box[1]) / band);
			for (let k = Math.max(0, lo); k <= Math.min(BANDS - 1, hi); k++) bands[k].push(r[i], r[i + 1], r[j], r[j + 1]);
		}
	return { iso3: o.iso3, box, band, bands };
}

/** Cells a side of the grid that sorts outlines by where their boxes lie. */
const GRID = 32;

/**
 * The locator over outlines indexed in order. A point tests only the outlines whose boxes cover its
 * grid cell (a handful, not all 177: the labels ask thousands of times a layout).
 */
export function locatorOf(indexed: readonly IndexedOutline[]): (x: number, y: number) => string | null {
	const all = [Infinity, Infinity, -Infinity, -Infinity];
	for (const { box } of indexed) {
		all[0] = Math.min(all[0], box[0]);
		all[1] = Math.min(all[1], box[1]);
		all[2] = Math.max(all[2], box[2]);
		all[3] = Math.max(all[3], box[3]);
	}
	const cellW = (all[2] - all[0]) / GRID || 1;
	const cellH = (all[3] - all[1]) / GRID || 1;
	const col = (x: number) => Math.min(GRID - 1, Math.max(0, Math.floor((x - all[0]) / cellW)));
	const row = (y: number) => Math.min(GRID - 1, Math.max(0, Math.floor((y - all[1]) / cellH)));
	const cells: IndexedOutline[][] = Array.from({ length: GRID * GRID }, () => []);
	// In order, so the first outline holding a point is still the one found.
	for (const o of indexed)
		for (let r = row(o.box[1]); r <= row(o.box[3]); r++) for (let c = col(o.box[0]); c <= col(o.box[2]); c++) cells[r * GRID + c].push(o);
	return (x, y) => {
		if (!(x >= all[0] && x <= all[2] && y >= all[1] && y <= all[3])) return null;
		for (const o of cells[row(y) * GRID + col(x)]) {
			if (x < o.box[0] || x > o.box[2] || y < o.box[1] || y > o.box[3]) continue;
			const edges = o.bands[Math.min(BANDS - 1, Math.floor((y - o.box[1]) / o.band))];
			let inside = false;
			for (let e = 0; e < edges.length; e += 4) {
				const xi = edges[e],
					yi = edges[e + 1],
					xj = edges[e + 2],
					yj = edges[e + 3];
				if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
			}
			if (inside) return o.iso3;
		}
		return null;
	};
}

/** A path string's rings ("M x,y L x,y … Z", as d3-geo writes them). */
export function pathRings(d: string): number[][] {
	return d
		.split('M')
		.filter(Boolean)
		.map((part) => part.replace(/Z/g, '').split(/[L,]/).map(Number));
}

/** A GeoJSON shape's rings, in longitude/latitude. */
export function geometryRings(g: Polygon | MultiPolygon): number[][] {
	const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	return polygons.flatMap((p) => p.map((ring) => ring.flat()));
}
