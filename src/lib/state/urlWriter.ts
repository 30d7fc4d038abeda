/** Runs `work` after `ms` (or later); returns how to cancel it. */
export type Later = (work: () => void, ms: number) => () => void;

const afterTimeout: Later = (work, ms) => {
	const id = setTimeout(work, ms);
	return () => clearTimeout(id);
};

/**
 * Writes the view into the URL at most every `interval` ms, latest wins: playback changes the
 * year ~6 times a second, and replaceState on every step is costly and floods history APIs.
 */
export class ThrottledWriter<T> {
	#timer: (() => void) | null = null;
	#lastWrite = -Infinity;
	#pending: T | null = null;
	readonly #write: (value: T) => void;
	readonly #interval: number;
	readonly #now: () => number;
	readonly #later: Later;

	/** `later` may wait longer than asked (for idle time): the write then carries the latest value. */
	constructor(write: (value: T) => void, interval: number, now: () => number = () => performance.now(), later: Later = afterTimeout) {
		this.#write = write;
		this.#interval = interval;
		this.#now = now;
		this.#later = later;
	}

	request(value: T) {
		this.#pending = value;
		if (this.#timer) return;
		const wait = Math.max(0, this.#interval - (this.#now() - this.#lastWrite));
		this.#timer = this.#later(() => this.flush(), wait);
	}

	/** Writes what is pending now (and on leaving the page). */
	flush() {
		this.#timer?.();
		this.#timer = null;
		if (this.#pending === null) return;
		const value = this.#pending;
		this.#pending = null;
		this.#lastWrite = this.#now();
		this.#write(value);
	}

	cancel() {
		this.#timer?.();
		this.#timer = null;
		this.#pending = null;
	}
}
