import type { PlacedLabel } from './labelPlacement';

/**
 * Read-only hooks on the map's box for the browser tests and the benchmark, the same on both
 * maps: where a place is drawn, where a pin is, and when the last change is on screen.
 */
export interface MapTestHooks {
	project(lngLat: [number, number]): { x: number; y: number } | null;
	pinScreen(id: string): { x: number; y: number } | null;
	/** The state drawn at a point of the map's box (CSS px), or null: what the stage test measures. */
	countryAt(x: number, y: number): string | null;
	/** The state names as placed, in the map's CSS px. */
	labels(): readonly PlacedLabel[];
	/** MapLibre only: the names it drew (queryRenderedFeatures), and the shown pins' boxes. */
	renderedLabels?(): string[];
	pinBoxes?(): [number, number, number, number][];
	whenDrawn(): Promise<number>;
	/**
	 * Resolves after a painted frame once nothing is left to load or draw, even when nothing changes
	 * (whenDrawn waits for the next change's frame). Defaults to whenDrawn, right where every frame is whole.
	 */
	whenSettled?(): Promise<number>;
}

type HookedElement = HTMLElement & {
	cstoProject?: MapTestHooks['project'];
	cstoPinScreen?: MapTestHooks['pinScreen'];
	cstoCountryAt?: MapTestHooks['countryAt'];
	cstoLabels?: MapTestHooks['labels'];
	cstoRenderedLabels?: MapTestHooks['renderedLabels'];
	cstoPinBoxes?: MapTestHooks['pinBoxes'];
	cstoWhenIdle?: MapTestHooks['whenDrawn'];
	cstoWhenSettled?: MapTestHooks['whenDrawn'];
};

/** Installs the hooks and the ready mark ('true' for MapLibre, 'svg' for the lite map); returns their removal. */
export function installTestHooks(host: HTMLElement, hooks: MapTestHooks, readyMark: 'true' | 'svg'): () => void {
	const el = host as HookedElement;
	el.cstoProject = hooks.project;
	el.cstoPinScreen = hooks.pinScreen;
	el.cstoCountryAt = hooks.countryAt;
	el.cstoLabels = hooks.labels;
	el.cstoRenderedLabels = hooks.renderedLabels;
	el.cstoPinBoxes = hooks.pinBoxes;
	el.cstoWhenIdle = hooks.whenDrawn;
	el.cstoWhenSettled = hooks.whenSettled ?? hooks.whenDrawn;
	el.dataset.mapReady = readyMark;
	return () => {
		delete el.cstoProject;
		delete el.cstoPinScreen;
		delete el.cstoCountryAt;
		delete el.cstoLabels;
		delete el.cstoRenderedLabels;
		delete el.cstoPinBoxes;
		delete el.cstoWhenIdle;
		delete el.cstoWhenSettled;
		delete el.dataset.mapReady;
	};
}
