/**
 * Camera requests on the MapLibre map: the shared framing (geo/cameraTargets.ts) turned into moves. The
 * padding (the presenter caption over the map's edge) goes to MapLibre itself, so the subject stays
 * in the clear part during the flight as well as at its end.
 */
import type * as maplibregl from 'maplibre-gl';
import type { Geography } from '$lib/geo/geography';
import type { CameraTarget, Padding } from '$lib/geo/camera';
import { resolveCameraTarget, type CameraLookups } from '$lib/geo/cameraTargets';
import type { MapPins } from './pins';

/** The map's home margin: MapLibre's own start (mapView.ts) fits the region with it. */
export const HOME_MARGIN = 20;

/** What MapLibre is asked for: the shared resolution (resolveCameraTarget) in MapLibre's terms. */
export function mapMove(
	target: CameraTarget,
	width: number,
	height: number,
	padding: Padding,
	look: CameraLookups
): { center: [number, number]; zoom: number; padding: Padding } | null {
	const r = resolveCameraTarget(target, width, height, padding, look);
	return r && { center: r.clearCenter, zoom: r.zoom, padding: r.padding };
}

export function flyMap(map: maplibregl.Map, geo: Geography, pins: MapPins, target: CameraTarget, animate: boolean, padding: Padding) {
	const c = map.getContainer();
	const now = map.getCenter();
	const move = mapMove(target, c.clientWidth, c.clientHeight, padding, {
		countryBounds: (iso3) => geo.bboxByIso.get(iso3),
		placeLocation: (id) => pins.byId(id)?.location,
		current: { center: [now.lng, now.lat], zoom: map.getZoom() },
		homeMargin: HOME_MARGIN
	});
	if (!move) return;
	if (!animate) map.jumpTo(move);
	// A tour step travels; a selection or Home glides.
	else if (target.kind === 'camera') map.flyTo({ ...move, duration: 1400, essential: false });
	else map.easeTo({ ...move, duration: 900 });
}
