/**
 * Country shapes: visionscarto's Natural Earth TopoJSON (internationally recognised borders,
 * ISO alpha-3 codes), decoded once with topojson-client. A year change never touches geometry.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { decodeTopology, type CountryProps, type ShapesFile } from './topology';
export { rawCountries, type CountryProps } from './topology';
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

/** Memoised per scale; a failed load is forgotten, so it may be retried. */
function once<T>(promises: Map<ShapesScale, Promise<T>>, scale: ShapesScale, load: () => Promise<T>): Promise<T> {
	let promise = promises.get(scale);
	if (!promise) {
		promise = load();
		promise.catch(() => promises.delete(scale));
		promises.set(scale, promise);
	}
	return promise;
}

const filePromises = new Map<ShapesScale, Promise<ArrayBuffer>>();
const topologyPromises = new Map<ShapesScale, Promise<Topology>>();

/** The country shapes' file, fetched once from our own origin and not decoded: the lite map's worker decodes it. */
export function loadShapesFile(scale: ShapesScale = '50m'): Promise<ArrayBuffer> {
	return once(filePromises, scale, () =>
		fetch(new URL(SHAPES_URL[scale], document.baseURI).href).then((res) => {
			if (!res.ok)
				throw Object.assign(new Error(`Could not load country shapes (${res.status} ${res.statusText})`), { name: SHAPES_ERROR });
			return res.arrayBuffer();
		})
	);
}

/**
 * The shapes' file with the states' names in the page's language, ready to decode (here, or in the
 * lite map's worker): both maps, labels, tooltips and exports name states in the page's language.
 */
export function loadShapesToDecode(scale: ShapesScale, nearRegionOnly = false): Promise<ShapesFile> {
	return Promise.all([loadShapesFile(scale), localNames()]).then(([file, names]) => ({ file, names, nearRegionOnly }));
}

/** The country shapes, decoded once on the page and shared by every map drawn here. */
export function loadTopology(scale: ShapesScale = '50m'): Promise<Topology> {
	return once(topologyPromises, scale, () => loadShapesToDecode(scale).then((s) => decodeTopology(s.file, s.names)));
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
