/**
 * Pins and territories on the MapLibre map: one GeoJSON source each, added once; a year step
 * changes only the 'vis' feature-state of the pins whose visibility changed.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Place, Visibility } from '$lib/domain/places';
import { layoutPins, OVERLAP_PX } from '$lib/geo/pinLayout';
import { PIN_SIZE } from '$lib/geo/theme';
import { pinScale } from '$lib/geo/mapScale';
import type { Box } from '$lib/geo/labelPlacement';
import { drawPinImages, drawSelectedRing, drawHatch, PIN_PIXEL_RATIO } from './pinImages';
import { pinLayers, territoryLayers, SOURCE, LAYER, PIN_LAYER, SELECTED_RING, HATCH, TERRITORY_LAYER } from './style';
import { HATCH_COLOR } from '$lib/geo/pinSymbols';
import { FeatureStateDiff, MarkedFeatures } from './featureStateDiff';
import { groupPins, badgeBox, placeBadges, type PinGroup } from '$lib/geo/pinGroups';

const ORDER = { facility: 0, conflict: 1, event: 2, territory: 0 } as const;

export interface MapPins {
	/** Applies changed visibilities; returns how many changed. */
	setVisibility(vis: ReadonlyMap<string, Visibility>): number;
	/** Ringed pins and bold territory outlines: the selected place and a tour's highlights. */
	setMarked(ids: Iterable<string>): void;
	/** Visible pins under a point, topmost first (hidden pins keep their place but catch no clicks). */
	pinsAt(point: maplibregl.PointLike, pad?: number): Place[];
	/** Pins whose symbols overlap the clicked one, or none. */
	clicked(point: maplibregl.PointLike): Place[];
	territoryAt(point: maplibregl.PointLike): Place | null;
	screenOf(id: string): { x: number; y: number } | null;
	/** The boxes of the pins and badges shown now, in CSS px: what state names keep clear of. */
	shownBoxes(): Box[];
	/**
	 * Pins that overlap on screen become badges: `regroup` decides which (after a zoom or a year
	 * step), `follow` only moves the badges with the map. Both return the badges. Badges keep off
	 * where a small state's colour must show (`statusAt`: geo/pinGroups.ts).
	 */
	regroup(statusAt: (x: number, y: number) => string | null): PinGroup[];
	follow(): PinGroup[];
	byId(id: string): Place | undefined;
	forget(): void;
}

