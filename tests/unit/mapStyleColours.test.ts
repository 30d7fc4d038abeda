/**
 * The countries' fill colour as MapLibre computes it: the real 'fill-color' expression from
 * buildStyle (src/lib/map/style.ts), evaluated by MapLibre's own style-spec library with each
 * fill value set as feature-state, against the palette (src/lib/domain/palette.ts).
 */
import { describe, expect, it } from 'vitest';
import { createExpression, latest, Color, type StyleExpression } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle, LAYER } from '$lib/map/style';
import type { Geography } from '$lib/geo/geography';
import { STATUSES } from '$lib/domain/status';
import {
	STATUS_COLOR,
	QUIZ_COLOR,
	ORG_PARTNER_COLOR,
	PAIR_COLOR,
	OTHER_LAND_COLOR,
	FILL_COLOR,
	fillColor,
	type MapFill
} from '$lib/domain/palette';

const empty = { type: 'FeatureCollection', features: [] } as const;
const geo = { countries: empty, labels: empty } as unknown as Geography;

function countryFillExpression(): StyleExpression {
	const layer = buildStyle(geo, {
		regular: { latin: 'r.woff2', cyrillic: 'rc.woff2' },
		bold: { latin: 'b.woff2', cyrillic: 'bc.woff2' }
	}).layers.find((l) => l.id === LAYER.fill);
	if (layer?.type !== 'fill') throw new Error(`no fill layer "${LAYER.fill}" in the style`);
	// latest.json's types are plain strings; createExpression wants the spec's property type.
	const propertySpec = latest.paint_fill['fill-color'] as Parameters<typeof createExpression>[2];
	const parsed = createExpression(layer.paint?.['fill-color'], 'paint_fill', propertySpec);
	if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
	return parsed.value;
}

/** The colour MapLibre paints a country whose feature-state is `state`, as #RRGGBB. */
function paintedColour(expression: StyleExpression, state: Record<string, unknown>): string {
	const colour = expression.evaluate({ zoom: 3 }, { type: 3, properties: {} }, state) as Color;
	const hex = [colour.r, colour.g, colour.b].map((c) =>
		Math.round(c * 255)
			.toString(16)
			.padStart(2, '0')
	);
	expect(colour.a).toBe(1);
	return ('#' + hex.join('')).toUpperCase();
}

// Written out against the palette's named colours, not derived from FILL_COLOR, so a wrong
// entry in the table the style is built from shows up too.
const EXPECTED: Record<MapFill, string> = {
	member: STATUS_COLOR.member,
	suspended: STATUS_COLOR.suspended,
	former: STATUS_COLOR.former,
	observer: STATUS_COLOR.observer,
	never: STATUS_COLOR.never,
	'quiz-open': QUIZ_COLOR.open,
	'quiz-picked': QUIZ_COLOR.picked,
	'quiz-right': QUIZ_COLOR.right,
	'quiz-missed': QUIZ_COLOR.missed,
	'quiz-wrong': QUIZ_COLOR.wrong,
	// The organisation views (issue 25).
	'org-partner': ORG_PARTNER_COLOR,
	'pair-a': PAIR_COLOR.a,
	'pair-b': PAIR_COLOR.b,
	'pair-both': PAIR_COLOR.both,
	'pair-linked': PAIR_COLOR.linked,
	'pair-neither': PAIR_COLOR.neither
};

describe('country fill colours in the MapLibre style', () => {
	const expression = countryFillExpression();

	it('covers every status and every quiz fill', () => {
		expect(Object.keys(EXPECTED).sort()).toEqual(
			[
				...STATUSES,
				'quiz-open',
				'quiz-picked',
				'quiz-right',
				'quiz-missed',
				'quiz-wrong',
				'org-partner',
				'pair-a',
				'pair-b',
				'pair-both',
				'pair-linked',
				'pair-neither'
			].sort()
		);
		expect(Object.keys(FILL_COLOR).sort()).toEqual(Object.keys(EXPECTED).sort());
	});

	for (const [fill, colour] of Object.entries(EXPECTED) as [MapFill, string][]) {
		it(`paints status "${fill}" ${colour}, as the SVG map does`, () => {
			expect(paintedColour(expression, { status: fill })).toBe(colour.toUpperCase());
			expect(fillColor(fill).toUpperCase()).toBe(colour.toUpperCase());
		});
	}

	it('paints states without a status, or an unknown one, in the neutral land colour', () => {
		expect(paintedColour(expression, {})).toBe(OTHER_LAND_COLOR.toUpperCase());
		expect(paintedColour(expression, { status: 'annexed' })).toBe(OTHER_LAND_COLOR.toUpperCase());
		expect(fillColor(undefined)).toBe(OTHER_LAND_COLOR);
	});
});
