/**
 * The map's lifecycle, out of the components: which map is drawn (detailed MapLibre or lite SVG)
 * and why, the reader's remembered choice, starting and stopping the detailed map (a stop may come
 * before MapLibre has even loaded), the fall-back to the lite map when WebGL is lost, the camera
 * requests and the camera the app reads back, and what both maps share on top of them: the pin
 * chooser, the dated tooltip and the pin badges. MapPanel.svelte only lays it out.
 *
 * No MapLibre import here: the detailed map's module is loaded when it starts (`loaders`), so the
 * slider, summary and table are usable before it arrives, and the class is tested without a DOM.
 */
import { untrack } from 'svelte';
import type { CameraTarget, Camera, Padding } from '$lib/geo/camera';
import type { MapRenderer, RendererEvents, ScreenPoint } from '$lib/geo/renderer';
import type { PinGroup } from '$lib/geo/pinGroups';
import type { Place } from '$lib/domain/places';
import type { MapProblem } from '$lib/domain/mapProblem';
import { chooseMapRenderer, type LiteReason, type MapRenderer as MapName, type RendererSupport } from '$lib/domain/mapRenderer';
import type { ShapesScale } from '$lib/geo/shapesUrl';

/** What the host needs of the app (AppController keeps it). */
export interface MapHostApp {
	selectCountry(iso3: string, origin: 'map'): void;
	selectPlace(id: string, origin: 'map'): void;
	setCameraSource(cameraOf: (() => Camera) | null): void;
	mapStarted(): void;
	readonly places: { readonly places: readonly Place[]; readonly byId: ReadonlyMap<string, Place>; load(): Promise<void> };
	readonly camera: { subscribe(listener: (r: { target: CameraTarget }) => void): () => void };
	readonly stage: { readonly padding: Padding };
}

/** The options the detailed map starts with (map/mapView.ts's MapViewOptions). */
export interface DetailedMapOptions extends RendererEvents {
	container: HTMLElement;
	focusIso: ReadonlySet<string>;
	places: readonly Place[];
	onContextFailure(e: Error): void;
}

/** Everything the host loads or asks the browser: injected so tests need no DOM. */
export interface MapHostLoaders {
	/** Can this browser run MapLibre, and on a GPU? (map/webgl.ts) */
	probe(): RendererSupport;
	readPreference(): MapName | null;
	savePreference(choice: MapName): void;
	/** The detailed map's module, loaded only when it starts. */
	loadDetailed(): Promise<{ createMapView(opts: DetailedMapOptions): Promise<MapRenderer> }>;
	/**
	 * Fetches a map's country shapes alongside its code rather than after it: 1:50m with MapLibre,
	 * 1:110m as soon as the lite map is chosen (not preloaded by the page: issue 26).
	 */
	prefetchShapes(scale: ShapesScale): void;
	/** Puts a map problem in the page's words (a module outside the first download). */
	problemText(): Promise<(cause: MapProblem | unknown) => string>;
	/** Fetches the chooser and the tooltip so the first hover or crowded click shows them at once. */
	prefetchOverlays(): void;
	registerServiceWorker(): void;
	/** Tells the service worker what this visit needs offline: the map chosen, and whether it was used. */
	tellServiceWorker(news: { map?: MapName; mapUsed?: boolean }): void;
	reducedMotion(): boolean;
	/** The benchmark's "JS before the map starts loading" counts up to here. */
	markStart(): void;
	warn(e: unknown): void;
}

/** Why the SVG map is drawn instead of the MapLibre one. */
export interface LiteState {
	why: LiteReason;
	/** The problem in the page's words, once its module has loaded; empty otherwise. */
	reason: string;
}

