/**
 * How long a change waits before it is shown: `delayMs` (it shows if no other change comes by
 * then), or 0 with `leading` when the last change came at least `delayMs` ago.
 */
export function lagFor(now: number, lastChange: number, delayMs: number, leading: boolean): number {
	return leading && now - lastChange >= delayMs ? 0 : delayMs;
}

/**
 * A value that follows another after it has been still for a moment. The side panel's lists
 * read the year's pins through it: while the slider moves or plays, a step touches only the map,
 * the counts and the summary, and the lists catch up once the year settles.
 */
export class Lagging<T> {
	#value: T = $state.raw() as T;

	/**
	 * `leading`: a change after a still moment shows at once, and only a run of quick changes (a held
	 * key, a drag) waits for the end of the run. The summary does this: a step or playback updates it in
	 * the step's frame, and scrubbing leaves the frames to the map (issue 26).
	 */
	constructor(source: () => T, delayMs: number, leading = false) {
		let shown = (this.#value = source());
		/** When the source last changed. */
		let last = -Infinity;
		const show = (next: T) => (this.#value = shown = next);
		$effect(() => {
			const next = source();
			if (next === shown) return;
			const now = performance.now();
			const wait = lagFor(now, last, delayMs, leading);
			last = now;
			if (wait === 0) return void show(next);
			const timer = setTimeout(() => show(next), wait);
			return () => clearTimeout(timer);
		});
	}

	get value(): T {
		return this.#value;
	}
}
