/** Camera requests on the MapLibre map: the shared maths (geo/camera.ts) turned into moves. */
import type * as maplibregl from 'maplibre-gl';
import type { Geography } from '$lib/geo/geography';
import { frameCamera, placeZoom, COUNTRY_FRAME, HOME_BOUNDS, type CameraTarget, type Bounds } from '$lib/geo/camera';
import type { MapPins } from './pins';

const toLngLatBounds = ([w, s, e, n]: Bounds): [[number, number], [number, number]] => [
	[w, s],
	[e, n]
];

export function flyMap(map: maplibregl.Map, geo: Geography, pins: MapPins, target: CameraTarget, animate: boolean) {
	const c = map.getContainer();
	switch (target.kind) {
		case 'camera': {
			const framed = frameCamera(target.camera, c.clientWidth, c.clientHeight);
			if (animate) map.flyTo({ ...framed, duration: 1400, essential: false });
			else map.jumpTo(framed);
			return;
		}
		case 'country': {
			const box = geo.bboxByIso.get(target.iso3);
			if (box) map.fitBounds(toLngLatBounds(box), { ...COUNTRY_FRAME, ...(animate ? { duration: 900 } : { animate: false }) });
			return;
		}
		case 'place': {
			const p = pins.byId(target.id);
			if (!p) return;
			const to = { center: [p.location.lon, p.location.lat] as [number, number], zoom: placeZoom(map.getZoom(), p.location.precision) };
			if (animate) map.flyTo({ ...to, duration: 900 });
			else map.jumpTo(to);
			return;
		}
		case 'home':
			map.fitBounds(toLngLatBounds(HOME_BOUNDS), { padding: 20, ...(animate ? { duration: 900 } : { animate: false }) });
	}
}
