/**
 * The lite map's state: the shapes (1:110m, and 1:50m once zoomed in), projected for the box once
 * its size settles, the view transform and its flights, and the renderer contract the app holds
 * (geo/renderer.ts). LiteMap.svelte binds the box and draws; the decisions live here.
 */
import { untrack } from 'svelte';
import { loadShapesToDecode } from '$lib/geo/geography';
import { decodeCountries, type ShapesFile } from '$lib/geo/topology';
import { cameraForBounds, HOME_BOUNDS, NO_PADDING, type CameraTarget, type Camera, type Padding } from '$lib/geo/camera';
import { unframeCamera, resolveCameraTarget } from '$lib/geo/cameraTargets';
import type { MapRenderer } from '$lib/geo/renderer';
import { afterNextPaint } from '$lib/geo/nextPaint';
import { idleSlice } from '$lib/geo/paintLater.svelte';
import { inSlices, type Steps } from '$lib/geo/steps';
import { nearestFirst } from '$lib/domain/yearSteps';
import type { Scene } from '$lib/domain/scene';
import type { Place } from '$lib/domain/places';
import { fillColor } from '$lib/domain/palette';
import type { ProjectedMap } from './paths';
import { projectForLiteMap, projectionWorker } from './projectOffPage';
import { IDENTITY, transformForCamera, cameraOfTransform, zoomAbout, baseZoom, type ViewTransform } from './viewTransform';
import { copyCanvas } from './liteCanvas';
import { flyBetween } from './flight';

/** Zoomed in this far past the unzoomed map, the 1:50m shapes keep coastlines sharp. */
const DETAIL_FROM_ZOOM = 1.5;
/** The unzoomed map fits the region with 4 px to spare (paths.ts): Home is that view. */
export const LITE_HOME_MARGIN = 4;
/** The world button's view. */
export const WORLD: CameraTarget = { kind: 'camera', camera: { center: [20, 25], zoom: 0.6 } };

/** The lite map's camera for a target: the shared resolution, in the whole box. */
export function liteCamera(
	target: CameraTarget,
	map: Pick<ProjectedMap, 'width' | 'height'>,
	padding: Padding,
	look: Omit<Parameters<typeof resolveCameraTarget>[4], 'homeMargin'>
): Camera | null {
	const r = resolveCameraTarget(target, map.width, map.height, padding, { ...look, homeMargin: LITE_HOME_MARGIN });
	return r && { center: r.center, zoom: r.zoom };
}

export class LiteView {
	/** The 1:110m shapes' file, and the 1:50m one once zoomed in: decoded where they are projected. */
	shapes: ShapesFile | null = $state.raw(null);
	detailShapes: ShapesFile | null = $state.raw(null);
	/** The shapes could not load (the page's words come from the component). */
	error: unknown = $state.raw(null);
	scene: Scene | null = $state.raw(null);
	/** The years to work out ahead, and how to make their scenes (the renderer's `prepare`). */
	ahead: { years: readonly number[]; sceneAt: (year: number) => Scene } | null = $state.raw(null);
	view: ViewTransform = $state.raw(IDENTITY);
	/** The box the shapes are projected for: set when a resize settles. */
	size = $state.raw({ width: 0, height: 0 });

	/** The 1:110m outlines projected for the box (project()). */
	projected: ProjectedMap | null = $state.raw(null);
	readonly camera = $derived(
		this.projected ? cameraOfTransform(this.view, this.projected.base, this.projected.width, this.projected.height) : null
	);
	readonly detailed = $derived(!!this.projected && !!this.camera && this.camera.zoom - baseZoom(this.projected.base) >= DETAIL_FROM_ZOOM);
	/** The 1:50m outlines projected for the box, once loaded (project()). */
	projectedDetail: ProjectedMap | null = $state.raw(null);
	/** What is drawn: the 1:50m shapes where zoomed in and loaded, else the 1:110m ones. */
	readonly drawn = $derived(this.detailed && this.projectedDetail ? this.projectedDetail : this.projected);
	readonly colours = $derived(new Map([...(this.scene?.fills ?? [])].map(([iso, f]) => [iso, fillColor(f)])));
	readonly marked = $derived(
		new Set([...(this.scene?.highlight.places ?? []), ...(this.scene?.selectedPlace ? [this.scene.selectedPlace] : [])])
	);

	readonly #places: () => readonly Place[];
	readonly #labels: () => ReadonlySet<string>;
	#stopFlight = () => {};
	/** The padding of the last move: Home and the world view keep clear of the same caption. */
	#lastPadding: Padding = NO_PADDING;

	constructor(places: () => readonly Place[], labels: () => ReadonlySet<string>) {
		this.#places = places;
		this.#labels = labels;
	}

	/** Loads the 1:110m shapes' file (at mount), and starts the projection's worker meanwhile. */
	load() {
		projectionWorker();
		loadShapesToDecode('110m')
			.then((s) => (this.shapes = s))
			.catch((e: unknown) => this.#failed(e));
	}

	#failed(e: unknown) {
		console.warn(e);
		this.error = e;
	}