export class MapHost {
	/** The map drawing now, or null while none can draw. */
	renderer: MapRenderer | null = $state.raw(null);
	/** Why the lite map is drawn, or null while the detailed map is used. */
	lite: LiteState | null = $state(null);
	/** WebGL works here but without a GPU: the detailed map offers the way back to the lite one. */
	software = $state(false);
	/** Several pins under a click, offered in a list. */
	chooser: { ids: string[]; at: ScreenPoint } | null = $state(null);
	/** The pin under the pointer: its dated tooltip. */
	hover: { id: string; at: ScreenPoint } | null = $state(null);
	/** Pins that overlap on screen, drawn as badges. */
	groups: PinGroup[] = $state.raw([]);

	readonly #app: MapHostApp;
	readonly #load: MapHostLoaders;
	/** States named where there is room (beyond the shown year's members). */
	readonly focusIso: ReadonlySet<string>;
	readonly #onRenderer: (r: MapRenderer | null) => void;
	#stopDetailed: () => void = () => {};
	#support: RendererSupport | null = null;

	/** What the maps report: clicks, hovers, badges and being ready. */
	readonly events: RendererEvents = {
		onCountryClick: (iso) => {
			this.#mapUsed();
			this.chooser = null;
			this.#app.selectCountry(iso, 'map');
		},
		onPinsClick: (ids, at) => {
			this.#mapUsed();
			this.hover = null;
			if (ids.length > 1) this.chooser = { ids, at };
			else this.choose(ids[0]);
		},
		onPinHover: (id, at) => (this.hover = id && at ? { id, at } : null),
		onPinGroups: (g) => (this.groups = g),
		onReady: () => this.#load.registerServiceWorker()
	};

	constructor(opts: {
		app: MapHostApp;
		loaders: MapHostLoaders;
		focusIso: ReadonlySet<string>;
		/** Told whenever the drawn map changes (Export PNG and animation use it). */
		onRenderer?: (r: MapRenderer | null) => void;
	}) {
		this.#app = opts.app;
		this.#load = opts.loaders;
		this.focusIso = opts.focusIso;
		this.#onRenderer = opts.onRenderer ?? (() => {});
	}

