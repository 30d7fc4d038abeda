/**
 * What every exported picture carries around the map, drawn on a 2D canvas: the title and the
 * year large, the legend with counts, the source lines. Shared by Export PNG and the animation
 * frames; `scale` grows everything for larger pictures (1 = the PNG's sizes).
 */
import { FOOTER, footerLayout, legendText, type FooterLayout, type Measure } from '$lib/domain/exportLayout';
import type { PinKeyItem } from '$lib/text/symbolLabels';
import { ICON_OUTLINE, SYMBOL_BOX, SYMBOL_SVG, iconStroke } from '$lib/geo/pinSymbols';

export interface LegendItem {
	color: string;
	label: string;
	count: number;
}

export interface Heading {
	title: string;
	subtitle: string;
	year: number;
}

/** The page's UI font, so exports look like the app. */
export function uiFontFamily(): string {
	return getComputedStyle(document.documentElement).getPropertyValue('--font-ui').trim() || 'sans-serif';
}

const fontOf = (family: string, scale: number) => (weight: number, size: number) => `${weight} ${Math.round(size * scale)}px ${family}`;

/** Title and subtitle on the left, the year large on the right; the header is 86 px tall at scale 1. */
export function drawHeading(ctx: CanvasRenderingContext2D, h: Heading, width: number, scale = 1, family = uiFontFamily()): void {
	const font = fontOf(family, scale);
	const s = (v: number) => v * scale;
	ctx.textBaseline = 'alphabetic';
	ctx.textAlign = 'left';
	ctx.fillStyle = '#111111';
	ctx.font = font(700, 28);
	ctx.fillText(h.title, s(20), s(40), width - s(220));
	ctx.font = font(400, 16);
	ctx.fillStyle = '#444444';
	ctx.fillText(h.subtitle, s(20), s(68), width - s(220));
	ctx.font = font(800, 56);
	ctx.fillStyle = '#111111';
	ctx.textAlign = 'right';
	ctx.fillText(String(h.year), width - s(20), s(66));
	ctx.textAlign = 'left';
}

const LEGEND_FONT = [600, 15] as const;
const SMALL_FONT = [400, 13] as const;

/** Measures in the legend's and the small lines' fonts, at this scale. */
export function footerMeasures(ctx: CanvasRenderingContext2D, scale = 1, family = uiFontFamily()): { legend: Measure; small: Measure } {
	const font = fontOf(family, scale);
	const measureIn = (f: string) => (text: string) => {
		ctx.font = f;
		return ctx.measureText(text).width;
	};
	return { legend: measureIn(font(...LEGEND_FONT)), small: measureIn(font(...SMALL_FONT)) };
}

/** The footer of an export laid out in `width` px from `top`: the legend and pin key wrap, the lines too. */
export function layoutFooter(
	ctx: CanvasRenderingContext2D,
	legend: readonly LegendItem[],
	smallTexts: readonly string[],
	width: number,
	top: number,
	scale = 1,
	family = uiFontFamily(),
	pinKey: readonly PinKeyItem[] = []
): FooterLayout {
	const measure = footerMeasures(ctx, scale, family);
	return footerLayout(width, top, legend.map(legendText), smallTexts, measure.legend, measure.small, scale, pinKey.map(legendText));
}

/** Draws a laid-out footer: swatches in the legend's colours, the pin key, labels, then the small grey lines. */
export function drawFooter(
	ctx: CanvasRenderingContext2D,
	layout: FooterLayout,
	legend: readonly LegendItem[],
	width: number,
	scale = 1,
	family = uiFontFamily(),
	pinKey: readonly PinKeyItem[] = []
): void {
	const font = fontOf(family, scale);
	ctx.textBaseline = 'alphabetic';
	ctx.textAlign = 'left';
	ctx.font = font(...LEGEND_FONT);
	layout.legend.forEach(({ swatch, text }, i) => {
		ctx.fillStyle = legend[i].color;
		ctx.fillRect(swatch.x, swatch.y, swatch.width, swatch.height);
		ctx.strokeStyle = 'rgba(0,0,0,0.4)';
		ctx.lineWidth = Math.max(1, scale);
		ctx.strokeRect(swatch.x + 0.5, swatch.y + 0.5, swatch.width - 1, swatch.height - 1);
		ctx.fillStyle = '#111111';
		ctx.fillText(text.value, text.x, text.y);
	});
	layout.key.forEach(({ swatch, text }, i) => {
		drawSymbol(ctx, pinKey[i].symbol, swatch);
		ctx.fillStyle = '#111111';
		ctx.fillText(text.value, text.x, text.y);
	});
	ctx.font = font(...SMALL_FONT);
	ctx.fillStyle = '#333333';
	const maxWidth = width - 2 * FOOTER.margin * scale;
	for (const line of layout.lines) ctx.fillText(line.value, FOOTER.margin * scale, line.y, maxWidth);
}

/** A pin symbol as the legend draws it (SymbolIcon), filling `box`. */
function drawSymbol(ctx: CanvasRenderingContext2D, symbol: PinKeyItem['symbol'], box: FooterLayout['key'][number]['swatch']): void {
	const shape = SYMBOL_SVG[symbol];
	const path = new Path2D(shape.d);
	ctx.save();
	ctx.translate(box.x, box.y);
	ctx.scale(box.width / SYMBOL_BOX, box.height / SYMBOL_BOX);
	ctx.fillStyle = shape.fill;
	ctx.fill(path);
	ctx.strokeStyle = iconStroke(symbol);
	ctx.lineWidth = ICON_OUTLINE;
	ctx.lineJoin = 'round';
	ctx.stroke(path);
	ctx.restore();
}
