/**
 * A lost WebGL context (a GPU reset, a driver update, a laptop waking up, too many maps in other
 * tabs). MapLibre 6 throws its style away on 'webglcontextlost' and rebuilds it from a snapshot
 * on 'webglcontextrestored': sources, layers and added images (our pin symbols) come back, but
 * feature-state does not, and feature-state is where the year's colours, the pins shown, the
 * selection and the tour highlights live. So once the rebuilt style has loaded, the view forgets
 * what it had applied and draws its last scene again (`onRestored`).
 */
import type * as maplibregl from 'maplibre-gl';

export interface ContextGuard {
	/** False from a context loss until the rebuilt style has loaded: feature-state cannot be set then. */
	readonly drawable: boolean;
}

const RESTORE_WAIT_MS = 10_000;

export function guardContext(map: maplibregl.Map, onFailure: (e: Error) => void, onRestored: () => void): ContextGuard {
	let drawable = true;
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
			onRestored();
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
		}
	};
}
