/**
 * What the lite map's canvases draw the same way: a pin's symbol, a state's name with its leader,
 * and the territories' hatching. Used by the live map (liteCanvas.ts) and the animation frames
 * (sceneCanvas.ts), so both look like the SVG they stand in for.
 */
import { SYMBOL_BOX, SYMBOL_OUTLINE, HATCH, SYMBOL_SVG } from '$lib/geo/pinSymbols';
import type { PlacedLabel } from '$lib/geo/labelPlacement';

type PinShape = (typeof SYMBOL_SVG)[keyof typeof SYMBOL_SVG];
const symbolPaths = new Map<string, Path2D>();

/** A pin's symbol centred on `xy`, `size` px wide; the outline under the fill, as the SVG's paint-order. */
export function paintPin(ctx: CanvasRenderingContext2D, shape: PinShape, xy: readonly [number, number], size: number, alpha = 1) {
	let path = symbolPaths.get(shape.d);
	if (!path) symbolPaths.set(shape.d, (path = new Path2D(shape.d)));
	ctx.save();
	ctx.globalAlpha = alpha;
	ctx.translate(xy[0] - size / 2, xy[1] - size / 2);
	ctx.scale(size / SYMBOL_BOX, size / SYMBOL_BOX);
	ctx.lineJoin = 'round';
	ctx.lineWidth = SYMBOL_OUTLINE * 2;
	ctx.strokeStyle = shape.stroke;
	ctx.stroke(path);
	ctx.fillStyle = shape.fill;
	ctx.fill(path);
	ctx.restore();
}

/**
 * Names as placed, bold with a white halo, and the leader to a name moved off its state.
 * `unit` scales the lines (a video frame larger than the map); `ends` adds the leader's dot.
 */
export function paintNames(
	ctx: CanvasRenderingContext2D,
	placed: readonly PlacedLabel[],
	font: string,
	{ unit = 1, ends = false }: { unit?: number; ends?: boolean } = {}
) {
	ctx.save();
	ctx.font = font;
	ctx.textAlign = 'center';
	ctx.textBaseline = 'middle';
	ctx.lineJoin = 'round';
	ctx.fillStyle = '#111111';
	for (const { text, xy, leader } of placed) {
		if (leader) {
			ctx.beginPath();
			ctx.moveTo(...leader.from);
			ctx.lineTo(...leader.to);
			ctx.lineWidth = unit;
			ctx.strokeStyle = '#111111';
			ctx.stroke();
			if (ends) {
				ctx.beginPath();
				ctx.arc(leader.from[0], leader.from[1], 1.8 * unit, 0, 2 * Math.PI);
				ctx.fill();
			}
		}
		ctx.lineWidth = 3 * unit;
		ctx.strokeStyle = 'rgba(255,255,255,0.9)';
		ctx.strokeText(text, xy[0], xy[1]);
		ctx.fillText(text, xy[0], xy[1]);
	}
	ctx.restore();
}

/** The territories' hatching as a repeating tile, `unit` px a tile pixel under the current transform. */
export function hatchPattern(ctx: CanvasRenderingContext2D, unit: number): CanvasPattern | null {
	const tile = document.createElement('canvas');
	tile.width = tile.height = HATCH.size;
	const t = tile.getContext('2d');
	if (!t) return null;
	t.strokeStyle = HATCH.color;
	t.lineWidth = HATCH.width;
	t.stroke(new Path2D(HATCH.d));
	const pattern = ctx.createPattern(tile, 'repeat');
	pattern?.setTransform(new DOMMatrix().scale(unit));
	return pattern;
}
