/**
 * The shapes file decoded: TopoJSON to GeoJSON with topojson-client. Pure, with no page or build
 * imports, so the lite map's projection worker decodes the file itself and the page does not
 * (issue 26: parsing and converting it on a phone held the page for two long tasks at start-up).
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { countryBounds } from './outlineShape';

export interface CountryProps {
	iso3: string;
	name: string;
}

export type Countries = FeatureCollection<Polygon | MultiPolygon, CountryProps>;

/** The file's bytes as a topology, with the states named in the page's language where `names` has them. */
export function decodeTopology(file: ArrayBuffer, names: Readonly<Record<string, string>> | null): Topology {
	const topology = JSON.parse(new TextDecoder().decode(file)) as Topology;
	if (names)
		for (const g of (topology.objects.countries as unknown as { geometries: { properties: { a3: string; name: string } }[] }).geometries)
			g.properties.name = names[g.properties.a3] ?? g.properties.name;
	return topology;
}

/** Shapes as decoded, without the antimeridian fix (d3-geo cuts at the antimeridian itself). */
export function rawCountries(topology: Topology): Countries {
	const object = topology.objects.countries as GeometryCollection<{ a3: string; name: string }>;
	const decoded = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, { a3: string; name: string }>;
	return {
		type: 'FeatureCollection',
		features: decoded.features
			.filter((f) => f.geometry)
			.map((f) => ({ type: 'Feature', properties: { iso3: f.properties.a3, name: f.properties.name }, geometry: f.geometry }))
	};
}

/** The states near the treaty's region: the only ones worth drawing at 1:50m. */
function nearRegion(fc: Countries): Countries {
	return {
		...fc,
		features: fc.features.filter((f) => {
			const [w, s, e, n] = countryBounds(f.geometry);
			return e > -15 && w < 150 && n > 5 && s < 82;
		})
	};
}

/** A shapes file as fetched, not decoded: what the lite map hands its projection worker. */
export interface ShapesFile {
	file: ArrayBuffer;
	/** The states' names in the page's language (null: the file's own, English). */
	names: Readonly<Record<string, string>> | null;
	/** Only the states near the treaty's region (the 1:50m shapes, drawn zoomed in). */
	nearRegionOnly: boolean;
}

/** The states in a shapes file, as the lite map draws them. */
export function decodeCountries(shapes: ShapesFile): Countries {
	const countries = rawCountries(decodeTopology(shapes.file, shapes.names));
	return shapes.nearRegionOnly ? nearRegion(countries) : countries;
}