	/**
	 * Works out what the other years will need (`prepare`: their names and badges in this view), in
	 * idle slices, nearest the shown year first; returns how to stop. Run in an effect: a new
	 * `ahead` starts it again.
	 */
	workAhead(prepare: (scene: Scene) => Steps<void>): () => void {
		const ahead = this.ahead;
		const from = untrack(() => this.scene?.year);
		if (!ahead || from === undefined) return () => {};
		const stop = new AbortController();
		const order = nearestFirst(ahead.years, from);
		const { sceneAt } = ahead;
		function* years(): Steps<void> {
			for (const year of order) {
				const scene = sceneAt(year);
				yield;
				yield* prepare(scene);
			}
		}
		void inSlices(years(), stop.signal, idleSlice);
		return () => stop.abort();
	}

	/**
	 * Projects one set of shapes (the 1:50m ones with `detail`) for the box, in slices (paths.ts),
	 * again whenever they or the box change; the map keeps the last projection until the next is
	 * whole. Run in an effect: it reads what it depends on and returns how to stop the projection.
	 */
	project(detail: boolean): () => void {
		const shapes = detail ? this.detailShapes : this.shapes;
		const { width, height } = this.size;
		const stop = new AbortController();
		if (width && shapes)
			projectForLiteMap(shapes, width, height, stop.signal).then(
				(p) => {
					if (p && detail) this.projectedDetail = p;
					else if (p) this.projected = p;
				},
				// A 1:50m file that will not decode leaves the 1:110m map drawn.
				(e: unknown) => (detail ? undefined : this.#failed(e))
			);
		return () => stop.abort();
	}

	/** Zoomed in: the 1:50m shapes, loaded once, when first needed. */
	loadDetailIfNeeded() {
		if (this.detailed && !this.detailShapes)
			loadShapesToDecode('50m', true)
				.then((s) => (this.detailShapes = s))
				.catch(() => undefined);
	}

	/**
	 * The box measured: projected at once the first time, and otherwise once it settles (150 ms),
	 * not on every step of a window being resized. Returns how to cancel a pending resize.
	 */
	measure(width: number, height: number): (() => void) | undefined {
		const next = { width: Math.round(width), height: Math.round(height) };
		const current = untrack(() => this.size);
		if (!next.width || !next.height || (next.width === current.width && next.height === current.height)) return;
		if (!current.width) {
			this.size = next;
			return;
		}
		const t = setTimeout(() => (this.size = next), 150);
		return () => clearTimeout(t);
	}

	/** Moves the view to a target framed clear of the padding, in a short flight or at once. */
	flyTo(target: CameraTarget, animate: boolean, padding: Padding = this.#lastPadding) {
		this.#lastPadding = padding;
		const map = untrack(() => this.projected);
		if (!map) return;
		this.#stopFlight();
		const from = this.#cameraNow(map);
		// The Home button frames the members of the organisations the scene shows.
		if (target.kind === 'home' && !target.bounds) target = { kind: 'home', bounds: untrack(() => this.scene)?.home };
		const to = liteCamera(target, map, padding, {
			countryBounds: (iso3) => map.boundsOf(iso3),
			placeLocation: (id) => this.#places().find((x) => x.id === id)?.location,
			current: from
		});
		if (!to) return;
		const toView = (c: Camera) => (this.view = transformForCamera(c, map.base, map.width, map.height));
		if (animate) this.#stopFlight = flyBetween(from, to, toView);
		else toView(to);
	}

	/** A gesture or a button moved the view: any flight stops. */
	setView(t: ViewTransform) {
		this.#stopFlight();
		this.view = t;
	}

	/** The +/− buttons: zoom about the middle of the box. */
	zoomBy(factor: number) {
		const map = this.projected;
		if (map) this.setView(zoomAbout(this.view, factor, [map.width / 2, map.height / 2], map.base));
	}

	/** The renderer contract the app holds; `painted` is the map's canvas, for snapshots. */
	renderer(painted: () => HTMLCanvasElement | undefined): MapRenderer {
		return {
			draw: (next) => (this.scene = next),
			prepare: (years, sceneAt) => (this.ahead = { years, sceneAt }),
			fly: (target, animate, padding) => this.flyTo(target, animate, padding),
			camera: () => {
				const map = untrack(() => this.projected);
				if (!map) return cameraForBounds(HOME_BOUNDS, 1000, 650);
				return unframeCamera(this.#cameraNow(map), map.width, map.height);
			},
			snapshot: () => {
				const el = painted();
				return el ? Promise.resolve(copyCanvas(el)) : Promise.reject(new Error('the map is not drawn yet'));
			},
			whenDrawn: afterNextPaint,
			sceneDrawer: async (width, height) => {
				const map = untrack(() => this.projected);
				const file = untrack(() => (this.detailed && this.projectedDetail ? this.detailShapes : this.shapes));
				if (!map || !file) throw new Error('the map is not drawn yet');
				// Decoded on the page only here: an export is the one use of the shapes themselves.
				const raw = decodeCountries(file);
				// Loaded with the export, not with the map.
				const { createSceneDrawer } = await import('./sceneCanvas');
				const fontFamily = getComputedStyle(document.documentElement).getPropertyValue('--font-ui').trim() || 'sans-serif';
				const camera = this.#cameraNow(map);
				return createSceneDrawer({
					shapes: raw,
					places: this.#places(),
					labels: this.#labels(),
					camera,
					from: map,
					width,
					height,
					fontFamily
				});
			},
			destroy: () => this.#stopFlight()
		};
	}

	/** Where the view looks now, read without tracking it. */
	#cameraNow(map: ProjectedMap): Camera {
		return cameraOfTransform(
			untrack(() => this.view),
			map.base,
			map.width,
			map.height
		);
	}
}
