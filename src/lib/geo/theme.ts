/**
 * What both maps must draw the same way: pin size and its growth with zoom, how a past pin is
 * dimmed, outline colours. Colours of the statuses live in $lib/palette.
 */

/** A pin's size in CSS px at scale 1. */
export const PIN_SIZE = 22;
/** Opacity of a pin whose conflict has ended ('past'). */
export const PAST_OPACITY = 0.45;
/** Pins grow from 0.75 at zoom 1 to 1.1 at zoom 5 (web-mercator zoom, 512 px world). */
export const PIN_SCALE_STOPS = { fromZoom: 1, from: 0.75, toZoom: 5, to: 1.1 } as const;

/** A pin's scale at a map zoom, times the page's text scale (presenter mode makes everything larger). */
export function pinScale(zoom: number, textScale = 1): number {
	const { fromZoom, from, toZoom, to } = PIN_SCALE_STOPS;
	const t = Math.min(1, Math.max(0, (zoom - fromZoom) / (toZoom - fromZoom)));
	return (from + t * (to - from)) * textScale;
}

export const SELECTED_OUTLINE = '#111111';
export const COUNTRY_BORDER = '#ffffff';
/**
 * Two organisations compared (issue 25): observers and partners of either are outlined dark on
 * both maps, whatever they are filled with (a state can be a member of one and an observer of the other).
 */
export const LINKED_OUTLINE = { color: '#222222', width: 1.8 } as const;

/** The page's text scale: the root font size grows on 4K screens and in presenter mode (137.5 %). */
export const pageTextScale = () =>
	typeof document === 'undefined' ? 1 : parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1;

/** State names on the SVG map, in CSS px at text scale 1 (presenter mode: ≥ 18 px). */
export const SVG_LABEL_PX = 13.5;
