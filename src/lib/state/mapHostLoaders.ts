/**
 * The browser's side of the map host (mapHost.svelte.ts): WebGL probing, the stored choice, and
 * the modules loaded only when needed. MapLibre itself arrives with `$lib/map/mapView`, lazily.
 */
import { probeWebgl } from '$lib/map/webgl';
import { readMapPreference, saveMapPreference } from './mapPreference';
import { registerServiceWorker, tellServiceWorker } from '$lib/offline/register';
import type { MapHostLoaders } from './mapHost.svelte';

/** `prefetchOverlays` comes from the layout: the chooser and the tooltip are its components. */
export function browserMapLoaders(prefetchOverlays: () => void): MapHostLoaders {
	return {
		probe: probeWebgl,
		readPreference: readMapPreference,
		savePreference: saveMapPreference,
		loadDetailed: () => import('$lib/map/mapView'),
		prefetchShapes: (scale) => void import('$lib/geo/geography').then((g) => g.loadShapesFile(scale)).catch(() => undefined),
		problemText: () => import('$lib/text/mapProblemText').then((t) => t.mapProblemReason),
		prefetchOverlays,
		registerServiceWorker,
		tellServiceWorker,
		reducedMotion: () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches,
		markStart: () => performance.mark('atlas-map-start'),
		warn: (e) => console.warn(e)
	};
}
