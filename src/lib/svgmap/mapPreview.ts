/**
 * The map's preview: the region's land, in the grey of states that never joined, drawn as the lite
 * map first frames it, in one small SVG the map box paints behind itself from the first paint
 * (MapPanel.svelte), until a map draws over it.
 * A phone on a slow line sees the map's place at once, and the page's largest paint is the map
 * (docs/performance.md, "Lighthouse"). The file is generated, not drawn by hand:
 * tests/unit/mapPreview.test.ts checks it and `npx vitest run -u` rewrites it.
 */
import { geoPath } from 'd3-geo';
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { HOME_BOUNDS } from '$lib/geo/camera';
import { OCEAN_COLOR, STATUS_COLOR } from '$lib/domain/palette';
import { COUNTRY_BORDER } from '$lib/geo/theme';
import { projectionFor } from './paths';

/** The region's width in the preview's units; the file spans two region widths and three heights. */
const REGION_WIDTH = 600;
/** Beyond the region, so a tall phone's box or a wide projector's shows land, not a bare sea. */
export const SPAN = { width: 2, height: 3 } as const;

export interface MapPreview {
	svg: string;
	/** The region's width over its height: MapPanel's CSS scales the file with it, as the lite map fits the region. */
	regionAspect: number;
	/** A place in the file's units (for checking it lines up with the lite map). */
	project: (lonLat: [number, number]) => [number, number] | null;
}

/** The preview of the CSTO's region (HOME_BOUNDS) in the lite map's projection (paths.ts projectionFor). */
export function mapPreview(topology: Topology): MapPreview {
	const side = REGION_WIDTH + 8;
	const projection = projectionFor(side, side, 'region', HOME_BOUNDS);
	const [w, s, e, n] = HOME_BOUNDS;
	const [x0, y0] = projection([w, n])!;
	const [x1, y1] = projection([e, s])!;
	const regionW = x1 - x0;
	const regionH = y1 - y0;
	const width = SPAN.width * regionW;
	const height = SPAN.height * regionH;
	const left = (x0 + x1) / 2 - width / 2;
	const top = (y0 + y1) / 2 - height / 2;
	projection.clipExtent([
		[left, top],
		[left + width, top + height]
	]);
	// Whole units (a few pixels on a projector): it is shown for a moment, and the file stays small.
	const path = geoPath(projection).digits(0);
	// The land as one shape and each border once (not twice, as two states' outlines would draw it).
	const countries = topology.objects.countries as GeometryCollection;
	const land = path(merge(topology, countries.geometries as Parameters<typeof merge>[1])) ?? '';
	const borders = path(mesh(topology, countries, (a, b) => a !== b)) ?? '';
	const box = [left, top, width, height].map((v) => Number(v.toFixed(1)));
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.join(' ')}" width="${box[2]}" height="${box[3]}">` +
		`<rect x="${box[0]}" y="${box[1]}" width="${box[2]}" height="${box[3]}" fill="${OCEAN_COLOR}"/>` +
		`<path d="${land}" fill="${STATUS_COLOR.never}"/>` +
		`<path d="${borders}" fill="none" stroke="${COUNTRY_BORDER}" stroke-width="0.9"/></svg>\n`;
	return { svg, regionAspect: regionW / regionH, project: (lonLat) => projection(lonLat) };
}
