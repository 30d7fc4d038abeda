/**
 * How big both maps draw pins and labels: with the zoom, and with the page's text size. Loaded
 * with the maps, not with the page (theme.ts holds what the page itself needs).
 */

/** Pins grow from 0.75 at zoom 1 to 1.1 at zoom 5 (web-mercator zoom, 512 px world). */
export const PIN_SCALE_STOPS = { fromZoom: 1, from: 0.75, toZoom: 5, to: 1.1 } as const;

/** A pin's scale at a map zoom, times the page's text scale (presenter mode makes everything larger). */
export function pinScale(zoom: number, textScale = 1): number {
	const { fromZoom, from, toZoom, to } = PIN_SCALE_STOPS;
	const t = Math.min(1, Math.max(0, (zoom - fromZoom) / (toZoom - fromZoom)));
	return (from + t * (to - from)) * textScale;
}

/** The page's text scale: the root font size grows on 4K screens and in presenter mode (137.5 %). */
export const pageTextScale = () =>
	typeof document === 'undefined' ? 1 : parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1;
