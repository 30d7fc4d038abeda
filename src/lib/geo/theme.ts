/**
 * What both maps must draw the same way: pin size and its growth with zoom, how a past pin is
 * dimmed, outline colours. Colours of the statuses live in $lib/palette.
 */

/** A pin's size in CSS px at scale 1. */
export const PIN_SIZE = 22;
/** Opacity of a pin whose conflict has ended ('past'). */
export const PAST_OPACITY = 0.45;
export const SELECTED_OUTLINE = '#111111';
export const COUNTRY_BORDER = '#ffffff';
/**
 * Two organisations compared (issue 25): observers and partners of either are outlined dark on
 * both maps, whatever they are filled with (a state can be a member of one and an observer of the other).
 */
export const LINKED_OUTLINE = { color: '#222222', width: 1.8 } as const;

/** State names on the SVG map, in CSS px at text scale 1 (presenter mode: ≥ 18 px). */
export const SVG_LABEL_PX = 13.5;
