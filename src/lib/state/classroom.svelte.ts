/**
 * Classroom modes, each a small runes class: the guided tour, the quiz, and presenter mode.
 * They hold only their own state; the app controller (app.svelte.ts) applies them.
 */
import type { LessonStep } from '$lib/data/lessonSchema';

export class TourState {
	#steps: () => readonly LessonStep[];
	#onStep: (step: LessonStep) => void;
	#index = $state<number | null>(null);
	#finished = $state(false);

	/**
	 * Steps come from a getter: the tour arrives with the places, after the first paint.
	 * `onStep` applies a step when it is entered: called by the move itself, not by an effect.
	 */
	constructor(steps: () => readonly LessonStep[], onStep: (step: LessonStep) => void = () => {}) {
		this.#steps = steps;
		this.#onStep = onStep;
	}
	#go(index: number) {
		this.#index = index;
		this.#finished = false;
		const step = this.steps[index];
		if (step) this.#onStep(step);
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
	/** On the last step, Finish was chosen: the panel offers a replay or the quiz. */
	get finished() {
		return this.#finished;
	}
	get atLast() {
		return this.#index !== null && this.#index === this.steps.length - 1;
	}
	get step(): LessonStep | null {
		return this.#index === null ? null : (this.steps[this.#index] ?? null);
	}
	start(index = 0) {
		if (!this.steps.length) return;
		this.#go(Math.min(this.steps.length - 1, Math.max(0, Math.floor(index))));
	}
	next() {
		if (this.#index !== null && this.#index < this.steps.length - 1) this.#go(this.#index + 1);
	}
	prev() {
		if (this.#finished) this.#finished = false;
		else if (this.#index !== null && this.#index > 0) this.#go(this.#index - 1);
	}
	finish() {
		if (this.atLast) this.#finished = true;
	}
	exit() {
		this.#index = null;
		this.#finished = false;
	}
}

export class QuizState {
	#year = $state<number | null>(null);
	#picks = $state<ReadonlySet<string>>(new Set());
	#revealed = $state(false);
	readonly #hooks: { onStart?: (year: number) => void; onExit?: () => void };

	/** `onStart` and `onExit` let the app show the question's year, and let it go, on every way in and out. */
	constructor(hooks: { onStart?: (year: number) => void; onExit?: () => void } = {}) {
		this.#hooks = hooks;
	}

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
		this.#hooks.onStart?.(year);
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
		const was = this.#year !== null;
		this.#year = null;
		this.#picks = new Set();
		this.#revealed = false;
		if (was) this.#hooks.onExit?.();
	}
}

/** The Fullscreen API as presenter mode uses it; a fake in unit tests. */
export interface FullscreenHost {
	readonly active: boolean;
	readonly supported: boolean;
	request(): Promise<void>;
	exit(): Promise<void>;
}

export const documentFullscreen: FullscreenHost = {
	get active() {
		return !!document.fullscreenElement;
	},
	get supported() {
		return !!document.documentElement.requestFullscreen;
	},
	request: () => document.documentElement.requestFullscreen(),
	exit: () => document.exitFullscreen()
};

/** Presenter mode: projector theme, large type, minimal chrome, and fullscreen where allowed. */
export class PresenterState {
	#on = $state(false);
	#blank = $state(false);
	/** Our own fullscreen requests still in flight: their late change events must not undo a newer toggle. */
	#pending = 0;
	readonly #screen: FullscreenHost;

	constructor(screen: FullscreenHost = documentFullscreen) {
		this.#screen = screen;
	}
	get on() {
		return this.#on;
	}
	/** The clicker's "blank screen" (B or .): the class looks at the teacher, not the map. */
	get blank() {
		return this.#blank;
	}
	toggleBlank() {
		this.#blank = this.#on && !this.#blank;
	}
	async enter() {
		this.#on = true;
		if (this.#screen.active || !this.#screen.supported) return;
		await this.#transition(() => this.#screen.request());
	}
	async exit() {
		this.#on = false;
		this.#blank = false;
		if (!this.#screen.active) return;
		await this.#transition(() => this.#screen.exit());
	}
	toggle() {
		return this.#on ? this.exit() : this.enter();
	}
	/** Leaving fullscreen with the browser's own Escape also leaves presenter mode. */
	onFullscreenChange() {
		if (this.#pending === 0 && !this.#screen.active && this.#on) {
			this.#on = false;
			this.#blank = false;
		}
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
