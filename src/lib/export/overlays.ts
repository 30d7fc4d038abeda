/**
 * What every exported picture carries around the map, drawn on a 2D canvas: the title and the
 * year large, the legend with counts, the source lines. Shared by Export PNG and the animation
 * frames; `scale` grows everything for larger pictures (1 = the PNG's sizes).
 */
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

/** One row of swatches with "label (count)"; y is the text's baseline. */
export function drawLegendRow(ctx: CanvasRenderingContext2D, legend: readonly LegendItem[], x0: number, y: number, scale = 1, family = uiFontFamily()): void {
	const s = (v: number) => v * scale;
	let x = x0;
	ctx.font = fontOf(family, scale)(600, 15);
	ctx.textBaseline = 'alphabetic';
	ctx.textAlign = 'left';
	for (const e of legend) {
		ctx.fillStyle = e.color;
		ctx.fillRect(x, y - s(13), s(16), s(16));
		ctx.strokeStyle = 'rgba(0,0,0,0.4)';
		ctx.lineWidth = Math.max(1, scale);
		ctx.strokeRect(x + 0.5, y - s(12.5), s(15), s(15));
		ctx.fillStyle = '#111111';
		const text = `${e.label} (${e.count})`;
		ctx.fillText(text, x + s(22), y);
		x += s(22) + ctx.measureText(text).width + s(22);
	}
}

/** Small grey lines (sources, the view's URL), 22 px apart; y is the first baseline. */
export function drawSmallLines(ctx: CanvasRenderingContext2D, lines: readonly string[], x: number, y: number, maxWidth: number, scale = 1, family = uiFontFamily()): void {
	ctx.font = fontOf(family, scale)(400, 13);
	ctx.fillStyle = '#333333';
	ctx.textAlign = 'left';
	lines.forEach((line, i) => ctx.fillText(line, x, y + i * 22 * scale, maxWidth));
}
