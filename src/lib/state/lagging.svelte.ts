/**
 * A value that follows another after it has been still for a moment. The side panel's lists
 * read the year's pins through it: while the slider moves or plays, a step touches only the map,
 * the counts and the summary, and the lists catch up once the year settles.
 */
export class Lagging<T> {
	#value: T = $state.raw() as T;

	constructor(source: () => T, delayMs: number) {
		this.#value = source();
		$effect(() => {
			const next = source();
			const timer = setTimeout(() => (this.#value = next), delayMs);
			return () => clearTimeout(timer);
		});
	}

	get value(): T {
		return this.#value;
	}
}
