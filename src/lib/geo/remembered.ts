/**
 * The last few results of a costly function, by key (issue 26): stepping through the years comes
 * back to the same inputs again and again. The most recently used are kept; beyond `size` the
 * oldest is forgotten.
 */
export class Remembered<T> {
	readonly #results = new Map<string, T>();
	constructor(readonly size: number) {}

	/** The result remembered for `key`, or `make`'s, remembered from now on. */
	get(key: string, make: () => T): T {
		const known = this.#results.get(key);
		if (known !== undefined) {
			// Most recently used last, so the oldest is the one forgotten.
			this.#results.delete(key);
			this.#results.set(key, known);
			return known;
		}
		const made = make();
		this.#results.set(key, made);
		if (this.#results.size > this.size) this.#results.delete(this.#results.keys().next().value as string);
		return made;
	}

	has(key: string): boolean {
		return this.#results.has(key);
	}

	clear() {
		this.#results.clear();
	}
}
