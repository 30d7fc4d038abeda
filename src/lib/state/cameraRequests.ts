/**
 * Camera moves are commands, not state: a request is sent once, with where it came from, to the
 * map that is drawn now. Nothing lingers, so a map started later never replays an old move.
 */
import type { CameraTarget } from '$lib/geo/camera';

/** Who asked: a click on the map itself never moves the map. */
export type CameraOrigin = 'tour' | 'search' | 'list' | 'restore' | 'control';

export interface CameraRequest {
	target: CameraTarget;
	origin: CameraOrigin;
}

export class CameraRequests {
	#listeners = new Set<(r: CameraRequest) => void>();

	request(target: CameraTarget, origin: CameraOrigin) {
		for (const listener of this.#listeners) listener({ target, origin });
	}

	/** Returns how to unsubscribe. */
	subscribe(listener: (r: CameraRequest) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}
}
