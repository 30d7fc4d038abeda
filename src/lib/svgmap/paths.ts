/**
 * The SVG renderer's geometry: country outlines projected once with d3-geo into path strings
 * (after Our World in Data's grapher, which caches projected shapes); a year change only
 * recolours. Used for comparing two years and as the map when WebGL is missing.
 */
import { geoArea, geoMercator, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CountryProps } from '$lib/geo/geography';
import { countryBounds, labelPoint } from '$lib/geo/outlineShape';
import { HOME_BOUNDS, type Bounds } from '$lib/geo/camera';
import { indexOutline, locatorOf, stateLocator, pathRings, type IndexedOutline } from '$lib/geo/hitTest';
import type { BaseProjection } from './viewTransform';
import { runToEnd } from '$lib/geo/steps';

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
	/** The state at a point in base (unzoomed) coordinates, or null for the sea. */
	stateAt: (xy: [number, number]) => string | null;
	/** A closed outline in longitude/latitude (a disputed territory) as a path string. */
	outline: (ring: readonly [number, number][]) => string;
	/** A state's [west, south, east, north] in degrees: where the camera goes to show it. */
	boundsOf: (iso3: string) => Bounds | undefined;
}

type Countries = FeatureCollection<Polygon | MultiPolygon, CountryProps>;

/** Projects every outline at once (the small maps: Compare, the handout, the presenter's next step). */
export function projectCountries(
	countries: Countries,
	width: number,
	height: number,
	view: 'region' | 'world',
	/** What the region view fits: the members of the organisations shown (scene.home), else the CSTO's region. */
	bounds: Bounds = HOME_BOUNDS
): ProjectedMap {
	return runToEnd(projectionSteps(countries, width, height, view, bounds, false));
}

/** One outline projected, as plain data: what a worker hands back (projection.worker.ts). */
export interface ProjectedOutline {
	iso3: string;
	name: string;
	d: string;
	area: number;
	label: [number, number] | null;
	bounds: Bounds;
}

/** Every outline projected with its area and name point, at once: the worker's whole job. */
export function projectOutlines(
	countries: Countries,
	width: number,
	height: number,
	view: 'region' | 'world',
	bounds: Bounds = HOME_BOUNDS
): ProjectedOutline[] {
	const map = runToEnd(projectionSteps(countries, width, height, view, bounds, false));
	return map.countries.map((c) => ({
		iso3: c.iso3,
		name: c.name,
		d: c.d,
		area: c.area(),
		label: c.label(),
		bounds: map.boundsOf(c.iso3)!
	}));
}

export function projectionFor(width: number, height: number, view: 'region' | 'world', bounds: Bounds): GeoProjection {
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
		const [w, s, e, n] = bounds;
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
	return projection;
}

/** The projection, one outline per step; the finished map is the generator's return value. */
export function* projectionSteps(
	countries: Countries,
	width: number,
	height: number,
	view: 'region' | 'world',
	bounds: Bounds,
	/** Index the outlines for stateAt, and work out areas and name points, now rather than when first asked. */
	prepareNow: boolean
): Generator<void, ProjectedMap, void> {
	const projection = projectionFor(width, height, view, bounds);
	const path = geoPath(projection);
	const projected: ProjectedCountry[] = [];
	const indexed: IndexedOutline[] = [];
	for (const f of countries.features) {
		const d = path(f) ?? '';
		yield;
		if (d === '') continue;
		let label: [number, number] | null | undefined;
		let area: number | undefined;
		const country: ProjectedCountry = {
			iso3: f.properties.iso3,
			name: f.properties.name,
			d,
			area: () => (area ??= path.area(f)),
			label: () => (label === undefined ? (label = projection(labelPoint(f.geometry) as [number, number])) : label)
		};
		projected.push(country);
		if (!prepareNow) continue;
		indexed.push(indexOutline({ iso3: country.iso3, rings: pathRings(d) }));
		yield;
		country.area();
		country.label();
		yield;
	}
	const features = new Map(countries.features.map((f) => [f.properties.iso3, f]));
	const boundsOf = (iso3: string) => {
		const f = features.get(iso3);
		return f && countryBounds(f.geometry);
	};
	return assemble(projection, width, height, projected, prepareNow ? locatorOf(indexed) : undefined, boundsOf);
}

/** The map around its projected outlines; without `locate`, the hit test's index is built when first asked. */
export function assemble(
	projection: GeoProjection,
	width: number,
	height: number,
	projected: ProjectedCountry[],
	locate: ((x: number, y: number) => string | null) | undefined,
	boundsOf: ProjectedMap['boundsOf']
): ProjectedMap {
	const path = geoPath(projection);
	// Hit tests in the plane, on the projected outlines (cut at the antimeridian by d3 already):
	// for names placed on every pan and zoom, far faster than spherical geoContains.
	const stateAt = ([x, y]: [number, number]) =>
		(locate ??= stateLocator(projected.map((c) => ({ iso3: c.iso3, rings: pathRings(c.d) }))))(x, y);
	return {
		width,
		height,
		stateAt,
		countries: projected,
		boundsOf,
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
