/** Runs `work` after `ms` (or later); returns how to cancel it. */
export type Later = (work: () => void, ms: number) => () => void;

const afterTimeout: Later = (work, ms) => {
	const id = setTimeout(work, ms);
	return () => clearTimeout(id);
};

/**
 * Writes the view into the URL once it has been still for `settle` ms, latest wins, and at least
 * every `maxWait` ms while it keeps changing. Playback and a held arrow key change the year up to
 * 60 times a second; SvelteKit's replaceState renders the page's root again, and one write among a
 * run of year steps cost that step's frame (issue 26). Sharing reads the view, not the URL.
 */
export class SettledWriter<T> {
	#timer: (() => void) | null = null;
	#pending: T | null = null;
	/** When the oldest value not yet written was asked for. */
	#since = 0;
	readonly #write: (value: T) => void;
	readonly #settle: number;
	readonly #maxWait: number;
	readonly #now: () => number;
	readonly #later: Later;

	/** `later` may wait longer than asked (for idle time): the write then carries the latest value. */
	constructor(
		write: (value: T) => void,
		{ settle, maxWait }: { settle: number; maxWait: number },
		now: () => number = () => performance.now(),
		later: Later = afterTimeout
	) {
		this.#write = write;
		this.#settle = settle;
		this.#maxWait = maxWait;
		this.#now = now;
		this.#later = later;
	}

	request(value: T) {
		const now = this.#now();
		if (this.#pending === null) this.#since = now;
		this.#pending = value;
		this.#timer?.();
		const wait = Math.max(0, Math.min(this.#settle, this.#since + this.#maxWait - now));
		this.#timer = this.#later(() => this.flush(), wait);
	}

	/** Writes what is pending now (and on leaving the page). */
	flush() {
		this.#timer?.();
		this.#timer = null;
		if (this.#pending === null) return;
		const value = this.#pending;
		this.#pending = null;
		this.#write(value);
	}

	cancel() {
		this.#timer?.();
		this.#timer = null;
		this.#pending = null;
	}
}