export function addPins(map: maplibregl.Map, places: readonly Place[], textScale: () => number): MapPins {
	for (const [symbol, image] of drawPinImages()) map.addImage(symbol, image, { pixelRatio: PIN_PIXEL_RATIO });
	map.addImage(SELECTED_RING, drawSelectedRing(), { pixelRatio: PIN_PIXEL_RATIO });
	map.addImage(HATCH, drawHatch(), { pixelRatio: PIN_PIXEL_RATIO });

	const { pins, territories, offsets } = layoutPins(places);
	// Numeric feature ids from 1: feature-state needs numbers, and id 0 is easy to drop by mistake.
	const num = new Map<string, number>();
	const byNum = new Map<number, Place>();
	const byId = new Map<string, Place>();
	[...pins, ...territories].forEach((p, i) => {
		num.set(p.id, i + 1);
		byNum.set(i + 1, p);
		byId.set(p.id, p);
	});
	const sourceOf = (p: Place) => (p.category === 'territory' ? SOURCE.territories : SOURCE.places);
	const setState = (id: string, state: Record<string, unknown>) => {
		const p = byId.get(id);
		const n = num.get(id);
		if (!p || n === undefined) return false;
		map.setFeatureState({ source: sourceOf(p), id: n }, state);
		return true;
	};

	map.addSource(SOURCE.territories, {
		type: 'geojson',
		data: {
			type: 'FeatureCollection',
			features: territories.map((p) => ({
				type: 'Feature' as const,
				id: num.get(p.id)!,
				properties: {},
				geometry: { type: 'Polygon' as const, coordinates: [[...p.polygon, p.polygon[0]]] }
			}))
		}
	});
	for (const layer of territoryLayers(HATCH_COLOR)) map.addLayer(layer, LAYER.labelFocus);
	map.addSource(SOURCE.places, {
		type: 'geojson',
		data: {
			type: 'FeatureCollection',
			features: pins.map((p) => ({
				type: 'Feature' as const,
				id: num.get(p.id)!,
				properties: { symbol: p.symbol, offset: offsets.get(p.id) ?? [0, 0], order: ORDER[p.category] },
				geometry: { type: 'Point' as const, coordinates: [p.location.lon, p.location.lat] }
			}))
		}
	});
	for (const layer of pinLayers(textScale())) map.addLayer(layer);

	const visibility = new FeatureStateDiff<Visibility>((id, vis) => setState(id, { vis }), 'hidden');
	const marked = new MarkedFeatures((id, selected) => setState(id, { selected }));
	const grouped = new MarkedFeatures((id, on) => setState(id, { grouped: on }));
	let groups: PinGroup[] = [];

	const pinsAt = (point: maplibregl.PointLike, pad = 0): Place[] => {
		const [x, y] = Array.isArray(point) ? point : [point.x, point.y];
		const box: [maplibregl.PointLike, maplibregl.PointLike] = [
			[x - pad, y - pad],
			[x + pad, y + pad]
		];
		const seen = new Set<string>();
		const out: Place[] = [];
		for (const hit of map.queryRenderedFeatures(box, { layers: [PIN_LAYER.pins] }).reverse()) {
			const place = byNum.get(Number(hit.id));
			if (!place || seen.has(place.id) || visibility.get(place.id) === 'hidden' || grouped.has(place.id)) continue;
			seen.add(place.id);
			out.push(place);
		}
		return out;
	};

	return {
		setVisibility: (vis) => visibility.update(vis),
		setMarked: (ids) => marked.set(ids),
		pinsAt,
		clicked(point) {
			const under = pinsAt(point);
			if (!under.length) return [];
			const near = pinsAt(point, OVERLAP_PX);
			return near.length > 1 ? near : under.slice(0, 1);
		},
		territoryAt(point) {
			return (
				map
					.queryRenderedFeatures(point, { layers: [TERRITORY_LAYER.hatch] })
					.map((t) => byNum.get(Number(t.id)))
					.find((p): p is Place => !!p && visibility.get(p.id) === 'active') ?? null
			);
		},
		screenOf(id) {
			const p = byId.get(id);
			if (!p) return null;
			const pt = map.project([p.location.lon, p.location.lat]);
			const [dx, dy] = offsets.get(id) ?? [0, 0];
			const scale = pinScale(map.getZoom(), textScale());
			return { x: pt.x + dx * scale, y: pt.y + dy * scale };
		},
		shownBoxes() {
			const half = (PIN_SIZE * pinScale(map.getZoom(), textScale())) / 2;
			const single = pins.flatMap((p) => {
				const at = visibility.get(p.id) === 'hidden' || grouped.has(p.id) ? null : this.screenOf(p.id);
				return at ? [[at.x - half, at.y - half, at.x + half, at.y + half] as Box] : [];
			});
			return [...single, ...groups.map(badgeBox)];
		},
		regroup(statusAt) {
			const { clientWidth: w, clientHeight: h } = map.getContainer();
			// Pins off screen make no badge: a badge is a button, and must not be tabbed to unseen.
			const shown = pins.flatMap((p) => {
				const at = visibility.get(p.id) === 'hidden' ? null : this.screenOf(p.id);
				return at && at.x >= 0 && at.y >= 0 && at.x <= w && at.y <= h ? [{ id: p.id, ...at }] : [];
			});
			groups = placeBadges(groupPins(shown, PIN_SIZE * pinScale(map.getZoom(), textScale())).groups, statusAt);
			grouped.set(groups.flatMap((g) => g.ids));
			return groups;
		},
		follow() {
			groups = groups.map((g) => {
				const at = g.ids.map((id) => this.screenOf(id)!);
				const x = at.reduce((s, p) => s + p.x, 0) / at.length;
				const y = at.reduce((s, p) => s + p.y, 0) / at.length;
				// A badge moved beside its pins keeps that place relative to them.
				return g.centre ? { ids: g.ids, x: x + g.x - g.centre.x, y: y + g.y - g.centre.y, centre: { x, y } } : { ids: g.ids, x, y };
			});
			return groups;
		},
		byId: (id) => byId.get(id),
		forget() {
			visibility.forget();
			marked.forget();
			grouped.forget();
		}
	};
}
