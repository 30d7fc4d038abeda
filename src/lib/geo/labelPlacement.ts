/**
 * Where state names go, for every map (lite SVG, detailed MapLibre, handout, PNG and video
 * frames): one rule, in screen pixels, with no DOM. A name sits on its own state, or stands off
 * it with a leader line that ends inside it; it never overprints another name, a pin (`obstacles`)
 * or a neighbour's land. Required names (a status in the shown year) are always placed, with a
 * short form where the full one does not fit; the others only where they fit on their own ground.
 */

import { runToEnd, type Steps } from './steps';

/** [left, top, right, bottom] in screen px. */
export type Box = [number, number, number, number];
export type Point = [number, number];

/** The same boxes in the same order: a map keeps its names where they are. */
export function sameBoxes(a: readonly Box[], b: readonly Box[]): boolean {
	return a.length === b.length && a.every((x, i) => x.every((v, j) => v === b[i][j]));
}

export interface LabelCandidate {
	iso3: string;
	/** The full name, then shorter forms to try where it does not fit. */
	names: readonly string[];
	/** Where the name belongs (the pole of inaccessibility), on screen. */
	anchor: Point;
	/** Area on screen in square px: smaller states are placed first. */
	area: number;
	/** Must be written (a status in the shown year); the others are dropped where they do not fit. */
	required: boolean;
}

export interface PlacedLabel {
	iso3: string;
	text: string;
	/** The middle of the name. */
	xy: Point;
	box: Box;
	/** A leader line from a point inside the state to the edge of the name's box. */
	leader?: { from: Point; to: Point };
}

export interface PlacementOptions {
	width: number;
	height: number;
	fontSize: number;
	/** Boxes to keep clear of: pins, controls. */
	obstacles?: readonly Box[];
	/** The state drawn at a point (null for the sea): whose ground a name would lie on. */
	stateAt: (xy: Point) => string | null;
	/** A text's width in px; an estimate for bold text by default. */
	measure?: (text: string) => number;
	/**
	 * `visibleAnchor` for this map and view, where the caller remembers it: it asks `stateAt` a few
	 * thousand times and does not depend on the year.
	 */
	offScreenAnchor?: (iso3: string) => Point | null;
}

/** Bold Noto Sans and system UI fonts average under 0.62 em per character (Latin and Cyrillic). */
export const estimateWidth = (fontSize: number) => (text: string) => text.length * fontSize * 0.62 + 2;

const overlaps = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/** Points spread over a box, a little inside it (text ink does not reach the box's corners): fractions of its size. */
const SAMPLE_X = [0.04, 0.27, 0.5, 0.73, 0.96];
const SAMPLE_Y = [0.3, 0.7];

/** Where the segment from `from` to the box's middle crosses the box's edge. */
export function edgePoint(from: Point, b: Box): Point {
	const cx = (b[0] + b[2]) / 2;
	const cy = (b[1] + b[3]) / 2;
	const dx = from[0] - cx;
	const dy = from[1] - cy;
	const t = Math.min(dx ? (b[2] - b[0]) / 2 / Math.abs(dx) : Infinity, dy ? (b[3] - b[1]) / 2 / Math.abs(dy) : Infinity, 1);
	return [cx + dx * t, cy + dy * t];
}

export function placeLabels(candidates: readonly LabelCandidate[], o: PlacementOptions): PlacedLabel[] {
	return runToEnd(placementSteps(candidates, o));
}

