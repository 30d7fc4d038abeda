/**
 * The audience window's end of the presenter view's channel: it announces itself when it starts,
 * sends its state on every change while a view listens, answers a view's hello, applies the
 * view's commands, and keeps the presentation's clock. One small runes class; the rules are in
 * presenterAudience.ts and the message shapes in $lib/domain/presenterProtocol.
 */
import { channelName, envelope, readMessage, type PresenterMessage, type ScreenBox } from '$lib/domain/presenterProtocol';
import type { AppController } from './app.svelte';
import { fullscreenOnScreen } from './presenterScreens';
import { applyCommand, audienceDeck, audienceState } from './presenterAudience';

/** A BroadcastChannel, or a fake one in unit tests. */
export interface PresenterChannel {
	postMessage(message: unknown): void;
	addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
	removeEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
	close(): void;
}

export interface LinkOptions {
	now?: () => number;
	/** Fullscreen on another screen (Window Management API); true when it worked. */
	fullscreenOn?: (screen: ScreenBox) => Promise<boolean>;
}

export class PresenterLink {
	readonly #app: AppController;
	readonly #channel: PresenterChannel;
	readonly #now: () => number;
	readonly #fullscreenOn: (screen: ScreenBox) => Promise<boolean>;
	#since: number | null = null;
	/** A view has said hello: from then on every change crosses the channel. Until then no change
	 * builds the state (a snapshot of the whole deck), so a page nobody presents from pays nothing. */
	#listening = $state(false);
	/** A reloaded audience takes the step and clock the view last saw, once, after its announce. */
	#resumable = true;
	#wasPresenting = false;

	constructor(app: AppController, channel: PresenterChannel, opts: LinkOptions = {}) {
		this.#app = app;
		this.#channel = channel;
		this.#now = opts.now ?? Date.now;
		this.#fullscreenOn = opts.fullscreenOn ?? (() => Promise.resolve(false));
	}

	/** When Present was pressed, or the clock last reset; null while not presenting. */
	get presentingSince() {
		return this.#since;
	}

	/** The state as the view receives it. */
	state() {
		return $state.snapshot(audienceState(this.#app, audienceDeck(this.#app), this.#since));
	}

	/** Starts listening and announces this window; returns how to stop (saying goodbye). */
	start(): () => void {
		// Every change the state is made of runs this again (sync reads all of it once a view listens).
		const stopEffects = $effect.root(() => {
			$effect(() => this.sync());
		});
		const onMessage = (e: MessageEvent) => this.receive(e.data);
		this.#channel.addEventListener('message', onMessage);
		this.#presentingChanged(this.#app.presenter.on);
		this.#post({ type: 'announce' });
		return () => {
			stopEffects();
			this.#post({ type: 'bye', from: 'audience' });
			this.#channel.removeEventListener('message', onMessage);
			this.#channel.close();
		};
	}

	/** Tells a listening view the state now; the clock starts or stops with presenter mode. */
	sync() {
		this.#presentingChanged(this.#app.presenter.on);
		if (this.#listening) this.#post({ type: 'state', state: this.state() });
	}

	/** One message from the channel (or the view's window): anything malformed is ignored. */
	receive(data: unknown) {
		const msg = readMessage(data);
		if (!msg) return;
		if (msg.type === 'hello') {
			this.#listening = true;
			this.#post({ type: 'state', state: this.state() });
		}
		// A view's goodbye is not acted on: the old view's, after a reload, may arrive after the new one's hello.
		else if (msg.type === 'resume') this.#resume(msg);
		else if (msg.type === 'command') {
			const { command } = msg;
			if (command.kind === 'reset-clock') {
				this.#since = this.#now();
				this.sync();
			} else if (command.kind === 'fullscreen')
				void this.#fullscreenOn(command.screen).then((ok) => this.#post({ type: 'fullscreen-result', ok }));
			else applyCommand(this.#app, command);
		}
	}

	#resume(msg: Extract<PresenterMessage, { type: 'resume' }>) {
		if (!this.#resumable) return;
		this.#resumable = false;
		const { tour } = this.#app;
		if (msg.deckKey !== audienceDeck(this.#app)?.key) return;
		if (msg.index !== null && msg.index !== tour.index) tour.start(msg.index);
		if (this.#since === null) this.#since = msg.presentingSince;
		this.sync();
	}

	#presentingChanged(on: boolean) {
		if (on && this.#since === null) this.#since = this.#now();
		if (!on && this.#wasPresenting) this.#since = null;
		this.#wasPresenting = on;
	}

	#post(message: PresenterMessage) {
		try {
			this.#channel.postMessage(envelope(message));
		} catch {
			// A closed channel (the page is going away): nothing to tell.
		}
	}
}

/** The page's link, on the app's own channel; returns how to stop it. Null where there is no BroadcastChannel. */
export function linkPresenterView(app: AppController, base: string, opts: LinkOptions = {}): (() => void) | null {
	if (typeof BroadcastChannel === 'undefined') return null;
	const fullscreenOn = async (box: ScreenBox) => {
		const ok = await fullscreenOnScreen(box);
		// Fullscreen on the projector is presenting: the projector theme comes with it.
		if (ok && !app.presenter.on) void app.presenter.enter();
		return ok;
	};
	const link = new PresenterLink(app, new BroadcastChannel(channelName(base)), { fullscreenOn, ...opts });
	const stopLink = link.start();
	let stopped = false;
	const stop = () => {
		if (!stopped) stopLink();
		stopped = true;
	};
	// The view's "Show on the other screen" arrives as a window message too, carrying the click's
	// permission to go fullscreen (capability delegation); only from this site.
	const onWindowMessage = (e: MessageEvent) => {
		if (e.origin === location.origin) link.receive(e.data);
	};
	window.addEventListener('message', onWindowMessage);
	window.addEventListener('pagehide', stop);
	return () => {
		window.removeEventListener('message', onWindowMessage);
		window.removeEventListener('pagehide', stop);
		stop();
	};
}
