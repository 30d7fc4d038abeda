/**
 * MapLibre's DOM as the rest of the app meets it: its stylesheet, our overrides of it, and the
 * element that takes the map's keys. MapLibre's class names are known here and nowhere else.
 */
import type * as maplibregl from 'maplibre-gl';
import './maplibreOverrides.css';

/**
 * Marks the element that takes the map's arrow and zoom keys with data-map-keys, as the SVG map
 * marks its own: the app's shortcuts (state/shortcuts.ts) leave those keys to either map.
 */
export function markKeyTarget(map: maplibregl.Map): void {
	map.getCanvasContainer().dataset.mapKeys = '';
}

/** Adds a stylesheet link once; resolves when it has loaded (or failed: the map still works unstyled). */
export function linkStylesheet(href: string): Promise<void> {
	if (document.querySelector(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`)) return Promise.resolve();
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = href;
	const loaded = new Promise<void>((resolve) => {
		link.onload = link.onerror = () => resolve();
	});
	document.head.append(link);
	return loaded;
}
