/**
 * Country shapes: visionscarto's Natural Earth TopoJSON (internationally recognised borders,
 * ISO alpha-3 codes), decoded once with topojson-client. A year change never touches geometry.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { labelPoint, countryBounds } from './outlineShape';
export { labelPoint, countryBounds } from './outlineShape';
import { SHAPES_URL, type ShapesScale } from './shapesUrl';
import { baseLocale, getLocale } from '$lib/i18n/locale';
import { SHAPES_ERROR } from '$lib/domain/mapProblem';

/** Every state's name in the page's language, where it is not the shapes' own (English). */
function localNames(): Promise<Record<string, string> | null> {
	const locale = getLocale();
	if (locale === baseLocale) return Promise.resolve(null);
	// Its own language's chunk only: another language costs this page nothing.
	return import('virtual:state-names-loader').then((m) => m.loadStateNames('all', locale));
}

const topologyPromises = new Map<ShapesScale, Promise<Topology>>();

/** The country shapes, fetched once from our own origin and shared by both renderers. */
export function loadTopology(scale: ShapesScale = '50m'): Promise<Topology> {
	let promise = topologyPromises.get(scale);
	if (!promise) {
		const names = localNames();
		promise = fetch(new URL(SHAPES_URL[scale], document.baseURI).href).then(async (res) => {
			if (!res.ok)
				throw Object.assign(new Error(`Could not load country shapes (${res.status} ${res.statusText})`), { name: SHAPES_ERROR });
			const topology = (await res.json()) as Topology;
			// Both maps, labels, tooltips and exports then name states in the page's language.
			const local = await names;
			if (local)
				for (const g of (topology.objects.countries as unknown as { geometries: { properties: { a3: string; name: string } }[] })
					.geometries)
					g.properties.name = local[g.properties.a3] ?? g.properties.name;
			return topology;
		});
		// A failed load may be retried.
		promise.catch(() => topologyPromises.delete(scale));
		topologyPromises.set(scale, promise);
	}
	return promise;
}

/** Shapes as decoded, without the antimeridian fix (d3-geo cuts at the antimeridian itself). */
export function rawCountries(topology: Topology): FeatureCollection<Polygon | MultiPolygon, CountryProps> {
	const object = topology.objects.countries as GeometryCollection<{ a3: string; name: string }>;
	const decoded = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, { a3: string; name: string }>;
	return {
		type: 'FeatureCollection',
		features: decoded.features
			.filter((f) => f.geometry)
			.map((f) => ({ type: 'Feature', properties: { iso3: f.properties.a3, name: f.properties.name }, geometry: f.geometry }))
	};
}

export interface CountryProps {
	iso3: string;
	name: string;
}

export interface Geography {
	countries: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
	labels: FeatureCollection<Point, CountryProps & { rank: number }>;
	/** Numeric feature id per ISO code, for feature-state. */
	idByIso: Map<string, number>;
	isoById: Map<number, string>;
	/** [west, south, east, north] per ISO code, for flying to a country. */
	bboxByIso: Map<string, [number, number, number, number]>;
}

/**
 * Rings that cross the antimeridian jump from 180 to -180; MapLibre would draw a stripe across
 * the world. Moving their western half by +360 keeps each ring continuous.
 */
export function fixAntimeridian(ring: Position[]): Position[] {
	let crosses = false;
	for (let i = 1; i < ring.length; i++) {
		if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) {
			crosses = true;
			break;
		}
	}
	if (!crosses) return ring;
	const shifted = ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
	// A ring that wraps the whole globe (Antarctica) is drawn as it is.
	const xs = shifted.map((p) => p[0]);
	return Math.max(...xs) - Math.min(...xs) < 180 ? shifted : ring;
}

export function buildGeography(topology: Topology, focusIso: ReadonlySet<string>): Geography {
	const object = topology.objects.countries as GeometryCollection<{ a3: string; name: string }>;
	const decoded = feature(topology, object) as FeatureCollection<Polygon | MultiPolygon, { a3: string; name: string }>;
	const idByIso = new Map<string, number>();
	const isoById = new Map<number, string>();
	const bboxByIso = new Map<string, [number, number, number, number]>();
	const countries: Feature<Polygon | MultiPolygon, CountryProps>[] = [];
	const labels: Feature<Point, CountryProps & { rank: number }>[] = [];

	decoded.features.forEach((f, index) => {
		if (!f.geometry) return;
		const iso3 = f.properties.a3;
		// Ids start at 1: feature-state and "if (!id)" checks elsewhere must never meet id 0.
		const id = index + 1;
		const geometry: Polygon | MultiPolygon =
			f.geometry.type === 'Polygon'
				? { type: 'Polygon', coordinates: f.geometry.coordinates.map(fixAntimeridian) }
				: { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((p) => p.map(fixAntimeridian)) };
		const props = { iso3, name: f.properties.name };
		idByIso.set(iso3, id);
		isoById.set(id, iso3);
		bboxByIso.set(iso3, countryBounds(geometry));
		countries.push({ type: 'Feature', id, properties: props, geometry });
		labels.push({
			type: 'Feature',
			id,
			properties: { ...props, rank: focusIso.has(iso3) ? 0 : 1 },
			geometry: { type: 'Point', coordinates: labelPoint(geometry) }
		});
	});

	return {
		countries: { type: 'FeatureCollection', features: countries },
		labels: { type: 'FeatureCollection', features: labels },
		idByIso,
		isoById,
		bboxByIso
	};
}
