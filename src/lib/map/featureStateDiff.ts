/**
 * Feature-state, set only where it changed (after svelte-maplibre's JoinedData): a year step
 * recolours the states whose status changed and touches the pins whose visibility changed.
 */

/** Remembers what was applied per key; `update` applies only the differences. */
export class FeatureStateDiff<V> {
	#applied = new Map<string, V>();
	readonly #apply: (key: string, value: V) => boolean;

	/** `apply` sets one key's state on the map; it returns false for keys the map does not have. */
	constructor(
		apply: (key: string, value: V) => boolean,
		readonly fallback?: V
	) {
		this.#apply = apply;
	}

	/** Applies the values that differ from the applied ones; returns how many were set. */
	update(next: ReadonlyMap<string, V>): number {
		let changed = 0;
		for (const [key, value] of next) {
			if ((this.#applied.get(key) ?? this.fallback) === value) continue;
			if (!this.#apply(key, value)) continue;
			this.#applied.set(key, value);
			changed++;
		}
		return changed;
	}

	get(key: string): V | undefined {
		return this.#applied.get(key) ?? this.fallback;
	}

	/** After a lost context: the map has none of the applied state any more. */
	forget() {
		this.#applied.clear();
	}
}

/** The features marked by one feature-state (selected, highlighted): marking a new set unmarks the old. */
export class MarkedFeatures {
	#on = new Set<string>();
	readonly #apply: (key: string, on: boolean) => void;

	constructor(apply: (key: string, on: boolean) => void) {
		this.#apply = apply;
	}

	set(keys: Iterable<string>) {
		const next = new Set(keys);
		for (const k of this.#on) if (!next.has(k)) this.#apply(k, false);
		for (const k of next) if (!this.#on.has(k)) this.#apply(k, true);
		this.#on = next;
	}

	has(key: string): boolean {
		return this.#on.has(key);
	}

	forget() {
		this.#on = new Set();
	}
}

/**
 * Runs `flush` once, after the frame that is about to be painted: on software WebGL a map frame
 * costs 100+ ms, and it must not hold back the slider and summary showing the new year. Requests
 * within one frame coalesce.
 */
export function afterPaintScheduler(flush: () => void): { schedule(): void; cancel(): void } {
	let frame = 0;
	let timer: ReturnType<typeof setTimeout> | 0 = 0;
	return {
		schedule() {
			if (frame || timer) return;
			frame = requestAnimationFrame(() => {
				frame = 0;
				timer = setTimeout(() => {
					timer = 0;
					flush();
				}, 0);
			});
		},
		cancel() {
			if (frame) cancelAnimationFrame(frame);
			if (timer) clearTimeout(timer);
			frame = 0;
			timer = 0;
		}
	};
}