	/** The places the chooser lists. */
	get chooserPlaces(): Place[] {
		const { chooser } = this;
		return chooser ? chooser.ids.flatMap((id) => this.#app.places.byId.get(id) ?? []) : [];
	}

	/** The place under the pointer, while no chooser is open. */
	get hoverPlace(): Place | undefined {
		return this.hover && !this.chooser ? this.#app.places.byId.get(this.hover.id) : undefined;
	}

	/** "Loading the map…" shows until a map draws or the lite one is chosen. */
	get loading(): boolean {
		return !this.renderer && !this.lite;
	}

	/** The detailed map offers the lite one where it runs without a GPU. */
	get offersLite(): boolean {
		return !!this.renderer && !this.lite && this.software;
	}

	/** The lite map offers the detailed one unless the detailed one cannot run. */
	get offersDetailed(): boolean {
		return !!this.lite && this.lite.why !== 'unavailable';
	}

	/**
	 * Asks the browser what it can draw (at mount), in a task before `start`: creating a WebGL context
	 * is the start-up's longest single call. `start` asks itself when this was skipped.
	 */
	probe(): RendererSupport {
		if (!this.#support) {
			this.#load.markStart();
			this.#support = this.#load.probe();
		}
		return this.#support;
	}

	/**
	 * Picks and starts the map for the box (at mount): without WebGL2 (or without a GPU) MapLibre is
	 * not even downloaded. Returns how to stop everything.
	 */
	start(container: () => HTMLElement): () => void {
		const support = this.probe();
		this.software = support.software;
		const choice = chooseMapRenderer(support, this.#load.readPreference());
		// The chosen map is the one to keep offline: the lite one stores no MapLibre.
		this.#load.tellServiceWorker({ map: choice.renderer });
		if (choice.renderer === 'detailed') this.#stopDetailed = this.#startDetailed(container);
		else if (support.problem) this.#showUnavailable(support.problem);
		else this.#showLite({ why: choice.why, reason: '' });
		const reducedMotion = this.#load.reducedMotion();
		const unsubscribe = this.#app.camera.subscribe(({ target }) => this.renderer?.fly(target, !reducedMotion, this.#app.stage.padding));
		return () => {
			unsubscribe();
			this.#stopDetailed();
		};
	}

	/** The reader's "Use the lite map": remembered, and the detailed map stops. */
	useLite() {
		this.#mapUsed();
		this.#load.savePreference('lite');
		this.#stopDetailed();
		this.#showLite({ why: 'chosen', reason: '' });
	}

	/** The reader's "Use the detailed map": remembered, and MapLibre starts in the same box. */
	useDetailed(container: () => HTMLElement) {
		this.#load.tellServiceWorker({ map: 'detailed', mapUsed: true });
		this.#load.savePreference('detailed');
		this.lite = null;
		this.#stopDetailed = this.#startDetailed(container);
	}

	/** A map can draw (or has gone): the app reads its camera, and a new map frames what is shown now. */
	use(r: MapRenderer | null) {
		this.renderer = r;
		this.#onRenderer(r);
		this.#app.setCameraSource(r ? () => r.camera() : null);
		this.closePopups();
		// Badges are each map's own business: it reports its groups, and none when it is destroyed.
		if (r) {
			// Announced from inside a map's effect: what the app reads to frame it is not that effect's business.
			untrack(() => this.#app.mapStarted());
			this.#load.prefetchOverlays();
		}
	}

	/** One pin chosen (a click on a lone pin, or a line of the chooser). */
	choose(id: string) {
		this.chooser = null;
		this.#app.selectPlace(id, 'map');
	}

	/** The chooser and the tooltip belong to one moment: a new year, view or selection closes them. */
	closePopups() {
		this.chooser = this.hover = null;
	}

	/** Under Save-Data the worker stores the map's files only once the reader has used the map. */
	#mapUsed() {
		this.#load.tellServiceWorker({ mapUsed: true });
	}

	/** Starts the MapLibre map; returns how to stop it, even before it has loaded. */
	#startDetailed(container: () => HTMLElement): () => void {
		let stopped = false;
		let view: MapRenderer | null = null;
		const stop = () => {
			stopped = true;
			view?.destroy();
			view = null;
			this.use(null);
		};
		this.#load.prefetchShapes('50m');
		Promise.all([this.#load.loadDetailed(), this.#app.places.load().catch(() => undefined)])
			.then(([{ createMapView }]) =>
				stopped
					? null
					: createMapView({
							...this.events,
							container: container(),
							focusIso: this.focusIso,
							places: this.#app.places.places,
							onContextFailure: () => {
								stop();
								this.#showUnavailable('context-lost');
							}
						})
			)
			.then((v) => {
				if (!v) return;
				view = v;
				if (stopped) v.destroy();
				else this.use(v);
			})
			.catch((e: unknown) => {
				// Whatever stopped MapLibre, the SVG map may still work (it fails on its own if the shapes do not load).
				// The reason in the page's language; the browser's own (English) message goes to the console.
				this.#load.warn(e);
				if (!stopped) this.#showUnavailable(e);
			});
		return stop;
	}

	/** The lite map, and why the detailed one cannot run, in the page's words once they have loaded. */
	#showUnavailable(cause: MapProblem | unknown) {
		this.#showLite({ why: 'unavailable', reason: '' });
		this.#load.tellServiceWorker({ map: 'lite' });
		void this.#load.problemText().then((reasonOf) => {
			if (this.lite?.why === 'unavailable') this.lite = { ...this.lite, reason: reasonOf(cause) };
		});
	}

	/** The lite map is drawn: its shapes are fetched while its code loads. */
	#showLite(lite: LiteState) {
		this.#load.prefetchShapes('110m');
		this.lite = lite;
	}
}
