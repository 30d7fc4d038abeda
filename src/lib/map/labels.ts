/** State labels and pins follow the page's text size (presenter mode, a window moved to a 4K screen). */
import type * as maplibregl from 'maplibre-gl';
import { pageTextScale } from '$lib/geo/mapScale';
import { LAYER, PIN_LAYER, labelTextSize, pinSize } from './style';

export { pageTextScale };

/** Resizes labels whenever the map resizes with a new text scale; returns how to stop. */
export function followTextScale(map: maplibregl.Map): () => void {
	let scale = pageTextScale();
	const onResize = () => {
		const next = pageTextScale();
		if (Math.abs(next - scale) < 0.01) return;
		scale = next;
		map.setLayoutProperty(LAYER.labelFocus, 'text-size', labelTextSize(0, scale));
		map.setLayoutProperty(LAYER.label, 'text-size', labelTextSize(1, scale));
		map.setLayoutProperty(PIN_LAYER.pins, 'icon-size', pinSize(scale));
		map.setLayoutProperty(PIN_LAYER.halo, 'icon-size', pinSize(scale));
	};
	map.on('resize', onResize);
	return () => map.off('resize', onResize);
}
