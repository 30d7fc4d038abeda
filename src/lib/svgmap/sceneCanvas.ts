/**
 * The lite map drawn onto a canvas instead of into SVG, for the animation frames: the same
 * projection (paths.ts), colours, pins, territories and names, at any size, showing the area the
 * lite map shows now. Shapes become Path2D objects once; each frame only refills them, so a
 * frame costs a few milliseconds and needs no image decoding (no blob: or data: URL, no CSP change).
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CountryProps } from '$lib/geo/geography';
import type { Camera } from '$lib/geo/camera';
import type { SceneDrawer } from '$lib/geo/renderer';
import type { Place } from '$lib/domain/places';
import { layoutPins } from '$lib/geo/pinLayout';
import { SYMBOL_SVG, HATCH } from '$lib/geo/pinSymbols';
import { paintPin, paintNames, hatchPattern } from './canvasPaint';
import { PIN_SIZE, PAST_OPACITY, COUNTRY_BORDER, LINKED_OUTLINE, SVG_LABEL_PX } from '$lib/geo/theme';
import { pinScale } from '$lib/geo/mapScale';
import { outlinedLinked } from '$lib/domain/scene';
import { OCEAN_COLOR, fillColor } from '$lib/domain/palette';
import { projectCountries } from './paths';
import type { Box } from '$lib/geo/labelPlacement';
import { rememberedLabelMap, canvasMeasure } from './mapLabels';
import { transformForCamera, applyTransform } from './viewTransform';

export interface SceneCanvasOptions {
	shapes: FeatureCollection<Polygon | MultiPolygon, CountryProps>;
	places: readonly Place[];
	/** States whose names are written on the map. */
	labels: ReadonlySet<string>;
	/** The lite map's camera and box now: the frame shows at least the same area. */
	camera: Camera;
	from: { width: number; height: number };
	width: number;
	height: number;
	fontFamily: string;
}

export function createSceneDrawer(o: SceneCanvasOptions): SceneDrawer {
	const { width, height } = o;
	// A larger box shows the same area larger: zoom in by how much bigger it is.
	const fit = Math.min(width / o.from.width, height / o.from.height);
	const map = projectCountries(o.shapes, width, height, 'region');
	const view = transformForCamera({ center: o.camera.center, zoom: o.camera.zoom + Math.log2(fit) }, map.base, width, height);
	const countries = map.countries.map((c) => ({ iso3: c.iso3, path: new Path2D(c.d) }));
	const layout = layoutPins(o.places);
	const territories = layout.territories.map((p) => ({ id: p.id, path: new Path2D(map.outline(p.polygon)) }));
	const scale = pinScale(o.camera.zoom) * fit;
	const size = PIN_SIZE * scale;
	const pins = layout.pins.flatMap((p) => {
		const at = map.project([p.location.lon, p.location.lat]);
		if (!at) return [];
		const [x, y] = applyTransform(view, at);
		const [dx, dy] = layout.offsets.get(p.id) ?? [0, 0];
		const xy: [number, number] = [x + dx * scale, y + dy * scale];
		const inside = xy[0] >= -size && xy[0] <= width + size && xy[1] >= -size && xy[1] <= height + size;
		return inside ? [{ id: p.id, xy, shape: SYMBOL_SVG[p.symbol] }] : [];
	});
	// Names no smaller than on screen: a video is watched from further away.
	const labelSize = SVG_LABEL_PX * Math.max(1, fit);
	const measure = canvasMeasure(`700 ${labelSize}px ${o.fontFamily}`);
	// A frame only re-places the names when the named states or the pins change.
	const placeNames = rememberedLabelMap(1);
	let hatch: CanvasPattern | null = null;

	return (ctx, scene) => {
		ctx.save();
		ctx.beginPath();
		ctx.rect(0, 0, width, height);
		ctx.clip();
		ctx.fillStyle = OCEAN_COLOR;
		ctx.fillRect(0, 0, width, height);

		// Shapes in projected units: one transform, line widths divided back to screen pixels.
		ctx.save();
		ctx.transform(view.k, 0, 0, view.k, view.x, view.y);
		ctx.strokeStyle = COUNTRY_BORDER;
		ctx.lineWidth = (0.6 * fit) / view.k;
		for (const c of countries) {
			ctx.fillStyle = fillColor(scene.fills.get(c.iso3));
			ctx.fill(c.path);
			ctx.stroke(c.path);
		}
		// Observers and partners of two organisations compared, outlined over every fill as on the map.
		const linked = outlinedLinked(scene);
		if (linked.size) {
			ctx.strokeStyle = LINKED_OUTLINE.color;
			ctx.lineWidth = (LINKED_OUTLINE.width * fit) / view.k;
			for (const c of countries) if (linked.has(c.iso3)) ctx.stroke(c.path);
		}
		hatch ??= hatchPattern(ctx, fit / view.k);
		ctx.strokeStyle = HATCH.color;
		ctx.lineWidth = (1.4 * fit) / view.k;
		ctx.setLineDash([(3 * fit) / view.k, (2 * fit) / view.k]);
		for (const t of territories) {
			if (scene.pins.get(t.id) !== 'active') continue;
			if (hatch) {
				ctx.fillStyle = hatch;
				ctx.fill(t.path);
			}
			ctx.stroke(t.path);
		}
		ctx.restore();

		const shown = pins.filter((p) => (scene.pins.get(p.id) ?? 'hidden') !== 'hidden');
		const boxes = shown.map(({ xy }): Box => [xy[0] - size / 2, xy[1] - size / 2, xy[0] + size / 2, xy[1] + size / 2]);
		const placed = placeNames(map, { required: scene.named, optional: o.labels, view, fontSize: labelSize, obstacles: boxes, measure });
		paintNames(ctx, placed, `700 ${labelSize}px ${o.fontFamily}`, { unit: fit });
		for (const p of shown) paintPin(ctx, p.shape, p.xy, size, scene.pins.get(p.id) === 'past' ? PAST_OPACITY : 1);
		ctx.restore();
	};
}
