/**
 * The MapLibre side of the renderer contract (geo/renderer.ts). Every MapLibre call of the app
 * lives in this folder. The view draws scenes it is given; it never decides what to show.
 */
import * as maplibregl from 'maplibre-gl';
// MapLibre's stylesheet (70 KB) is linked only when the detailed map starts: imported as CSS,
// SvelteKit could link it from the page itself and hold up the first paint for the lite map too.
import maplibreCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { m } from '$lib/paraglide/messages';
import { attributionHtml, mapLibreLocale } from './mapLocale';
import { linkStylesheet, markKeyTarget } from './maplibreDom';
import fontRegularUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import fontBoldUrl from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import fontRegularCyrillicUrl from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import fontBoldCyrillicUrl from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import { buildGeography, loadTopology, type Geography } from '$lib/geo/geography';
import type { MapRenderer, RendererEvents } from '$lib/geo/renderer';
import { installTestHooks } from '$lib/geo/testHooks';
import { afterNextPaint } from '$lib/geo/nextPaint';
import { HOME_BOUNDS, MIN_ZOOM, MAX_ZOOM } from '$lib/geo/camera';
import { unframeCamera } from '$lib/geo/cameraTargets';
import type { Place } from '$lib/domain/places';
import type { MapFill } from '$lib/domain/palette';
import { buildStyle, LAYER, SOURCE } from './style';
import { guardContext } from './contextLoss';
import { addPins } from './pins';
import { FeatureStateDiff, MarkedFeatures, afterPaintScheduler } from './featureStateDiff';
import { flyMap, HOME_MARGIN } from './cameraMoves';
import { followTextScale, pageTextScale } from './labels';
import { addStateNames } from './stateNames';
import { outlinedLinked, type Scene } from '$lib/domain/scene';

const absolute = (url: string) => new URL(url, document.baseURI).href;

export interface MapViewOptions extends RendererEvents {
	container: HTMLElement;
	/** States whose names are always written on the map. */
	focusIso: ReadonlySet<string>;
	places: readonly Place[];
	/** Called when a lost WebGL context cannot be brought back: the app then draws the SVG map. */
	onContextFailure(e: Error): void;
}

