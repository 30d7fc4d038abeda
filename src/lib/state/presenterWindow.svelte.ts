/**
 * Opening the teacher's window (the presenter view) from the audience's: the "Presenter view"
 * button and the key S. A pop-up needs the user's gesture, so this runs inside the click or key
 * handler itself; where the browser blocks it, `blocked` says so (one visible line), never silently.
 */
import type { AppController } from './app.svelte';

/** The same window again for every S: the browser focuses it instead of opening another. */
export const PRESENTER_WINDOW_NAME = 'csto-atlas-presenter';
/** A window of its own (not a tab), sized for a laptop beside the projector. */
const FEATURES = 'popup=yes,width=1280,height=760';
/** Relative to the page (/, /ru/, /csto/ru/…, all ending in /): the view in the page's language. */
export const PRESENTER_PATH = 'presenter/';

type Opener = (url: string, name: string, features: string) => Window | null;

export class PresenterWindow {
	#win: Window | null = null;
	#blocked = $state(false);
	readonly #open: Opener;
	readonly #url: () => string;

	constructor(open: Opener = (u, n, f) => window.open(u, n, f), url: () => string = () => new URL(PRESENTER_PATH, location.href).href) {
		this.#open = open;
		this.#url = url;
	}

	/** The browser refused the window (a pop-up blocker); cleared by the next success. */
	get blocked() {
		return this.#blocked;
	}

	/** Opens the view, or brings it forward when it is open; false when the browser blocked it. */
	open(): boolean {
		if (this.#win && !this.#win.closed) {
			this.#win.focus();
			return true;
		}
		this.#win = this.#open(this.#url(), PRESENTER_WINDOW_NAME, FEATURES);
		this.#blocked = !this.#win;
		return !this.#blocked;
	}

	dismiss() {
		this.#blocked = false;
	}
}

const windows = new WeakMap<AppController, PresenterWindow>();

/** One opener per app: the button and the key S share its "blocked" line. */
export function presenterWindowOf(app: AppController): PresenterWindow {
	let w = windows.get(app);
	if (!w) windows.set(app, (w = new PresenterWindow()));
	return w;
}

export function openPresenterView(app: AppController): boolean {
	if (app.embed) return false;
	return presenterWindowOf(app).open();
}
