/**
 * The lite map painted on a canvas under its SVG (issue 26). A year step then changes pixels the
 * step's script paints before the frame, instead of SVG elements the browser must lay out, paint
 * and raster in it: that frame's rendering is what kept the step's p95 over a plain SVG's
 * (docs/performance.md). The SVG stays whole above it, unpainted, for clicks, hover and reading.
 * Drawn in the SVG's order and styles.
 */
import type { PlacedLabel } from '$lib/geo/labelPlacement';
import type { ViewTransform } from './viewTransform';
import { HATCH, SELECTED_RING, type SYMBOL_SVG } from '$lib/geo/pinSymbols';
import { COUNTRY_BORDER, LINKED_OUTLINE, SELECTED_OUTLINE } from '$lib/geo/theme';
import { OCEAN_COLOR, OTHER_LAND_COLOR, HIGHLIGHT_COLOR } from '$lib/domain/palette';
import { paintPin, paintNames, hatchPattern } from './canvasPaint';

interface Shape {
	readonly d: string;
}

export interface LiteCanvasInput {
	/** The map's box in CSS px, and device pixels per CSS px. */
	width: number;
	height: number;
	dpr: number;
	view: ViewTransform;
	countries: readonly (Shape & { iso3: string })[];
	fills: ReadonlyMap<string, string>;
	linked: readonly Shape[];
	/** The selected state and a tour's highlights. */
	outlined: readonly (Shape & { selected: boolean })[];
	/** The territories shown now. */
	territories: readonly (Shape & { marked: boolean })[];
	names: readonly PlacedLabel[];
	font: string;
	/** Pins drawn on their own, in screen px; `ring`: selected or highlighted. */
	pins: readonly { shape: (typeof SYMBOL_SVG)[keyof typeof SYMBOL_SVG]; xy: [number, number]; alpha: number; ring: boolean }[];
	pinSize: number;
	pinScale: number;
}

/** Paints `input` onto `canvas`, sizing its pixels to the box first. Shapes' paths are made once. */
export function createLitePainter() {
	const paths = new WeakMap<Shape, Path2D>();
	const path = (s: Shape) => paths.get(s) ?? paths.set(s, new Path2D(s.d)).get(s)!;
	let hatch: CanvasPattern | null = null;

	return (canvas: HTMLCanvasElement, o: LiteCanvasInput) => {
		const w = Math.max(1, Math.round(o.width * o.dpr));
		const h = Math.max(1, Math.round(o.height * o.dpr));
		if (canvas.width !== w || canvas.height !== h) Object.assign(canvas, { width: w, height: h });
		const ctx = canvas.getContext('2d');
		if (!ctx) return;
		ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, 0);
		ctx.fillStyle = OCEAN_COLOR;
		ctx.fillRect(0, 0, o.width, o.height);

		// Shapes in projected units under the camera; strokes divided back to screen px (non-scaling).
		const { x, y, k } = o.view;
		ctx.save();
		ctx.transform(k, 0, 0, k, x, y);
		ctx.lineJoin = 'round';
		ctx.strokeStyle = COUNTRY_BORDER;
		ctx.lineWidth = 0.6 / k;
		for (const c of o.countries) {
			ctx.fillStyle = o.fills.get(c.iso3) ?? OTHER_LAND_COLOR;
			ctx.fill(path(c));
			ctx.stroke(path(c));
		}
		ctx.strokeStyle = LINKED_OUTLINE.color;
		ctx.lineWidth = LINKED_OUTLINE.width / k;
		for (const c of o.linked) ctx.stroke(path(c));
		for (const c of o.outlined) {
			ctx.strokeStyle = c.selected ? SELECTED_OUTLINE : HIGHLIGHT_COLOR;
			ctx.lineWidth = (c.selected ? 2.5 : 3) / k;
			ctx.stroke(path(c));
		}
		// The hatching in map units, as the SVG's pattern (userSpaceOnUse under the camera).
		hatch ??= hatchPattern(ctx, 1);
		ctx.strokeStyle = HATCH.color;
		ctx.setLineDash([3 / k, 2 / k]);
		for (const t of o.territories) {
			if (hatch) {
				ctx.fillStyle = hatch;
				ctx.fill(path(t));
			}
			ctx.lineWidth = (t.marked ? 3 : 1.4) / k;
			ctx.stroke(path(t));
		}
		ctx.restore();

		paintNames(ctx, o.names, o.font, { ends: true });
		for (const p of o.pins) {
			if (p.ring) {
				ctx.beginPath();
				ctx.arc(p.xy[0], p.xy[1], SELECTED_RING.radius * o.pinScale, 0, 2 * Math.PI);
				ctx.fillStyle = SELECTED_RING.fill;
				ctx.fill();
				ctx.lineWidth = SELECTED_RING.width;
				ctx.strokeStyle = SELECTED_RING.stroke;
				ctx.stroke();
			}
			paintPin(ctx, p.shape, p.xy, o.pinSize, p.alpha);
		}
	};
}

/** The painted map as pixels for "Export PNG": a copy, as the next change repaints the original. */
export function copyCanvas(source: HTMLCanvasElement): HTMLCanvasElement {
	const canvas = document.createElement('canvas');
	canvas.width = source.width;
	canvas.height = source.height;
	canvas.getContext('2d')!.drawImage(source, 0, 0);
	return canvas;
}
