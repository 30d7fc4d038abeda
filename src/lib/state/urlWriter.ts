/**
 * Writes the view into the URL at most every `interval` ms, latest wins: playback changes the
 * year ~6 times a second, and replaceState on every step is costly and floods history APIs.
 */
export class ThrottledWriter<T> {
	#timer: ReturnType<typeof setTimeout> | null = null;
	#lastWrite = -Infinity;
	#pending: T | null = null;
	readonly #write: (value: T) => void;
	readonly #interval: number;
	readonly #now: () => number;

	constructor(write: (value: T) => void, interval: number, now: () => number = () => performance.now()) {
		this.#write = write;
		this.#interval = interval;
		this.#now = now;
	}

	request(value: T) {
		this.#pending = value;
		if (this.#timer) return;
		const wait = Math.max(0, this.#interval - (this.#now() - this.#lastWrite));
		this.#timer = setTimeout(() => this.flush(), wait);
	}

	/** Writes what is pending now (and on leaving the page). */
	flush() {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		if (this.#pending === null) return;
		const value = this.#pending;
		this.#pending = null;
		this.#lastWrite = this.#now();
		this.#write(value);
	}

	cancel() {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#pending = null;
	}
}
