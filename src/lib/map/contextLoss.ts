/**
 * A lost WebGL context (a GPU reset, a driver update, a laptop waking up, too many maps in other
 * tabs). MapLibre 6 throws its style away on 'webglcontextlost' and rebuilds it from a snapshot
 * on 'webglcontextrestored': sources, layers and added images (our pin symbols) come back, but
 * feature-state does not, and feature-state is where the year's colours, the pins shown, the
 * selection and the tour highlights live. So the view remembers the latest value given to each
 * of those setters and gives it again once the rebuilt style has loaded.
 */
import type * as maplibregl from 'maplibre-gl';
import type { MapView } from './mapView';

export interface ContextGuard {
	/** False from a context loss until the rebuilt style has loaded: feature-state cannot be set then. */
	readonly drawable: boolean;
	/**
	 * The view whose state setters are remembered, held back while the context is lost, and
	 * replayed after a restore. `forget` must clear the view's record of what it has applied.
	 */
	wrap(view: MapView, forget: () => void): MapView;
}

const RESTORE_WAIT_MS = 10_000;

export function guardContext(map: maplibregl.Map, onFailure: (e: Error) => void): ContextGuard {
	let drawable = true;
	let replay = () => {};
	let waiting: ReturnType<typeof setTimeout> | undefined;
	// A browser that dropped the context for good (too many live contexts) never restores it:
	// after a while on a visible page, give up and let the app draw the SVG map instead.
	const giveUpLater = () => {
		waiting = setTimeout(() => {
			if (document.visibilityState === 'hidden') giveUpLater();
			else onFailure(new Error('the WebGL context was lost and not restored'));
		}, RESTORE_WAIT_MS);
	};
	map.on('webglcontextlost', () => {
		drawable = false;
		clearTimeout(waiting);
		giveUpLater();
	});
	map.on('webglcontextrestored', () => {
		clearTimeout(waiting);
		// The snapshot style loads on a later frame; setting feature-state before that throws.
		map.once('style.load', () => {
			drawable = true;
			replay();
		});
	});
	// MapLibre reports a context that could not be re-created as an 'error' event.
	map.on('error', (e) => {
		if (e.error instanceof Error && e.error.name === 'GPUInitializationError') {
			clearTimeout(waiting);
			onFailure(e.error);
		}
	});
	map.once('remove', () => clearTimeout(waiting));

	return {
		get drawable() {
			return drawable;
		},
		wrap(view, forget) {
			type Args<K extends keyof MapView> = MapView[K] extends (...a: infer A) => unknown ? A : never;
			let statuses: Args<'setStatuses'> | null = null;
			let pins: Args<'setPinVisibility'> | null = null;
			let selected: Args<'setSelected'> | null = null;
			let place: Args<'setSelectedPlace'> | null = null;
			let highlight: Args<'setHighlight'> | null = null;
			replay = () => {
				forget();
				if (statuses) view.setStatuses(...statuses);
				if (pins) view.setPinVisibility(...pins);
				if (selected) view.setSelected(...selected);
				if (place) view.setSelectedPlace(...place);
				if (highlight) view.setHighlight(...highlight);
			};
			return {
				...view,
				setStatuses: (...a) => {
					statuses = a;
					if (drawable) view.setStatuses(...a);
				},
				setPinVisibility: (...a) => {
					pins = a;
					if (drawable) view.setPinVisibility(...a);
				},
				setSelected: (...a) => {
					selected = a;
					if (drawable) view.setSelected(...a);
				},
				setSelectedPlace: (...a) => {
					place = a;
					if (drawable) view.setSelectedPlace(...a);
				},
				setHighlight: (...a) => {
					highlight = a;
					if (drawable) view.setHighlight(...a);
				}
			};
		}
	};
}
