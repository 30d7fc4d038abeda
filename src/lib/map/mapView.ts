/**
 * Every MapLibre call of the app lives in this folder. The view is imperative and small:
 * the app hands it plain values (statuses, selection) and it diffs them into feature-state.
 */
import * as maplibregl from 'maplibre-gl';
// MapLibre's stylesheet (70 KB) is linked only when the detailed map starts. Imported as CSS,
// SvelteKit may link it from the page itself, where it would hold up the first paint and load
// for the lite map too.
import maplibreCssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import fontRegularUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import fontBoldUrl from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import { buildGeography, loadTopology, type Geography } from './geography';
import { buildStyle, labelTextSize, pinLayers, territoryLayers, LAYER, SOURCE, PIN_LAYER, SELECTED_RING, HATCH, TERRITORY_LAYER } from './style';
import { drawPinIcons, drawSelectedRing, drawHatch, HATCH_COLOR, PIN_PIXEL_RATIO } from './pinIcons';
import { guardContext } from './contextLoss';
import { spreadOffsets } from '$lib/domain/spread';
import type { Place, Visibility } from '$lib/domain/places';
import { formatPartialDate } from '$lib/domain/dates';
import type { Status } from '$lib/domain/status';
export type { Status };

const absolute = (url: string) => new URL(url, document.baseURI).href;

/** The page's text scale: the root font size grows on 4K screens and in presenter mode. */
const pageTextScale = () => parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1;

/** Tour cameras are framed for a map of about 1000×650 px; other sizes zoom to show the same area. */
const FRAMED_FOR = { width: 1000, height: 650 };

export interface MapViewOptions {
	container: HTMLElement;
	focusIso: ReadonlySet<string>;
	places: readonly Place[];
	/** Called with the ISO code of a clicked state. */
	onSelect: (iso3: string) => void;
	/** Called with the id of a clicked pin. */
	onSelectPlace: (id: string) => void;
	reducedMotion: boolean;
	/** Called when a lost WebGL context cannot be brought back: the app then draws the SVG map. */
	onContextFailure?: (e: Error) => void;
}

export type { MapFill } from '$lib/palette';
import type { MapFill } from '$lib/palette';

export interface Camera {
	center: [number, number];
	zoom: number;
}

export interface MapView {
	/** Recolour: only states whose fill differs from the last call are touched, once per frame. */
	setStatuses(statuses: ReadonlyMap<string, MapFill>): void;
	/** Tour highlights: outlined states and ringed pins. */
	setHighlight(countries: readonly string[], places: readonly string[]): void;
	flyTo(camera: Camera): void;
	/** The drawn map as a canvas (for "Export PNG"). */
	snapshot(): HTMLCanvasElement;
	resize(): void;
	setSelected(iso3: string | null): void;
	flyToCountry(iso3: string): void;
	/** Show, dim or hide pins: only pins whose visibility changed are touched, once per frame. */
	setPinVisibility(vis: ReadonlyMap<string, Visibility>): void;
	setSelectedPlace(id: string | null): void;
	flyToPlace(id: string): void;
	/** Resolves after the next frame has been drawn (for tests and benchmarks). */
	whenRendered(): Promise<void>;
	destroy(): void;
}