export async function createMapView(opts: MapViewOptions): Promise<MapRenderer> {
	maplibregl.setWorkerUrl(absolute(workerUrl));
	// Start the worker now, so it loads while the country shapes are decoded.
	maplibregl.prewarm();
	const stylesheet = linkStylesheet(absolute(maplibreCssUrl));
	const geo: Geography = buildGeography(await loadTopology(), opts.focusIso);
	await stylesheet;

	const [w, s, e, n] = HOME_BOUNDS;
	const map = new maplibregl.Map({
		container: opts.container,
		locale: mapLibreLocale(),
		style: buildStyle(
			geo,
			{
				regular: { latin: absolute(fontRegularUrl), cyrillic: absolute(fontRegularCyrillicUrl) },
				bold: { latin: absolute(fontBoldUrl), cyrillic: absolute(fontBoldCyrillicUrl) }
			},
			pageTextScale()
		),
		bounds: [
			[w, s],
			[e, n]
		],
		fitBoundsOptions: { padding: HOME_MARGIN },
		minZoom: MIN_ZOOM,
		maxZoom: MAX_ZOOM,
		attributionControl: false,
		// Needed so "Export PNG" and tests can read the pixels back.
		canvasContextAttributes: { preserveDrawingBuffer: true },
		fadeDuration: 0
	});
	markKeyTarget(map);
	let last: Scene | null = null;
	let drawn: { fills: Scene['fills'] | null } = { fills: null };
	const context = guardContext(map, opts.onContextFailure, () => {
		// Feature-state is gone with the old context: forget it and draw the last scene again.
		fills.forget();
		selected.forget();
		highlighted.forget();
		linked.forget();
		pins.forget();
		drawn = { fills: null };
		scheduler.schedule();
	});
	map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
	map.addControl(new maplibregl.AttributionControl({ compact: true, customAttribution: attributionHtml() }), 'bottom-right');
	map.getCanvas().setAttribute('aria-label', m.map_canvas_label());
	await new Promise<void>((resolve) => map.once('load', () => resolve()));
	const stopTextScale = followTextScale(map);

	const country = (iso: string, state: Record<string, unknown>) => {
		const id = geo.idByIso.get(iso);
		if (id === undefined) return false;
		map.setFeatureState({ source: SOURCE.countries, id }, state);
		return true;
	};
	const fills = new FeatureStateDiff<MapFill>((iso, status) => country(iso, { status }));
	const selected = new MarkedFeatures((iso, on) => country(iso, { selected: on }));
	const highlighted = new MarkedFeatures((iso, on) => country(iso, { highlight: on }));
	const linked = new MarkedFeatures((iso, on) => country(iso, { linked: on }));
	const pins = addPins(map, opts.places, pageTextScale);
	// Names over the pins: placed clear of them, they must not be hidden by them either.
	map.moveLayer(LAYER.leaders);
	map.moveLayer(LAYER.labelFocus);
	const names = addStateNames(map, geo, opts.focusIso, () => pins.shownBoxes(), pageTextScale);

	let firstColours = true;
	const scheduler = afterPaintScheduler(() => {
		if (!context.drawable || !last) return;
		const scene = last;
		if (scene.fills !== drawn.fills) {
			fills.update(scene.fills);
			drawn.fills = scene.fills;
		}
		const pinsChanged = pins.setVisibility(scene.pins);
		if (pinsChanged) regroup();
		names.setRequired(scene.named);
		if (pinsChanged) names.schedule();
		selected.set(scene.selectedCountry ? [scene.selectedCountry] : []);
		highlighted.set(scene.highlight.countries);
		linked.set(outlinedLinked(scene));
		pins.setMarked([...scene.highlight.places, ...(scene.selectedPlace ? [scene.selectedPlace] : [])]);
		if (firstColours) {
			firstColours = false;
			// "Map drawn" for the benchmark: the first frame that shows the statuses, not the bare style.
			map.once('idle', () => {
				performance.mark('atlas-map-ready');
				opts.onReady();
			});
		}
	});

	let hovered: number | null = null;
	const setHover = (id: number | null) => {
		if (hovered === id) return;
		if (hovered !== null) map.setFeatureState({ source: SOURCE.countries, id: hovered }, { hover: false });
		hovered = id;
		if (id !== null) map.setFeatureState({ source: SOURCE.countries, id }, { hover: true });
		map.getCanvas().style.cursor = id === null ? '' : 'pointer';
	};
	const countryAt = (point: maplibregl.Point) => map.queryRenderedFeatures(point, { layers: [LAYER.fill] })[0];
	const onClick = (ev: maplibregl.MapMouseEvent) => {
		if (!context.drawable) return;
		const hit = pins.clicked(ev.point);
		const territory = hit.length ? null : pins.territoryAt(ev.point);
		if (hit.length || territory) {
			opts.onPinsClick(hit.length ? hit.map((p) => p.id) : [territory!.id], { x: ev.point.x, y: ev.point.y });
			return;
		}
		const iso = geo.isoById.get(Number(countryAt(ev.point)?.id));
		if (iso) opts.onCountryClick(iso);
	};
	const onMove = (ev: maplibregl.MapMouseEvent) => {
		if (!context.drawable) return;
		const place = pins.pinsAt(ev.point)[0];
		opts.onPinHover(place?.id ?? null, place ? pins.screenOf(place.id) : null);
		if (place) {
			setHover(null);
			map.getCanvas().style.cursor = 'pointer';
			return;
		}
		const f = countryAt(ev.point);
		setHover(f ? Number(f.id) : null);
	};
	const onLeave = () => {
		setHover(null);
		opts.onPinHover(null, null);
	};
	// A moving map carries the tooltip's pin away: hide it until the pointer moves again.
	const onMoveStart = () => opts.onPinHover(null, null);
	// Badges move with the map every frame; which pins they hold is decided once the map stops.
	const regroup = () => opts.onPinGroups?.(pins.regroup(names.locator(last?.named ?? new Set())));
	const follow = () => opts.onPinGroups?.(pins.follow());
	map.on('move', follow);
	map.on('moveend', regroup);
	map.on('resize', regroup);
	map.on('click', onClick);
	map.on('mousemove', onMove);
	map.on('mouseout', onLeave);
	map.on('movestart', onMoveStart);

	const whenDrawn = () => new Promise<number>((resolve) => map.once('idle', () => resolve(performance.now())));
	// `idle` comes only after a render: a map with nothing pending (loaded() sees pending updates) gets a frame.
	const whenSettled = () => (map.loaded() && !map.isMoving() ? afterNextPaint() : whenDrawn());
	const removeHooks = installTestHooks(
		opts.container,
		{
			project: (lngLat) => {
				const p = map.project(lngLat);
				return { x: p.x, y: p.y };
			},
			pinScreen: (id) => pins.screenOf(id),
			countryAt: (x, y) => geo.isoById.get(Number(countryAt(new maplibregl.Point(x, y))?.id)) ?? null,
			labels: () => names.placed(),
			renderedLabels: () => map.queryRenderedFeatures({ layers: [LAYER.labelFocus] }).map((f) => String(f.properties.iso3)),
			pinBoxes: () => pins.shownBoxes(),
			whenDrawn,
			whenSettled
		},
		'true'
	);

	return {
		draw(scene) {
			last = scene;
			scheduler.schedule();
		},
		fly(target, animate, padding) {
			flyMap(map, geo, pins, target, animate, padding);
		},
		camera() {
			// The middle of the whole box, not MapLibre's centre, which a presenter caption's padding moves.
			const box = map.getContainer();
			const { lng, lat } = map.unproject([box.clientWidth / 2, box.clientHeight / 2]);
			return unframeCamera({ center: [lng, lat], zoom: map.getZoom() }, box.clientWidth, box.clientHeight);
		},
		async snapshot() {
			// preserveDrawingBuffer keeps the last frame readable.
			return map.getCanvas();
		},
		whenDrawn,
		destroy() {
			opts.onPinGroups?.([]);
			scheduler.cancel();
			stopTextScale();
			names.stop();
			map.off('click', onClick);
			map.off('mousemove', onMove);
			map.off('mouseout', onLeave);
			map.off('movestart', onMoveStart);
			map.off('move', follow);
			map.off('moveend', regroup);
			map.off('resize', regroup);
			removeHooks();
			map.remove();
		}
	};
}
