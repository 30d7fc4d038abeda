/**
 * The exports' footer (#22 item 2): the legend wraps to as many rows as it needs, so every
 * status's swatch and label lie inside the picture at every export width, in both languages.
 * Text is measured with a generous estimate of the UI font (0.62 em a character, 600 weight).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { footerLayout, legendText, wrapText, type Box } from '$lib/domain/exportLayout';
import { STATUSES } from '$lib/domain/status';
import { STATUS_LABEL, STATUS_SHORT } from '$lib/text/statusText';
import { frameLayout } from '$lib/export/animationPlan';
import { pinKey } from '$lib/text/symbolLabels';
import { pinVisibility } from '$lib/domain/scene';
import { placesIn } from './placesData';

const estimate = (px: number, scale: number) => (text: string) => text.length * px * 0.62 * scale;
const COUNTS = { member: 6, suspended: 1, former: 3, observer: 2, never: 186 } as const;
const inside = (b: Box, width: number, top: number, bottom: number) =>
	b.x >= 0 && b.x + b.width <= width && b.y >= top && b.y + b.height <= bottom;

/** The legend's items as laid out; fails if any swatch or label leaves the picture. */
function checkFooter(width: number, scale: number, labels: Record<string, string>, sources: string[]) {
	const texts = STATUSES.map((s) => legendText({ label: labels[s], count: COUNTS[s] }));
	const top = 500 * scale;
	const f = footerLayout(width, top, texts, sources, estimate(15, scale), estimate(13, scale), scale);
	const bottom = top + f.height;
	expect(f.legend.map((p) => p.text.value)).toEqual(texts);
	for (const { swatch, text } of f.legend) {
		expect(inside(swatch, width, top, bottom), `swatch of «${text.value}» at ${width} px`).toBe(true);
		const label = { x: text.x, y: text.y - 15 * scale, width: text.width, height: 18 * scale };
		expect(inside(label, width, top, bottom), `«${text.value}» at ${width} px`).toBe(true);
	}
	for (const line of f.lines) {
		expect(estimate(13, scale)(line.value)).toBeLessThanOrEqual(width - 40 * scale);
		expect(line.y).toBeLessThan(bottom);
	}
	return f;
}

const SOURCES = [
	'Sources: 000, 001 “What is the Collective Security Treaty Organization?”, personal blog, January 2022; 002 CSTO news feed, Strategic Culture Foundation, 10 April 2022.'
];

describe('the PNG and video legend', () => {
	afterAll(() => overwriteGetLocale(() => 'en'));

	for (const locale of ['en', 'ru'] as const) {
		it(`keeps every status inside the PNG at 900 to 2400 px (${locale})`, () => {
			overwriteGetLocale(() => locale);
			for (const width of [900, 1032, 1200, 1366, 1920, 2400]) checkFooter(width, 1, STATUS_LABEL, SOURCES);
		});
		it(`keeps every status inside the video frames (${locale})`, () => {
			overwriteGetLocale(() => locale);
			for (const [width, height] of [
				[1280, 720],
				[1920, 1080]
			]) {
				const scale = width / 1280;
				const f = checkFooter(width, scale, STATUS_SHORT, SOURCES);
				const frame = frameLayout(width, height, f.height);
				expect(frame.footerTop + f.height).toBe(height);
				expect(frame.map.height).toBeGreaterThan(height / 2);
			}
		});
	}

	it('wraps the full labels to a second row at the default export width (1032 px)', () => {
		overwriteGetLocale(() => 'en');
		const f = checkFooter(1032, 1, STATUS_LABEL, SOURCES);
		expect(f.rows).toBeGreaterThanOrEqual(2);
		expect(f.legend.find((p) => p.text.value.startsWith('Never'))!.swatch.y).toBeGreaterThan(f.legend[0].swatch.y);
		// One row where it fits, and the footer grows with each row.
		const wide = checkFooter(2400, 1, STATUS_LABEL, SOURCES);
		expect(wide.rows).toBe(1);
		expect(f.height).toBeGreaterThan(wide.height);
	});

	it('wraps a long line at word boundaries and keeps every word', () => {
		const measure = (t: string) => t.length * 10;
		const lines = wrapText('one two three four five six', measure, 90);
		expect(lines).toEqual(['one two', 'three', 'four five', 'six']);
		expect(wrapText('', measure, 90)).toEqual([]);
	});

	for (const locale of ['en', 'ru'] as const) {
		it(`has a pin key row: the symbols the map shows, named, under the legend (${locale})`, () => {
			overwriteGetLocale(() => locale);
			const places = placesIn(locale);
			const key = pinKey(places, pinVisibility(places, 2022, '2026-11-29', new Set(), false));
			const labels = key.map((k) => k.label);
			expect(labels).toContain(locale === 'en' ? 'Military base or troops' : 'Военная база или войска');
			expect(labels).toContain(locale === 'en' ? 'Conflict' : 'Конфликт');
			expect(key.every((k) => k.count > 0)).toBe(true);
			// A kind the reader hid is not in the key.
			const noConflicts = pinKey(places, pinVisibility(places, 2022, '2026-11-29', new Set(['conflict']), false));
			expect(noConflicts.map((k) => k.symbol)).not.toContain('conflict');
			const texts = STATUSES.map((s) => legendText({ label: STATUS_LABEL[s], count: COUNTS[s] }));
			for (const width of [900, 1366]) {
				const top = 500;
				const f = footerLayout(width, top, texts, SOURCES, estimate(15, 1), estimate(13, 1), 1, key.map(legendText));
				expect(f.key.map((p) => p.text.value)).toEqual(key.map(legendText));
				const legendBottom = Math.max(...f.legend.map((p) => p.swatch.y));
				expect(f.key[0].swatch.y).toBeGreaterThan(legendBottom);
				for (const { swatch, text } of f.key) {
					expect(inside(swatch, width, top, top + f.height)).toBe(true);
					expect(text.x + text.width).toBeLessThanOrEqual(width - 20);
				}
				expect(f.lines[0].y).toBeGreaterThan(Math.max(...f.key.map((p) => p.text.y)));
			}
		});
	}
});
