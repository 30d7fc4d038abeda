/**
 * Bold state names on the MapLibre map, placed by the same rule as the SVG maps
 * (geo/labelPlacement.ts) after every move: each name on its state or on a leader line into it,
 * clear of the pins and of each other. MapLibre then draws them with text-allow-overlap (its own
 * collision would drop names of small states at home zoom) and places its other labels around them.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Feature, LineString, Point } from 'geojson';
import type { Geography } from '$lib/geo/geography';
import { placeLabels, type Box, type PlacedLabel } from '$lib/geo/labelPlacement';
import { stateLocator, geometryRings } from '$lib/geo/hitTest';
import { shortName } from '$lib/data/shortNames';
import { SOURCE, labelPxAt } from './style';
import { afterPaintScheduler } from './featureStateDiff';

/** How long the year and camera must rest before the names are placed again. */
const QUIET_MS = 80;

export interface StateNames {
	/** The states that must be named (the scene's statuses); re-places the names. */
	setRequired(iso: ReadonlySet<string>): void;
	/** Places the names again after the next paint (after a move, or when the pins shown change). */
	schedule(): void;
	/** The names as placed, in CSS px, a pending placement done now (test hook). */
	placed(): readonly PlacedLabel[];
	/** Which of `among` is at a screen point (CSS px) in the view as it is now: cheap, in the plane. */
	locator(among: ReadonlySet<string>): (x: number, y: number) => string | null;
	stop(): void;
}

export function addStateNames(
	map: maplibregl.Map,
	geo: Geography,
	nearby: ReadonlySet<string>,
	pinBoxes: () => Box[],
	textScale: () => number
): StateNames {
	const locate = stateLocator(geo.countries.features.map((f) => ({ iso3: f.properties.iso3, rings: geometryRings(f.geometry) })));
	const anchors = new Map(geo.labels.features.map((f) => [f.properties.iso3, f.geometry.coordinates as [number, number]]));
	const names = new Map(geo.labels.features.map((f) => [f.properties.iso3, f.properties.name]));
	let required: ReadonlySet<string> = new Set();
	let placed: PlacedLabel[] = [];

	/** Screen px to longitude/latitude for the current view: Web Mercator with no tilt or turn, inlined
	 * because the placement asks tens of thousands of times. */
	const unprojector = () => {
		const box = map.getContainer();
		const a = map.unproject([0, 0]);
		const b = map.unproject([box.clientWidth || 1, box.clientHeight || 1]);
		const merc = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
		const [ma, mb] = [merc(a.lat), merc(b.lat)];
		const kx = (b.lng - a.lng) / (box.clientWidth || 1);
		const ky = (mb - ma) / (box.clientHeight || 1);
		return (x: number, y: number): [number, number] => [
			a.lng + x * kx,
			((2 * Math.atan(Math.exp(ma + y * ky)) - Math.PI / 2) * 180) / Math.PI
		];
	};
	let unproject = unprojector();
	// The states under the placement's sample points, kept while the camera stays: a year step
	// re-places names without asking the outlines again.
	let memo = new Map<number, string | null>();
	let memoView = '';
	const stateAt = ([x, y]: [number, number]) => {
		const key = Math.round(x) * 8192 + Math.round(y);
		const known = memo.get(key);
		if (known !== undefined) return known;
		const [lng, lat] = unproject(x, y);
		// Chukotka's outline runs past 180° (geography.ts shifts it east).
		const iso = locate(lng, lat) ?? (lng < 0 ? locate(lng + 360, lat) : null);
		memo.set(key, iso);
		return iso;
	};
	const area = (iso: string) => {
		const b = geo.bboxByIso.get(iso);
		if (!b) return Infinity;
		const p = map.project([b[0], b[1]]);
		const q = map.project([b[2], b[3]]);
		return Math.abs((q.x - p.x) * (q.y - p.y));
	};

	function place() {
		pending = false;
		unproject = unprojector();
		const box = map.getContainer();
		const view = `${map.getCenter().toArray()},${map.getZoom()},${box.clientWidth},${box.clientHeight}`;
		if (view !== memoView) [memo, memoView] = [new Map(), view];
		const fontSize = labelPxAt(0, textScale(), map.getZoom());
		const candidates = [...new Set([...required, ...nearby])].flatMap((iso) => {
			const at = anchors.get(iso);
			const name = names.get(iso);
			if (!at || !name) return [];
			const p = map.project(at);
			const short = shortName(iso);
			return [
				{
					iso3: iso,
					names: short ? [name, short] : [name],
					anchor: [p.x, p.y] as [number, number],
					area: area(iso),
					required: required.has(iso)
				}
			];
		});
		placed = placeLabels(candidates, {
			width: box.clientWidth,
			height: box.clientHeight,
			fontSize,
			obstacles: pinBoxes(),
			stateAt
		});
		const lngLat = (xy: [number, number]) => map.unproject(xy).toArray();
		const points: Feature<Point>[] = placed.map((l) => ({
			type: 'Feature',
			properties: { iso3: l.iso3, text: l.text },
			geometry: { type: 'Point', coordinates: lngLat(l.xy) }
		}));
		const lines: Feature<LineString>[] = placed.flatMap((l) =>
			l.leader
				? [
						{
							type: 'Feature' as const,
							properties: { iso3: l.iso3 },
							geometry: { type: 'LineString' as const, coordinates: [lngLat(l.leader.from), lngLat(l.leader.to)] }
						}
					]
				: []
		);
		(map.getSource(SOURCE.named) as maplibregl.GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: points });
		(map.getSource(SOURCE.leaders) as maplibregl.GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: lines });
	}

	// Placing takes tens of milliseconds on a slow machine: it runs after the paint that shows the
	// new year or view, so a year step still costs one frame and the names follow in the next.
	// While the reader scrubs through the years, it waits until the steps pause.
	const later = afterPaintScheduler(place);
	let pending = false;
	let quiet: ReturnType<typeof setTimeout> | undefined;
	const schedule = () => {
		pending = true;
		clearTimeout(quiet);
		quiet = setTimeout(() => later.schedule(), QUIET_MS);
	};
	map.on('moveend', schedule);
	map.on('resize', schedule);
	return {
		setRequired(next) {
			if (next.size === required.size && [...next].every((iso) => required.has(iso))) return;
			required = next;
			schedule();
		},
		schedule,
		placed() {
			if (pending) {
				clearTimeout(quiet);
				later.cancel();
				place();
			}
			return placed;
		},
		locator(among) {
			unproject = unprojector();
			return (x, y) => {
				const iso = stateAt([x, y]);
				return iso && among.has(iso) ? iso : null;
			};
		},
		stop() {
			clearTimeout(quiet);
			later.cancel();
			map.off('moveend', schedule);
			map.off('resize', schedule);
		}
	};
}
