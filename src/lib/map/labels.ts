/** State labels follow the page's text size (presenter mode, a window moved to a 4K screen). */
import type * as maplibregl from 'maplibre-gl';
import { LAYER, labelTextSize } from './style';

/** The page's text scale: the root font size grows on 4K screens and in presenter mode. */
export const pageTextScale = () => parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1;

/** Resizes labels whenever the map resizes with a new text scale; returns how to stop. */
export function followTextScale(map: maplibregl.Map): () => void {
	let scale = pageTextScale();
	const onResize = () => {
		const next = pageTextScale();
		if (Math.abs(next - scale) < 0.01) return;
		scale = next;
		map.setLayoutProperty(LAYER.labelFocus, 'text-size', labelTextSize(0, scale));
		map.setLayoutProperty(LAYER.label, 'text-size', labelTextSize(1, scale));
	};
	map.on('resize', onResize);
	return () => map.off('resize', onResize);
}
