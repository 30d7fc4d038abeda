/** The map style, defined in code: no tile server, no glyph server, fonts from our own origin. */
import type { StyleSpecification, ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';

type SymbolLayout = NonNullable<SymbolLayerSpecification['layout']>;
import { FILL_COLOR, OCEAN_COLOR, OTHER_LAND_COLOR, HIGHLIGHT_COLOR } from '$lib/domain/palette';
import type { Geography } from '$lib/geo/geography';
import { PAST_OPACITY, SELECTED_OUTLINE, COUNTRY_BORDER, LINKED_OUTLINE } from '$lib/geo/theme';
import { PIN_SCALE_STOPS } from '$lib/geo/mapScale';

export const LAYER = {
	fill: 'country-fill',
	border: 'country-border',
	labelFocus: 'country-label-focus',
	leaders: 'country-label-leaders',
	label: 'country-label'
} as const;

export const SOURCE = {
	countries: 'countries',
	labels: 'country-labels',
	/** The names placed by geo/labelPlacement.ts (map/stateNames.ts), and their leader lines. */
	named: 'country-names-placed',
	leaders: 'country-name-leaders',
	places: 'places',
	territories: 'territories'
} as const;

export const PIN_LAYER = { halo: 'pin-halo', pins: 'pins' } as const;
export const SELECTED_RING = 'selected-ring';
export const HATCH = 'hatch';
export const TERRITORY_LAYER = { hatch: 'territory-hatch', outline: 'territory-outline' } as const;

/** Hatched overlay for disputed and occupied territories, shown by the same 'vis' feature-state as pins. */
export function territoryLayers(hatchColor: string): LayerSpecification[] {
	const opacity: ExpressionSpecification = [
		'match',
		['coalesce', ['feature-state', 'vis'], 'hidden'],
		'active',
		1,
		0
	] as unknown as ExpressionSpecification;
	return [
		{
			id: TERRITORY_LAYER.hatch,
			type: 'fill',
			source: SOURCE.territories,
			paint: { 'fill-pattern': HATCH, 'fill-opacity': opacity, 'fill-opacity-transition': { duration: 0 } }
		},
		{
			id: TERRITORY_LAYER.outline,
			type: 'line',
			source: SOURCE.territories,
			paint: {
				'line-color': hatchColor,
				'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 1.4],
				'line-dasharray': [2, 1.5],
				'line-opacity': opacity
			}
		}
	];
}

/** Noto Sans files of one weight: the Latin one, and the Cyrillic one for Russian names. */
export interface FontFiles {
	latin: string;
	cyrillic: string;
}
export interface FontUrls {
	regular: FontFiles;
	bold: FontFiles;
}

/** Fontsource's Cyrillic subset range: MapLibre fetches the file only for labels that need it. */
const CYRILLIC = ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'];
const faces = (f: FontFiles) => [{ url: f.latin }, { url: f.cyrillic, 'unicode-range': CYRILLIC }];

/** Outline width by feature-state: selected and highlighted states stand out at every zoom. */
function outlineWidth(plain: number): ExpressionSpecification {
	return [
		'case',
		['boolean', ['feature-state', 'selected'], false],
		3.2,
		['boolean', ['feature-state', 'highlight'], false],
		3.5,
		['boolean', ['feature-state', 'hover'], false],
		1.8,
		['boolean', ['feature-state', 'linked'], false],
		LINKED_OUTLINE.width,
		plain
	] as unknown as ExpressionSpecification;
}

/** Colour by the 'status' feature-state; states outside the data keep a neutral land colour. */
const fillColor: ExpressionSpecification = [
	'match',
	['coalesce', ['feature-state', 'status'], 'none'],
	...Object.entries(FILL_COLOR).flat(),
	OTHER_LAND_COLOR
] as unknown as ExpressionSpecification;

const LABEL_PX = { 0: [13, 18], 1: [10, 14] } as const;

/** Label size by zoom, times the page's text scale (larger on 4K screens and in presenter mode). */
export function labelTextSize(rank: 0 | 1, scale: number): ExpressionSpecification {
	const [small, large] = LABEL_PX[rank];
	return ['interpolate', ['linear'], ['zoom'], 1, small * scale, 6, large * scale] as unknown as ExpressionSpecification;
}

/** The same size at one zoom, in px: what the placement measures names with. */
export function labelPxAt(rank: 0 | 1, scale: number, zoom: number): number {
	const [small, large] = LABEL_PX[rank];
	const t = Math.min(1, Math.max(0, (zoom - 1) / 5));
	return (small + t * (large - small)) * scale;
}

export function buildStyle(geo: Geography, fonts: FontUrls, textScale = 1): StyleSpecification {
	return {
		version: 8,
		'font-faces': {
			'Noto Sans Regular': faces(fonts.regular),
			'Noto Sans Bold': faces(fonts.bold)
		},
		sources: {
			[SOURCE.countries]: { type: 'geojson', data: geo.countries, tolerance: 0.6 },
			[SOURCE.labels]: { type: 'geojson', data: geo.labels },
			[SOURCE.named]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
			[SOURCE.leaders]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
		},
		layers: [
			{ id: 'ocean', type: 'background', paint: { 'background-color': OCEAN_COLOR } },
			{
				id: LAYER.fill,
				type: 'fill',
				source: SOURCE.countries,
				// No fill antialiasing: it is an extra outline pass over every edge, and the border layer
				// draws over those edges anyway.
				paint: { 'fill-color': fillColor, 'fill-color-transition': { duration: 0 }, 'fill-antialias': false }
			},
			{
				// One line layer for every outline state: plain borders, hover, tour highlight and
				// selection. Each extra line layer re-draws every border and costs a full pass on
				// software WebGL (measured ~25 ms per layer on SwiftShader), so they are merged.
				id: LAYER.border,
				type: 'line',
				source: SOURCE.countries,
				// Miter joins: round joins add vertices at every corner of 50m borders, invisible at these widths.
				layout: { 'line-join': 'miter' },
				paint: {
					'line-color': [
						'case',
						['boolean', ['feature-state', 'selected'], false],
						SELECTED_OUTLINE,
						['boolean', ['feature-state', 'highlight'], false],
						HIGHLIGHT_COLOR,
						['boolean', ['feature-state', 'hover'], false],
						'#333333',
						['boolean', ['feature-state', 'linked'], false],
						LINKED_OUTLINE.color,
						COUNTRY_BORDER
					],
					'line-width': ['interpolate', ['linear'], ['zoom'], 1, outlineWidth(0.4), 6, outlineWidth(1.2)]
				}
			},
			{ id: LAYER.leaders, type: 'line', source: SOURCE.leaders, paint: { 'line-color': '#111111', 'line-width': 1 } },
			labelLayer(LAYER.labelFocus, 0, 0, textScale),
			labelLayer(LAYER.label, 1, 2.5, textScale)
		]
	} satisfies StyleSpecification;
}

/**
 * Bold names (rank 0) are placed by our own rule (geo/labelPlacement.ts) and always drawn, where
 * placed; the rest appear from zoom 2.5 where MapLibre finds room, never over a bold name.
 */
function labelLayer(id: string, rank: 0 | 1, minzoom: number, textScale: number): LayerSpecification {
	const layout: SymbolLayout =
		rank === 0
			? { 'text-field': ['get', 'text'], 'text-allow-overlap': true, 'text-max-width': 100, 'text-padding': 0 }
			: { 'text-field': ['get', 'name'], 'text-max-width': 8, 'text-padding': 3 };
	return {
		id,
		type: 'symbol',
		source: rank === 0 ? SOURCE.named : SOURCE.labels,
		minzoom,
		...(rank === 0 ? {} : { filter: ['==', ['get', 'rank'], rank] }),
		layout: {
			...layout,
			'text-font': [rank === 0 ? 'Noto Sans Bold' : 'Noto Sans Regular'],
			'text-size': labelTextSize(rank, textScale)
		},
		paint: {
			'text-color': rank === 0 ? '#111111' : '#444444',
			'text-halo-color': 'rgba(255,255,255,0.9)',
			'text-halo-width': 1.4
		}
	};
}

/** Pin opacity follows the 'vis' feature-state: a year change never re-sends pin data. */
const pinOpacity: ExpressionSpecification = [
	'case',
	// Drawn as part of a badge with a count (geo/pinGroups.ts) instead.
	['boolean', ['feature-state', 'grouped'], false],
	0,
	['match', ['coalesce', ['feature-state', 'vis'], 'hidden'], 'active', 1, 'past', PAST_OPACITY, 0]
] as unknown as ExpressionSpecification;

/** Pin size by zoom: the same stops as the SVG map's pins (geo/theme.ts). */
export function pinSize(iconScale: number): ExpressionSpecification {
	const { fromZoom, from, toZoom, to } = PIN_SCALE_STOPS;
	return ['interpolate', ['linear'], ['zoom'], fromZoom, from * iconScale, toZoom, to * iconScale] as unknown as ExpressionSpecification;
}

export function pinLayers(pixelRatioIconSize: number): LayerSpecification[] {
	return [
		{
			id: PIN_LAYER.halo,
			type: 'symbol',
			source: SOURCE.places,
			layout: {
				'icon-image': SELECTED_RING,
				'icon-size': pinSize(pixelRatioIconSize),
				'icon-offset': ['get', 'offset'],
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			},
			paint: {
				'icon-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0],
				'icon-opacity-transition': { duration: 0 }
			}
		},
		{
			id: PIN_LAYER.pins,
			type: 'symbol',
			source: SOURCE.places,
			layout: {
				'icon-image': ['get', 'symbol'],
				'icon-size': pinSize(pixelRatioIconSize),
				'icon-offset': ['get', 'offset'],
				'icon-allow-overlap': true,
				'icon-ignore-placement': true,
				'symbol-sort-key': ['get', 'order']
			},
			paint: { 'icon-opacity': pinOpacity, 'icon-opacity-transition': { duration: 0 } }
		}
	];
}
