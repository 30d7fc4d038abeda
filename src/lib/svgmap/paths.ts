/**
 * The SVG renderer's geometry: country outlines projected once with d3-geo into path strings
 * (after Our World in Data's grapher, which caches projected shapes); a year change only
 * recolours. Used for comparing two years and as the map when WebGL is missing.
 */
import { geoArea, geoMercator, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { labelPoint, type CountryProps } from '$lib/geo/geography';
import { HOME_BOUNDS } from '$lib/geo/camera';
import { IDENTITY, applyTransform, type BaseProjection, type ViewTransform } from './viewTransform';

export interface ProjectedCountry {
	iso3: string;
	name: string;
	d: string;
	/** Area on screen, in square pixels (which names to drop first where they would overlap). */
	area: () => number;
	/** Where the name goes (the pole of inaccessibility), worked out only when asked for. */
	label: () => [number, number] | null;
}

export interface ProjectedMap {
	width: number;
	height: number;
	countries: ProjectedCountry[];
	project: (lonLat: [number, number]) => [number, number] | null;
	/** The projection as the camera maths needs it (region view only: Mercator). */
	base: BaseProjection;
	/** A closed outline in longitude/latitude (a disputed territory) as a path string. */
	outline: (ring: readonly [number, number][]) => string;
}

export function projectCountries(
	countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>,
	width: number,
	height: number,
	view: 'region' | 'world'
): ProjectedMap {
	let projection: GeoProjection;
	if (view === 'world') {
		projection = geoNaturalEarth1().fitExtent(
			[
				[4, 4],
				[width - 4, height - 4]
			],
			{ type: 'Sphere' }
		);
	} else {
		const [w, s, e, n] = HOME_BOUNDS;
		const box = {
			type: 'Feature' as const,
			properties: {},
			geometry: {
				type: 'MultiPoint' as const,
				coordinates: [
					[w, s],
					[e, s],
					[e, n],
					[w, n],
					[(w + e) / 2, n],
					[(w + e) / 2, s]
				]
			}
		};
		// Not clipped to the box: the camera may zoom out or pan to the rest of the world.
		projection = geoMercator().fitExtent(
			[
				[4, 4],
				[width - 4, height - 4]
			],
			box
		);
	}
	// Natural Earth 1:50m points are already dense: d3's adaptive resampling adds no visible point
	// here but takes most of the projection time (measured 350–550 ms against 100 ms without it).
	projection.precision(0);
	const path = geoPath(projection);
	return {
		width,
		height,
		countries: countries.features
			.map((f) => {
				let label: [number, number] | null | undefined;
				let area: number | undefined;
				return {
					iso3: f.properties.iso3,
					name: f.properties.name,
					d: path(f) ?? '',
					area: () => (area ??= path.area(f)),
					label: () => (label === undefined ? (label = projection(labelPoint(f.geometry) as [number, number])) : label)
				};
			})
			.filter((c) => c.d !== ''),
		project: (lonLat) => projection(lonLat),
		base: {
			scale: projection.scale(),
			project: (lonLat) => projection(lonLat),
			invert: (xy) => projection.invert?.(xy) ?? null
		},
		outline: (ring) => {
			const closed = [...ring, ring[0]];
			let polygon: Polygon = { type: 'Polygon', coordinates: [closed] };
			// d3-geo reads rings on the sphere: wound the other way, a small outline means "everything
			// but this", so a ring covering more than half the globe is turned round.
			if (geoArea(polygon) > 2 * Math.PI) polygon = { type: 'Polygon', coordinates: [closed.reverse()] };
			return path(polygon) ?? '';
		}
	};
}

export interface PlacedLabel {
	c: ProjectedCountry;
	xy: [number, number];
	/** Set when the name stands away from its state, with a thin line back to it. */
	from?: [number, number];
}

/**
 * Which states' names fit on the SVG map: none cut by the edge, none overprinting another name
 * or a pin (`obstacles`). Smaller states are placed first (Armenia before Azerbaijan): a large
 * state is recognisable unnamed, and its tooltip still names it. Boxes are estimated for bold text.
 */
export function placeLabels(
	candidates: readonly ProjectedCountry[],
	width: number,
	height: number,
	view: ViewTransform = IDENTITY,
	fontSize = 12,
	obstacles: readonly Box[] = []
): PlacedLabel[] {
	const placed: Box[] = [...obstacles];
	const out: PlacedLabel[] = [];
	const sized = candidates
		.map((c) => {
			const at = c.label();
			return { c, xy: at && applyTransform(view, at) };
		})
		.filter((x): x is PlacedLabel => !!x.xy && x.xy[0] > 40 && x.xy[0] < width - 40 && x.xy[1] > 10 && x.xy[1] < height - 10)
		.sort((a, b) => a.c.area() - b.c.area());
	const free = (b: Box) => !placed.some((p) => b[0] < p[2] && b[2] > p[0] && b[1] < p[3] && b[3] > p[1]);
	for (const { c, xy } of sized) {
		const half = (c.name.length * 3.4 + 3) * (fontSize / 12);
		const h = fontSize * 0.67;
		// Where a pin or another name is in the way, try just above, below, left and right of it;
		// then, for a small state, further out with a leader line (the crowded Caucasus).
		const side = half + fontSize;
		const near = [
			[0, 0],
			[0, -fontSize * 1.6],
			[0, fontSize * 1.6],
			[-side, 0],
			[side, 0],
			[-side, -fontSize * 1.6],
			[side, fontSize * 1.6]
		];
		const far = [
			[0, -fontSize * 3.2],
			[0, fontSize * 3.2],
			[side + fontSize * 2, -fontSize * 2.4],
			[-side - fontSize * 2, -fontSize * 2.4],
			[side + fontSize * 2, fontSize * 2.4],
			[-side - fontSize * 2, fontSize * 2.4]
		];
		// Only a state too small for its own name moves sideways or out with a leader line: a larger
		// one's name moved so far could land on a neighbour (Tajikistan's over Uzbekistan); above or
		// below its spot it stays on its own ground, and zooming in names it otherwise.
		const small = c.area() < 2 * (2 * half) * (2 * h);
		const tries = small ? [...near, ...far] : near.slice(0, 3);
		for (const [i, [dx, dy]] of tries.entries()) {
			const at: [number, number] = [xy[0] + dx, xy[1] + dy];
			const box: Box = [at[0] - half, at[1] - h, at[0] + half, at[1] + h];
			if (!free(box) || box[0] < 0 || box[2] > width || box[1] < 0 || box[3] > height) continue;
			placed.push(box);
			// Beside or further out the name no longer sits on its state: a leader line points to it.
			out.push(i < 3 ? { c, xy: at } : { c, xy: at, from: xy });
			break;
		}
	}
	return out;
}

/** [left, top, right, bottom] in screen px. */
export type Box = [number, number, number, number];
