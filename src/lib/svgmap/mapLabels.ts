/**
 * State names on a projected SVG map (lite map, small maps, handout, video frames): the map's
 * states as candidates for the one placement rule (geo/labelPlacement.ts), in screen px.
 */
import { placementSteps, visibleAnchor, type Box, type PlacedLabel, type Point } from '$lib/geo/labelPlacement';
import { inSlices, runToEnd, type Steps } from '$lib/geo/steps';
import { shortName } from '$lib/data/shortNames';
import { applyTransform, IDENTITY, type ViewTransform } from './viewTransform';
import type { ProjectedMap } from './paths';
import { Remembered } from '$lib/geo/remembered';

/** Names on a small map (Compare, handout), in its units: the map is 480 wide, scaled to its box. */
export const SMALL_MAP_LABEL = 13;

export interface MapLabelOptions {
	/** States whose names must be written (a status in the shown year). */
	required: ReadonlySet<string>;
	/** States named where there is room. */
	optional?: ReadonlySet<string>;
	view?: ViewTransform;
	fontSize: number;
	obstacles?: readonly Box[];
	measure?: (text: string) => number;
}

export function labelMap(map: ProjectedMap, o: MapLabelOptions): PlacedLabel[] {
	return runToEnd(labelSteps(map, o));
}

/**
 * Where a state's name goes when its own point is off screen, per map and view: every year names
 * Russia, whose point lies off the region's view, and finding its visible part is most of a new
 * year's placement (issue 26).
 */
const offScreenAnchors = new WeakMap<ProjectedMap, Remembered<Point | null>>();

function* labelSteps(map: ProjectedMap, o: MapLabelOptions): Steps<PlacedLabel[]> {
	const view = o.view ?? IDENTITY;
	// Screen px back to the unzoomed map's coordinates.
	const stateAt = ([x, y]: Point) => map.stateAt([(x - view.x) / view.k, (y - view.y) / view.k]);
	let anchors = offScreenAnchors.get(map);
	if (!anchors) offScreenAnchors.set(map, (anchors = new Remembered(64)));
	const offScreenAnchor = (iso3: string) =>
		anchors.get([view.x, view.y, view.k, iso3].join('|'), () => visibleAnchor(iso3, { width: map.width, height: map.height, stateAt }));
	const candidates = map.countries.flatMap((c) => {
		const required = o.required.has(c.iso3);
		if (!required && !o.optional?.has(c.iso3)) return [];
		const at = c.label();
		if (!at) return [];
		const short = shortName(c.iso3);
		return [
			{
				iso3: c.iso3,
				names: short ? [c.name, short] : [c.name],
				anchor: applyTransform(view, at),
				area: c.area() * view.k * view.k,
				required
			}
		];
	});
	return yield* placementSteps(candidates, {
		width: map.width,
		height: map.height,
		fontSize: o.fontSize,
		obstacles: o.obstacles,
		measure: o.measure,
		stateAt,
		offScreenAnchor
	});
}

/** A text measurer for the given CSS font (bold), where a canvas is available; else the estimate. */
export function canvasMeasure(font: string): ((text: string) => number) | undefined {
	if (typeof document === 'undefined') return undefined;
	const ctx = document.createElement('canvas').getContext('2d');
	if (!ctx) return undefined;
	ctx.font = font;
	const cache = new Map<string, number>();
	return (text) => {
		let w = cache.get(text);
		if (w === undefined) cache.set(text, (w = ctx.measureText(text).width + 4));
		return w;
	};
}

/** `labelMap` that remembers its last placements, and works one out ahead a few ms at a time. */
export interface RememberedLabelMap {
	(map: ProjectedMap, o: MapLabelOptions): PlacedLabel[];
	/** Places the names in slices, remembered for the call that follows; resolves when done or aborted. */
	inSlices(map: ProjectedMap, o: MapLabelOptions, signal: AbortSignal): Promise<void>;
	/** The placement as steps (geo/steps.ts), remembered once they end; none where it already is. */
	steps(map: ProjectedMap, o: MapLabelOptions): Steps<void>;
}

/**
 * `labelMap` with a memory of the last `size` placements (issue 26): stepping through the years
 * comes back to the same named states and pin boxes again and again, and a placement asks the
 * state locator thousands of times. A new map or text measurer starts it afresh.
 */
export function rememberedLabelMap(size = 48): RememberedLabelMap {
	const remembered = new Remembered<PlacedLabel[]>(size);
	let mapOf: ProjectedMap | null = null;
	let measureOf: MapLabelOptions['measure'] = undefined;
	const keyFor = (map: ProjectedMap, o: MapLabelOptions) => {
		if (map !== mapOf || o.measure !== measureOf) remembered.clear();
		mapOf = map;
		measureOf = o.measure;
		const v = o.view ?? IDENTITY;
		return [
			map.width,
			map.height,
			v.x,
			v.y,
			v.k,
			o.fontSize,
			[...o.required].sort().join(),
			[...(o.optional ?? [])].sort().join(),
			(o.obstacles ?? []).map((b) => b.map((n) => Math.round(n * 10)).join()).join(';')
		].join('|');
	};
	const place = (map: ProjectedMap, o: MapLabelOptions) => remembered.get(keyFor(map, o), () => labelMap(map, o));
	place.steps = function* (map: ProjectedMap, o: MapLabelOptions): Steps<void> {
		if (remembered.has(keyFor(map, o))) return;
		const placed = yield* labelSteps(map, o);
		remembered.get(keyFor(map, o), () => placed);
	};
	// Steps left unfinished (aborted) remember nothing.
	place.inSlices = async (map: ProjectedMap, o: MapLabelOptions, signal: AbortSignal) => void (await inSlices(place.steps(map, o), signal));
	return place;
}
