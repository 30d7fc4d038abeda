/**
 * The SVG renderer's geometry: country outlines projected once with d3-geo into path strings
 * (after Our World in Data's grapher, which caches projected shapes); a year change only
 * recolours. Used for comparing two years and as the map when WebGL is missing.
 */
import { geoMercator, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CountryProps } from '$lib/map/geography';

export interface ProjectedCountry {
	iso3: string;
	name: string;
	d: string;
}

export interface ProjectedMap {
	width: number;
	height: number;
	countries: ProjectedCountry[];
	project: (lonLat: [number, number]) => [number, number] | null;
}

/** The treaty's region, from the Baltic to the Pamirs. */
export const REGION_BOUNDS: [[number, number], [number, number]] = [
	[20, 35],
	[95, 62]
];

export function projectCountries(
	countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>,
	width: number,
	height: number,
	view: 'region' | 'world'
): ProjectedMap {
	let projection: GeoProjection;
	if (view === 'world') {
		projection = geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
	} else {
		const [[w, s], [e, n]] = REGION_BOUNDS;
		const box = {
			type: 'Feature' as const,
			properties: {},
			geometry: { type: 'MultiPoint' as const, coordinates: [[w, s], [e, s], [e, n], [w, n], [(w + e) / 2, n], [(w + e) / 2, s]] }
		};
		projection = geoMercator().fitExtent([[4, 4], [width - 4, height - 4]], box).clipExtent([[0, 0], [width, height]]);
	}
	const path = geoPath(projection);
	return {
		width,
		height,
		countries: countries.features
			.map((f) => ({ iso3: f.properties.iso3, name: f.properties.name, d: path(f) ?? '' }))
			.filter((c) => c.d !== ''),
		project: (lonLat) => projection(lonLat)
	};
}