export async function createMapView(opts: MapViewOptions): Promise<MapView> {
	maplibregl.setWorkerUrl(absolute(workerUrl));
	// Start the worker now, so it loads while the country shapes are decoded.
	maplibregl.prewarm();
	const stylesheet = linkStylesheet(absolute(maplibreCssUrl));
	const geo: Geography = buildGeography(await loadTopology(), opts.focusIso);
	await stylesheet;

	const map = new maplibregl.Map({
		container: opts.container,
		style: buildStyle(geo, { regular: absolute(fontRegularUrl), bold: absolute(fontBoldUrl) }, pageTextScale()),
		// The treaty's states, from the Baltic to the Pamirs; the rest of the world is a pan away.
		bounds: [
			[21, 36],
			[92, 61]
		],
		fitBoundsOptions: { padding: 20 },
		minZoom: 0.6,
		maxZoom: 8,
		attributionControl: false,
		// Needed so "Export PNG" and tests can read the pixels back.
		canvasContextAttributes: { preserveDrawingBuffer: true },
		fadeDuration: 0
	});
	const context = guardContext(map, (e) => opts.onContextFailure?.(e));
	map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
	map.addControl(
		new maplibregl.AttributionControl({ compact: true, customAttribution: 'Borders: Natural Earth via visionscarto' }),
		'bottom-right'
	);
	map.getCanvas().setAttribute('aria-label', 'Map of CSTO membership. The table tab gives the same information as text.');

	await new Promise<void>((resolve) => map.once('load', () => resolve()));

	// Labels follow the page's text size when it changes (presenter mode, a window moved to a 4K screen).
	let textScale = pageTextScale();
	map.on('resize', () => {
		const scale = pageTextScale();
		if (Math.abs(scale - textScale) < 0.01) return;
		textScale = scale;
		map.setLayoutProperty(LAYER.labelFocus, 'text-size', labelTextSize(0, scale));
		map.setLayoutProperty(LAYER.label, 'text-size', labelTextSize(1, scale));
	});

	// Pins: symbols drawn locally, one GeoJSON source, visibility through feature-state.
	for (const [symbol, image] of drawPinIcons()) map.addImage(symbol, image, { pixelRatio: PIN_PIXEL_RATIO });
	map.addImage(SELECTED_RING, drawSelectedRing(), { pixelRatio: PIN_PIXEL_RATIO });
	map.addImage(HATCH, drawHatch(), { pixelRatio: PIN_PIXEL_RATIO });
	const pinPlaces = opts.places.filter((p) => p.category !== 'territory');
	const territories = opts.places.filter((p) => p.category === 'territory' && p.polygon);
	const offsets = spreadOffsets(pinPlaces.map((p) => ({ id: p.id, lon: p.location.lon, lat: p.location.lat })));
	const placeNum = new Map<string, number>();
	const placeByNum = new Map<number, Place>();
	const ORDER = { facility: 0, conflict: 1, event: 2, territory: 0 } as const;
	map.addSource(SOURCE.territories, {
		type: 'geojson',
		data: {
			type: 'FeatureCollection',
			features: territories.map((p, i) => {
				const id = pinPlaces.length + i + 1;
				placeNum.set(p.id, id);
				placeByNum.set(id, p);
				const ring = [...p.polygon!, p.polygon![0]];
				return { type: 'Feature' as const, id, properties: {}, geometry: { type: 'Polygon' as const, coordinates: [ring] } };
			})
		}
	});
	for (const layer of territoryLayers(HATCH_COLOR)) map.addLayer(layer, LAYER.labelFocus);
	const sourceOf = (p: Place) => (p.category === 'territory' ? SOURCE.territories : SOURCE.places);
	map.addSource(SOURCE.places, {
		type: 'geojson',
		data: {
			type: 'FeatureCollection',
			features: pinPlaces.map((p, i) => {
				placeNum.set(p.id, i + 1);
				placeByNum.set(i + 1, p);
				return {
					type: 'Feature' as const,
					id: i + 1,
					properties: { symbol: p.symbol, offset: offsets.get(p.id) ?? [0, 0], order: ORDER[p.category] },
					geometry: { type: 'Point' as const, coordinates: [p.location.lon, p.location.lat] }
				};
			})
		}
	});
	for (const layer of pinLayers(1)) map.addLayer(layer);
	const appliedVis = new Map<string, Visibility>();
	let pendingVis: ReadonlyMap<string, Visibility> | null = null;
	let selectedPlace: string | null = null;
	const tooltip = new maplibregl.Popup({ closeButton: false, closeOnClick: false, className: 'pin-tooltip', offset: 14 });

	/** Visible pins under a point, topmost first: hidden pins keep their place but must not catch clicks. */
	const pinsAt = (point: maplibregl.Point, pad = 0): Place[] => {
		const box: [maplibregl.PointLike, maplibregl.PointLike] = [
			[point.x - pad, point.y - pad],
			[point.x + pad, point.y + pad]
		];
		const seen = new Set<string>();
		const out: Place[] = [];
		for (const hit of map.queryRenderedFeatures(box, { layers: [PIN_LAYER.pins] }).reverse()) {
			const place = placeByNum.get(Number(hit.id));
			if (!place || seen.has(place.id) || (appliedVis.get(place.id) ?? 'hidden') === 'hidden') continue;
			seen.add(place.id);
			out.push(place);
		}
		return out;
	};
	const pinAt = (point: maplibregl.Point): Place | null => pinsAt(point)[0] ?? null;

	// Where pins overlap, a click lists them all. Built from DOM nodes with textContent only.
	const chooser = new maplibregl.Popup({ closeButton: true, closeOnClick: true, className: 'pin-chooser', maxWidth: '320px' });
	const openChooser = (lngLat: maplibregl.LngLat, choices: Place[]) => {
		const wrap = document.createElement('div');
		const title = document.createElement('p');
		title.className = 'pin-chooser-title';
		title.textContent = `${choices.length} places here:`;
		const list = document.createElement('ul');
		list.setAttribute('aria-label', 'Places at this spot');
		for (const p of choices) {
			const li = document.createElement('li');
			const b = document.createElement('button');
			b.type = 'button';
			b.textContent = p.name;
			b.dataset.place = p.id;
			b.addEventListener('click', () => {
				chooser.remove();
				opts.onSelectPlace(p.id);
			});
			li.append(b);
			list.append(li);
		}
		wrap.append(title, list);
		chooser.setLngLat(lngLat).setDOMContent(wrap).addTo(map);
		list.querySelector('button')?.focus();
	};

	// Applied statuses, and the latest requested ones waiting for the next frame.
	const applied = new Map<string, MapFill>();
	let pending: ReadonlyMap<string, MapFill> | null = null;
	let highlighted: { countries: number[]; places: number[] } = { countries: [], places: [] };
	let frame = 0;
	let selected: string | null = null;
	let hovered: number | null = null;

	const flush = () => {
		frame = 0;
		if (!context.drawable) return;
		if (pendingVis) {
			const nextVis = pendingVis;
			pendingVis = null;
			for (const [id, v] of nextVis) {
				if ((appliedVis.get(id) ?? 'hidden') === v) continue;
				const num = placeNum.get(id);
				const place = placeByNum.get(num ?? -1);
				if (num === undefined || !place) continue;
				map.setFeatureState({ source: sourceOf(place), id: num }, { vis: v });
				appliedVis.set(id, v);
			}
		}
		if (pending) {
			const next = pending;
			pending = null;
			for (const [iso, status] of next) {
				if (applied.get(iso) === status) continue;
				const id = geo.idByIso.get(iso);
				if (id === undefined) continue;
				map.setFeatureState({ source: SOURCE.countries, id }, { status });
				applied.set(iso, status);
			}
			if (firstColours) {
				firstColours = false;
				map.once('idle', () => performance.mark('atlas-map-ready'));
			}
		}
	};

	/**
	 * Map updates wait until the frame that shows the new year in the slider, title and summary
	 * has been painted: on software WebGL a map frame costs 100+ ms of GPU time, and it must not
	 * hold back the response to the key press. Changes within one frame coalesce; latest wins.
	 */
	let timer: ReturnType<typeof setTimeout> | 0 = 0;
	const schedule = () => {
		if (frame || timer) return;
		frame = requestAnimationFrame(() => {
			frame = 0;
			timer = setTimeout(() => {
				timer = 0;
				flush();
			}, 0);
		});
	};

	const onClick = (e: maplibregl.MapMouseEvent) => {
		if (!context.drawable) return;
		const under = pinsAt(e.point);
		if (under.length) {
			// Pins whose symbols overlap the clicked one are offered together.
			const near = pinsAt(e.point, 9);
			if (near.length > 1) openChooser(e.lngLat, near);
			else opts.onSelectPlace(under[0].id);
			return;
		}
		const territory = map
			.queryRenderedFeatures(e.point, { layers: [TERRITORY_LAYER.hatch] })
			.map((t) => placeByNum.get(Number(t.id)))
			.find((p) => p && appliedVis.get(p.id) === 'active');
		if (territory) {
			opts.onSelectPlace(territory.id);
			return;
		}
		const f = map.queryRenderedFeatures(e.point, { layers: [LAYER.fill] })[0];
		const iso = f ? geo.isoById.get(Number(f.id)) : undefined;
		if (iso) opts.onSelect(iso);
	};
	const setHover = (id: number | null) => {
		if (hovered === id) return;
		if (hovered !== null) map.setFeatureState({ source: SOURCE.countries, id: hovered }, { hover: false });
		hovered = id;
		if (id !== null) map.setFeatureState({ source: SOURCE.countries, id }, { hover: true });
		map.getCanvas().style.cursor = id === null ? '' : 'pointer';
	};
	const onMove = (e: maplibregl.MapMouseEvent) => {
		if (!context.drawable) return;
		const place = pinAt(e.point);
		if (place) {
			setHover(null);
			map.getCanvas().style.cursor = 'pointer';
			// Text only: data is never rendered as HTML.
			const dates = place.end === place.start ? formatPartialDate(place.start) : `${formatPartialDate(place.start)} – ${place.end ? formatPartialDate(place.end) : 'today'}`;
			tooltip.setLngLat([place.location.lon, place.location.lat]).setText(`${place.name} (${dates})`).addTo(map);
			return;
		}
		tooltip.remove();
		const f = map.queryRenderedFeatures(e.point, { layers: [LAYER.fill] })[0];
		setHover(f ? Number(f.id) : null);
	};
	const onLeave = () => {
		setHover(null);
		tooltip.remove();
	};
	map.on('click', onClick);
	map.on('mousemove', onMove);
	map.on('mouseout', onLeave);

	const container = opts.container;
	// A read-only hook for the browser tests: where on screen a place is drawn.
	(container as HTMLElement & { cstoProject?: (lngLat: [number, number]) => { x: number; y: number } }).cstoProject = (
		lngLat
	) => {
		const p = map.project(lngLat);
		return { x: p.x, y: p.y };
	};
	(container as HTMLElement & { cstoPinScreen?: (id: string) => { x: number; y: number } | null }).cstoPinScreen = (id) => {
		const p = opts.places.find((x) => x.id === id);
		if (!p) return null;
		const pt = map.project([p.location.lon, p.location.lat]);
		const [dx, dy] = offsets.get(id) ?? [0, 0];
		const scale = (map.getZoom() <= 1 ? 0.75 : map.getZoom() >= 5 ? 1.1 : 0.75 + ((map.getZoom() - 1) / 4) * 0.35);
		return { x: pt.x + dx * scale, y: pt.y + dy * scale };
	};
	// For the benchmark: resolves when the map has finished drawing what it was last given.
	(container as HTMLElement & { cstoWhenIdle?: () => Promise<number> }).cstoWhenIdle = () =>
		new Promise((resolve) => map.once('idle', () => resolve(performance.now())));
	container.dataset.mapReady = 'true';
	// "Map drawn" for the benchmark: the first frame that shows the statuses, not the bare style.
	let firstColours = true;

	const view: MapView = {
		setStatuses(statuses) {
			pending = statuses;
			schedule();
		},
		setSelected(iso3) {
			if (selected === iso3) return;
			const prev = selected ? geo.idByIso.get(selected) : undefined;
			if (prev !== undefined) map.setFeatureState({ source: SOURCE.countries, id: prev }, { selected: false });
			selected = iso3;
			const id = iso3 ? geo.idByIso.get(iso3) : undefined;
			if (id !== undefined) map.setFeatureState({ source: SOURCE.countries, id }, { selected: true });
		},
		flyToCountry(iso3) {
			const box = geo.bboxByIso.get(iso3);
			if (!box) return;
			const opts2 = { padding: 80, maxZoom: 4.2 };
			if (opts.reducedMotion) map.fitBounds(box, { ...opts2, animate: false });
			else map.fitBounds(box, { ...opts2, duration: 900 });
		},
		setHighlight(countries, places) {
			for (const id of highlighted.countries) map.setFeatureState({ source: SOURCE.countries, id }, { highlight: false });
			for (const id of highlighted.places) map.setFeatureState({ source: sourceOf(placeByNum.get(id)!), id }, { selected: id === (selectedPlace ? placeNum.get(selectedPlace) : -1) });
			highlighted = {
				countries: countries.map((c) => geo.idByIso.get(c)).filter((x): x is number => x !== undefined),
				places: places.map((p) => placeNum.get(p)).filter((x): x is number => x !== undefined)
			};
			for (const id of highlighted.countries) map.setFeatureState({ source: SOURCE.countries, id }, { highlight: true });
			for (const id of highlighted.places) map.setFeatureState({ source: sourceOf(placeByNum.get(id)!), id }, { selected: true });
		},
		flyTo(camera) {
			const c = map.getContainer();
			const fit = Math.min(c.clientWidth / FRAMED_FOR.width, c.clientHeight / FRAMED_FOR.height);
			const framed = { ...camera, zoom: camera.zoom + Math.log2(Math.max(0.25, fit)) };
			if (opts.reducedMotion) map.jumpTo(framed);
			else map.flyTo({ ...framed, duration: 1400, essential: false });
		},
		snapshot() {
			// preserveDrawingBuffer keeps the last frame readable.
			return map.getCanvas();
		},
		resize() {
			map.resize();
		},
		setPinVisibility(vis) {
			pendingVis = vis;
			schedule();
		},
		setSelectedPlace(id) {
			if (selectedPlace === id) return;
			const prev = selectedPlace ? placeNum.get(selectedPlace) : undefined;
			if (prev !== undefined) map.setFeatureState({ source: sourceOf(placeByNum.get(prev)!), id: prev }, { selected: false });
			selectedPlace = id;
			const num = id ? placeNum.get(id) : undefined;
			if (num !== undefined) map.setFeatureState({ source: sourceOf(placeByNum.get(num)!), id: num }, { selected: true });
		},
		flyToPlace(id) {
			const p = opts.places.find((x) => x.id === id);
			if (!p) return;
			const zoom = Math.max(map.getZoom(), p.location.precision === 'region' ? 4 : 5);
			if (opts.reducedMotion) map.jumpTo({ center: [p.location.lon, p.location.lat], zoom });
			else map.flyTo({ center: [p.location.lon, p.location.lat], zoom, duration: 900 });
		},
		whenRendered() {
			return new Promise((resolve) => {
				map.once('render', () => requestAnimationFrame(() => resolve()));
				map.triggerRepaint();
			});
		},
		destroy() {
			if (frame) cancelAnimationFrame(frame);
			if (timer) clearTimeout(timer);
			map.off('click', onClick);
			map.off('mousemove', onMove);
			map.off('mouseout', onLeave);
			tooltip.remove();
			chooser.remove();
			delete container.dataset.mapReady;
			map.remove();
		}
	};
	// After a restored WebGL context everything set through feature-state is applied afresh.
	return context.wrap(view, () => {
		applied.clear();
		appliedVis.clear();
		highlighted = { countries: [], places: [] };
		selected = selectedPlace = hovered = null;
	});
}

/** Adds a stylesheet link once; resolves when it has loaded (or failed: the map still works unstyled). */
function linkStylesheet(href: string): Promise<void> {
	if (document.querySelector(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`)) return Promise.resolve();
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = href;
	const loaded = new Promise<void>((resolve) => {
		link.onload = link.onerror = () => resolve();
	});
	document.head.append(link);
	return loaded;
}