/** The placement one name at a time (geo/steps.ts): a map's first names can wait a few frames. */
export function* placementSteps(candidates: readonly LabelCandidate[], o: PlacementOptions): Steps<PlacedLabel[]> {
	const measure = o.measure ?? estimateWidth(o.fontSize);
	const h = o.fontSize * 1.25;
	const taken: Box[] = [...(o.obstacles ?? [])];
	const out: PlacedLabel[] = [];
	const onScreen = (xy: Point) => xy[0] >= 0 && xy[0] <= o.width && xy[1] >= 0 && xy[1] <= o.height;
	const order: LabelCandidate[] = [];
	for (const c of candidates) {
		if (onScreen(c.anchor)) order.push(c);
		else if (c.required) {
			// A required state whose own spot is off screen (Russia's lies in Siberia) is named on its visible part.
			const seen = o.offScreenAnchor ? o.offScreenAnchor(c.iso3) : visibleAnchor(c.iso3, o);
			if (seen) order.push({ ...c, anchor: seen });
			yield;
		}
	}
	order.sort((a, b) => Number(b.required) - Number(a.required) || a.area - b.area);

	const boxAt = (xy: Point, w: number): Box => [xy[0] - w / 2, xy[1] - h / 2, xy[0] + w / 2, xy[1] + h / 2];
	const clear = (b: Box) => b[0] >= 0 && b[1] >= 0 && b[2] <= o.width && b[3] <= o.height && !taken.some((t) => overlaps(b, t));
	/** No point of the box on another state's land; `foreign` lists which states' land is tolerated. */
	// Asked hundreds of times a layout: no array of points per box.
	const ground = (b: Box, iso3: string, tolerate: (other: string) => boolean) => {
		for (const fy of SAMPLE_Y)
			for (const fx of SAMPLE_X) {
				const s = o.stateAt([b[0] + (b[2] - b[0]) * fx, b[1] + (b[3] - b[1]) * fy]);
				if (s !== null && s !== iso3 && !tolerate(s)) return false;
			}
		return true;
	};
	const required = new Set(candidates.filter((c) => c.required).map((c) => c.iso3));

	for (const c of order) {
		yield;
		const [ax, ay] = c.anchor;
		const put = (text: string, box: Box, leader: boolean) => {
			taken.push(box);
			const xy: Point = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
			out.push({ iso3: c.iso3, text, xy, box, ...(leader ? { leader: { from: c.anchor, to: edgePoint(c.anchor, box) } } : {}) });
		};
		const tryInPlace = () => {
			for (const text of c.names) {
				const w = measure(text);
				const steps = [0, -0.5, 0.5, -1, 1];
				for (const sy of steps)
					for (const sx of [0, -0.25, 0.25]) {
						const box = boxAt([ax + sx * w, ay + sy * h], w);
						if (!clear(box) || o.stateAt([(box[0] + box[2]) / 2, (box[1] + box[3]) / 2]) !== c.iso3) continue;
						if (!ground(box, c.iso3, () => false)) continue;
						put(text, box, false);
						return true;
					}
			}
			return false;
		};
		if (tryInPlace() || !c.required) continue;
		// Off its state with a leader line: first over the sea only, then also over states that carry
		// no name (never over a named one, where it would read as that state's name).
		const tiers: ((other: string) => boolean)[] = [() => false, (s) => !required.has(s), () => true];
		let done = false;
		for (const tolerate of tiers) {
			for (const text of c.names) {
				const w = measure(text);
				for (const r of [12, 24, 38, 55, 75, 100]) {
					for (let k = 0; k < 16 && !done; k++) {
						const a = (k * Math.PI) / 8 - Math.PI / 2;
						const [dx, dy] = [Math.cos(a), Math.sin(a)];
						// The box's middle so that its nearest edge is r px from the anchor.
						const reach = Math.min(
							Math.abs(dx) > 1e-6 ? w / 2 / Math.abs(dx) : Infinity,
							Math.abs(dy) > 1e-6 ? h / 2 / Math.abs(dy) : Infinity
						);
						const box = boxAt([ax + dx * (r + reach), ay + dy * (r + reach)], w);
						if (!clear(box) || !ground(box, c.iso3, tolerate)) continue;
						put(text, box, true);
						done = true;
					}
					if (done) break;
				}
				if (done) break;
			}
			if (done) break;
		}
		// Nowhere clear: the name still goes on its state, short, rather than be lost.
		if (!done) put(c.names[c.names.length - 1], boxAt(c.anchor, measure(c.names[c.names.length - 1])), false);
	}
	return out;
}

/**
 * The point of a state's visible part farthest from its edges and the screen's (on a 24 px grid):
 * where its name goes when its own label point is off screen. Null where none of it is visible.
 */
export function visibleAnchor(iso3: string, o: Pick<PlacementOptions, 'width' | 'height' | 'stateAt'>): Point | null {
	const step = 24;
	const cols = Math.floor(o.width / step);
	const rows = Math.floor(o.height / step);
	// Depth: how many grid steps the square around a cell stays inside the state (and on screen),
	// i.e. the chessboard distance to the nearest cell outside. Two passes over the grid; growing a
	// square around every cell made hundreds of thousands of little arrays on each zoom step.
	const depth = new Int32Array(rows * cols);
	const at = (r: number, c: number) => (r < 0 || c < 0 || r >= rows || c >= cols ? 0 : depth[r * cols + c]);
	for (let r = 0; r < rows; r++)
		for (let c = 0; c < cols; c++)
			if (o.stateAt([(c + 0.5) * step, (r + 0.5) * step]) === iso3)
				depth[r * cols + c] = 1 + Math.min(at(r - 1, c - 1), at(r - 1, c), at(r - 1, c + 1), at(r, c - 1));
	for (let r = rows - 1; r >= 0; r--)
		for (let c = cols - 1; c >= 0; c--)
			if (depth[r * cols + c])
				depth[r * cols + c] = Math.min(depth[r * cols + c], 1 + Math.min(at(r + 1, c + 1), at(r + 1, c), at(r + 1, c - 1), at(r, c + 1)));
	// The deepest cell, the first in reading order where several are as deep.
	let best = -1;
	for (let i = 0; i < depth.length; i++) if (depth[i] > (best < 0 ? 0 : depth[best])) best = i;
	return best < 0 ? null : [((best % cols) + 0.5) * step, (Math.floor(best / cols) + 0.5) * step];
}
