/**
 * MapLibre's pin images: the shared symbol paths (geo/pinSymbols.ts) rasterised on a canvas at
 * start-up, so no sprite server is needed and both maps draw the same shapes.
 */
import type { PinSymbol } from '$lib/domain/places';
import { SYMBOL_SVG, SYMBOL_BOX, SYMBOL_OUTLINE, HATCH, SELECTED_RING } from '$lib/geo/pinSymbols';
import { PIN_SIZE } from '$lib/geo/theme';

/** Device pixels per CSS pixel of the images: sharp on high-density screens. */
export const PIN_PIXEL_RATIO = 2;

export interface RasterImage {
	width: number;
	height: number;
	data: Uint8Array;
}

function raster(px: number, draw: (ctx: CanvasRenderingContext2D) => void): RasterImage {
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = px;
	const ctx = canvas.getContext('2d')!;
	draw(ctx);
	const img = ctx.getImageData(0, 0, px, px);
	return { width: px, height: px, data: new Uint8Array(img.data.buffer) };
}

/** One image per symbol, drawn as the SVG map draws it: outline under the fill. */
export function drawPinImages(): Map<PinSymbol, RasterImage> {
	const px = PIN_SIZE * PIN_PIXEL_RATIO;
	const out = new Map<PinSymbol, RasterImage>();
	for (const [symbol, shape] of Object.entries(SYMBOL_SVG) as [PinSymbol, (typeof SYMBOL_SVG)[PinSymbol]][]) {
		out.set(
			symbol,
			raster(px, (ctx) => {
				ctx.scale(px / SYMBOL_BOX, px / SYMBOL_BOX);
				const path = new Path2D(shape.d);
				ctx.lineJoin = 'round';
				ctx.lineWidth = SYMBOL_OUTLINE * 2;
				ctx.strokeStyle = shape.stroke;
				ctx.stroke(path);
				ctx.fillStyle = shape.fill;
				ctx.fill(path);
			})
		);
	}
	return out;
}

/** The hatching tile of territories. */
export function drawHatch(): RasterImage {
	const px = HATCH.size * PIN_PIXEL_RATIO;
	return raster(px, (ctx) => {
		ctx.scale(PIN_PIXEL_RATIO, PIN_PIXEL_RATIO);
		ctx.strokeStyle = HATCH.color;
		ctx.lineWidth = HATCH.width;
		ctx.lineCap = 'square';
		ctx.stroke(new Path2D(HATCH.d));
	});
}

/** The ring behind a selected or highlighted pin. */
export function drawSelectedRing(): RasterImage {
	const css = Math.ceil((SELECTED_RING.radius + SELECTED_RING.width) * 2);
	return raster(css * PIN_PIXEL_RATIO, (ctx) => {
		ctx.scale(PIN_PIXEL_RATIO, PIN_PIXEL_RATIO);
		ctx.beginPath();
		ctx.arc(css / 2, css / 2, SELECTED_RING.radius, 0, Math.PI * 2);
		ctx.fillStyle = SELECTED_RING.fill;
		ctx.fill();
		ctx.lineWidth = SELECTED_RING.width;
		ctx.strokeStyle = SELECTED_RING.stroke;
		ctx.stroke();
	});
}
