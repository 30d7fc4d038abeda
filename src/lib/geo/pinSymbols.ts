/**
 * Pin symbols, defined once as paths in a 24×24 box: the SVG map and the legend draw them as
 * they are, MapLibre rasterises the same paths (map/pinImages.ts). Each kind has its own shape,
 * so colour is never the only cue, and an outline that reads on every fill colour.
 */
import type { PinSymbol } from '$lib/domain/places';

const DARK = '#1b1b1b';
const CONFLICT = '#D55E00';
const EVENT = '#F0E442';

/** The box the symbol paths are drawn in. */
export const SYMBOL_BOX = 24;
/** Outline width in box units, drawn under the fill (paint-order: stroke). */
export const SYMBOL_OUTLINE = 2.4;

export const SYMBOL_SVG: Record<PinSymbol, { d: string; fill: string; stroke: string }> = {
	base: { d: 'M5 5h14v14H5z', fill: DARK, stroke: '#fff' },
	airbase: { d: 'M12 3 21 20H3z', fill: DARK, stroke: '#fff' },
	'range-radar': { d: 'M12 2 22 12 12 22 2 12z', fill: DARK, stroke: '#fff' },
	peacekeeping: { d: 'M12 4.5a7.5 7.5 0 1 0 0.01 0z', fill: '#fff', stroke: DARK },
	nuclear: { d: 'M21.6 12 16.8 20.3H7.2L2.4 12l4.8-8.3h9.6z', fill: DARK, stroke: '#fff' },
	conflict: {
		d: 'M12 1 14.4 7.8 21.5 6.5 16.8 12 21.5 17.5 14.4 16.2 12 23 9.6 16.2 2.5 17.5 7.2 12 2.5 6.5 9.6 7.8z',
		fill: CONFLICT,
		stroke: '#fff'
	},
	event: { d: 'M12 1.5 14.6 9 22.5 9.2 16.2 14 18.5 21.8 12 17.2 5.5 21.8 7.8 14 1.5 9.2 9.4 9z', fill: EVENT, stroke: DARK },
	// Territories are drawn as hatched areas, not pins; this entry is their legend icon.
	territory: { d: 'M3 3h18v18H3z M3 11 11 3 M3 19 19 3 M11 21 21 11 M19 21 21 19', fill: '#fff', stroke: '#3b0a0a' }
};

/** A legend icon's outline: the white halo a pin wears on the map would vanish on a white page. */
export const iconStroke = (symbol: PinSymbol) => (SYMBOL_SVG[symbol].stroke === '#fff' ? '#555' : SYMBOL_SVG[symbol].stroke);
/** A legend icon's outline width, in box units. */
export const ICON_OUTLINE = 1.5;

export const HATCH_COLOR = '#3b0a0a';
/** The hatching of disputed and occupied territories: one tile, repeated. */
export const HATCH = { size: 12, d: 'M-12 12 0 0M0 12 12 0M12 12 24 0', width: 1.6, color: HATCH_COLOR } as const;

/** The ring behind a selected or highlighted pin, in CSS px at pin scale 1. */
export const SELECTED_RING = { radius: 15, width: 2.2, fill: 'rgba(255,255,255,0.8)', stroke: '#111111' } as const;
