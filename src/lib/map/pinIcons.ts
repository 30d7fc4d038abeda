/**
 * Pin symbols drawn on a canvas at start-up: no sprite server. Each kind has its own shape
 * (so colour is never the only cue) and a white outline that reads on every fill colour.
 */
import type { PinSymbol } from '$lib/domain/places';

export const PIN_SIZE = 22;
const RATIO = 2;

type Draw = (ctx: CanvasRenderingContext2D, s: number) => void;

const DARK = '#1b1b1b';
const CONFLICT = '#D55E00';
const EVENT = '#F0E442';

function poly(ctx: CanvasRenderingContext2D, pts: [number, number][]) {
	ctx.beginPath();
	pts.forEach(([x, y], i) => (i ? ctx.lineTo(x, y) : ctx.moveTo(x, y)));
	ctx.closePath();
}

function star(ctx: CanvasRenderingContext2D, c: number, outer: number, inner: number, points: number) {
	const pts: [number, number][] = [];
	for (let i = 0; i < points * 2; i++) {
		const r = i % 2 ? inner : outer;
		const a = (Math.PI * i) / points - Math.PI / 2;
		pts.push([c + r * Math.cos(a), c + r * Math.sin(a)]);
	}
	poly(ctx, pts);
}

const SHAPES: Record<PinSymbol, { fill: string; draw: Draw }> = {
	base: { fill: DARK, draw: (ctx, s) => ctx.rect(s * 0.2, s * 0.2, s * 0.6, s * 0.6) },
	airbase: { fill: DARK, draw: (ctx, s) => poly(ctx, [[s / 2, s * 0.12], [s * 0.88, s * 0.82], [s * 0.12, s * 0.82]]) },
	'range-radar': { fill: DARK, draw: (ctx, s) => poly(ctx, [[s / 2, s * 0.1], [s * 0.9, s / 2], [s / 2, s * 0.9], [s * 0.1, s / 2]]) },
	peacekeeping: {
		fill: '#ffffff',
		draw: (ctx, s) => {
			ctx.arc(s / 2, s / 2, s * 0.32, 0, Math.PI * 2);
		}
	},
	nuclear: {
		fill: DARK,
		draw: (ctx, s) =>
			poly(
				ctx,
				Array.from({ length: 6 }, (_, i): [number, number] => {
					const a = (Math.PI / 3) * i;
					return [s / 2 + s * 0.4 * Math.cos(a), s / 2 + s * 0.4 * Math.sin(a)];
				})
			)
	},
	conflict: { fill: CONFLICT, draw: (ctx, s) => star(ctx, s / 2, s * 0.46, s * 0.22, 6) },
	event: { fill: EVENT, draw: (ctx, s) => star(ctx, s / 2, s * 0.44, s * 0.19, 5) },
	// Territories are drawn as hatched areas, not pins; this entry only keeps the table complete.
	territory: { fill: '#ffffff', draw: (ctx, s) => ctx.rect(s * 0.2, s * 0.2, s * 0.6, s * 0.6) }
};

export const HATCH_COLOR = '#3b0a0a';

/** The hatching that marks disputed and occupied territories. */
export function drawHatch(): { width: number; height: number; data: Uint8Array } {
	const px = 12 * RATIO;
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = px;
	const ctx = canvas.getContext('2d')!;
	ctx.strokeStyle = HATCH_COLOR;
	ctx.lineWidth = 1.6 * RATIO;
	ctx.lineCap = 'square';
	for (const o of [-px, 0, px]) {
		ctx.beginPath();
		ctx.moveTo(o, px);
		ctx.lineTo(o + px, 0);
		ctx.stroke();
	}
	const img = ctx.getImageData(0, 0, px, px);
	return { width: px, height: px, data: new Uint8Array(img.data.buffer) };
}

/** RGBA pixels for each symbol, ready for map.addImage. */
export function drawPinIcons(): Map<PinSymbol, { width: number; height: number; data: Uint8Array }> {
	const out = new Map<PinSymbol, { width: number; height: number; data: Uint8Array }>();
	const px = PIN_SIZE * RATIO;
	for (const [symbol, { fill, draw }] of Object.entries(SHAPES) as [PinSymbol, (typeof SHAPES)[PinSymbol]][]) {
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = px;
		const ctx = canvas.getContext('2d')!;
		ctx.lineJoin = 'round';
		draw(ctx, px);
		ctx.lineWidth = px * 0.14;
		ctx.strokeStyle = '#ffffff';
		ctx.stroke();
		ctx.fillStyle = fill;
		ctx.fill();
		ctx.lineWidth = px * 0.05;
		ctx.strokeStyle = symbol === 'peacekeeping' ? DARK : 'rgba(0,0,0,0.55)';
		if (symbol === 'peacekeeping') ctx.lineWidth = px * 0.11;
		ctx.stroke();
		const img = ctx.getImageData(0, 0, px, px);
		out.set(symbol, { width: px, height: px, data: new Uint8Array(img.data.buffer) });
	}
	return out;
}

export const PIN_PIXEL_RATIO = RATIO;

/** A ring drawn around the selected pin (same scale as the pins, so offsets line up). */
export function drawSelectedRing(): { width: number; height: number; data: Uint8Array } {
	const px = Math.round(PIN_SIZE * 1.7) * RATIO;
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = px;
	const ctx = canvas.getContext('2d')!;
	ctx.beginPath();
	ctx.arc(px / 2, px / 2, px * 0.4, 0, Math.PI * 2);
	ctx.fillStyle = 'rgba(255,255,255,0.8)';
	ctx.fill();
	ctx.lineWidth = px * 0.08;
	ctx.strokeStyle = '#111111';
	ctx.stroke();
	const img = ctx.getImageData(0, 0, px, px);
	return { width: px, height: px, data: new Uint8Array(img.data.buffer) };
}

/** The same shapes as inline SVG paths for the legend and lists (24×24 viewBox). */
export const SYMBOL_SVG: Record<PinSymbol, { d: string; fill: string; stroke: string }> = {
	base: { d: 'M5 5h14v14H5z', fill: DARK, stroke: '#fff' },
	airbase: { d: 'M12 3 21 20H3z', fill: DARK, stroke: '#fff' },
	'range-radar': { d: 'M12 2 22 12 12 22 2 12z', fill: DARK, stroke: '#fff' },
	peacekeeping: { d: 'M12 4.5a7.5 7.5 0 1 0 0.01 0z', fill: '#fff', stroke: DARK },
	nuclear: { d: 'M21.6 12 16.8 20.3H7.2L2.4 12l4.8-8.3h9.6z', fill: DARK, stroke: '#fff' },
	conflict: { d: 'M12 1 14.4 7.8 21.5 6.5 16.8 12 21.5 17.5 14.4 16.2 12 23 9.6 16.2 2.5 17.5 7.2 12 2.5 6.5 9.6 7.8z', fill: CONFLICT, stroke: '#fff' },
	event: { d: 'M12 1.5 14.6 9 22.5 9.2 16.2 14 18.5 21.8 12 17.2 5.5 21.8 7.8 14 1.5 9.2 9.4 9z', fill: EVENT, stroke: DARK },
	territory: { d: 'M3 3h18v18H3z M3 11 11 3 M3 19 19 3 M11 21 21 11 M19 21 21 19', fill: '#fff', stroke: '#3b0a0a' }
};
