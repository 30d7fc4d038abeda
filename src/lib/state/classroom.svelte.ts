/**
 * Classroom modes, each a small runes class: the guided tour, the quiz, and presenter mode.
 * They hold only their own state; the page applies them to the atlas and the map.
 */
import type { TourStep } from '$lib/data/schema';

export class TourState {
	#steps: () => readonly TourStep[];
	#index = $state<number | null>(null);

	/** Steps come from a getter: the tour arrives with the places, after the first paint. */
	constructor(steps: () => readonly TourStep[]) {
		this.#steps = steps;
	}
	get steps() {
		return this.#steps();
	}
	get active() {
		return this.#index !== null;
	}
	get index() {
		return this.#index;
	}
	get step(): TourStep | null {
		return this.#index === null ? null : (this.steps[this.#index] ?? null);
	}
	start(index = 0) {
		if (!this.steps.length) return;
		this.#index = Math.min(this.steps.length - 1, Math.max(0, Math.floor(index)));
	}
	next() {
		if (this.#index !== null && this.#index < this.steps.length - 1) this.#index += 1;
	}
	prev() {
		if (this.#index !== null && this.#index > 0) this.#index -= 1;
	}
	exit() {
		this.#index = null;
	}
}

export class QuizState {
	#year = $state<number | null>(null);
	#picks = $state<ReadonlySet<string>>(new Set());
	#revealed = $state(false);

	get active() {
		return this.#year !== null;
	}
	get year() {
		return this.#year;
	}
	get picks() {
		return this.#picks;
	}
	get revealed() {
		return this.#revealed;
	}
	start(year: number) {
		this.#year = year;
		this.#picks = new Set();
		this.#revealed = false;
	}
	toggle(iso3: string) {
		if (this.#revealed) return;
		const next = new Set(this.#picks);
		if (next.has(iso3)) next.delete(iso3);
		else next.add(iso3);
		this.#picks = next;
	}
	reveal() {
		this.#revealed = true;
	}
	exit() {
		this.#year = null;
		this.#picks = new Set();
		this.#revealed = false;
	}
}

/** Presenter mode: projector theme, large type, minimal chrome, and fullscreen where allowed. */
export class PresenterState {
	#on = $state(false);
	/** Our own fullscreen requests still in flight: their late change events must not undo a newer toggle. */
	#pending = 0;

	get on() {
		return this.#on;
	}
	async enter() {
		this.#on = true;
		if (document.fullscreenElement || !document.documentElement.requestFullscreen) return;
		await this.#transition(() => document.documentElement.requestFullscreen());
	}
	async exit() {
		this.#on = false;
		if (!document.fullscreenElement) return;
		await this.#transition(() => document.exitFullscreen());
	}
	toggle() {
		return this.#on ? this.exit() : this.enter();
	}
	/** Leaving fullscreen with the browser's own Escape also leaves presenter mode. */
	onFullscreenChange() {
		if (this.#pending === 0 && !document.fullscreenElement && this.#on) this.#on = false;
	}
	async #transition(request: () => Promise<void>) {
		this.#pending++;
		try {
			await request();
		} catch {
			// Fullscreen can be refused (iframes, some kiosks): the projector theme still applies.
		} finally {
			// The change event is dispatched before the promise settles; wait one more task to be safe.
			setTimeout(() => this.#pending--, 0);
		}
	}
}
