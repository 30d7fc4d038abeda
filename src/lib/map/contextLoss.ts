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

/** The setters whose effect lives in feature-state, and so must be given again after a restore. */
const REMEMBERED = ['setStatuses', 'setPinVisibility', 'setSelected', 'setSelectedPlace', 'setHighlight'] as const;
type Remembered = (typeof REMEMBERED)[number];

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
			const last = new Map<Remembered, unknown[]>();
			const call = (key: Remembered, args: unknown[]) => (view[key] as (...a: unknown[]) => void)(...args);
			replay = () => {
				forget();
				// In REMEMBERED order: colours before pins, pins before the selection drawn on them.
				for (const key of REMEMBERED) if (last.has(key)) call(key, last.get(key)!);
			};
			const wrapped: MapView = { ...view };
			for (const key of REMEMBERED) {
				(wrapped[key] as (...a: unknown[]) => void) = (...args) => {
					last.set(key, args);
					if (drawable) call(key, args);
				};
			}
			return wrapped;
		}
	};
}
