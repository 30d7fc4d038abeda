/**
 * The teacher's window's end of the channel: it asks the audience for its state (again every
 * second until it answers), follows every state it is sent, sends commands, turns clicker keys
 * into the same commands, restores a reloaded audience to the step it last saw, and ticks the
 * clock. Components only lay out what this holds.
 */
import {
	channelName,
	envelope,
	readMessage,
	type AudienceState,
	type PresenterCommand,
	type PresenterMessage
} from '$lib/domain/presenterProtocol';
import { commandForKey } from '$lib/domain/presenterRules';
import type { PresenterChannel } from './presenterLink.svelte';
import { hasWindowManagement, otherScreen } from './presenterScreens';

/** waiting: no answer yet; connected: following; gone: the audience window closed (or is reloading). */
export type Connection = 'waiting' | 'connected' | 'gone';
export type ScreenNotice = 'none' | 'asking' | 'done' | 'failed' | 'denied' | 'one-screen' | 'again';

export const HELLO_EVERY_MS = 1000;

export interface ViewOptions {
	now?: () => number;
	/** setInterval, or a fake; returns how to stop it. */
	every?: (fn: () => void, ms: number) => () => void;
	/** The audience's window, when it opened this one: a message to it can carry the click's fullscreen permission. */
	opener?: () => Window | null;
}

const interval = (fn: () => void, ms: number) => {
	const id = setInterval(fn, ms);
	return () => clearInterval(id);
};

export class PresenterViewLink {
	readonly #channel: PresenterChannel;
	readonly #now: () => number;
	readonly #every: (fn: () => void, ms: number) => () => void;
	readonly #opener: () => Window | null;
	#state = $state.raw<AudienceState | null>(null);
	/** An announce came: the next state is a (re)started audience's first. */
	#afterAnnounce = false;
	#connection = $state<Connection>('waiting');
	#screenNotice = $state<ScreenNotice>('none');
	#clock = $state(0);

	constructor(channel: PresenterChannel, opts: ViewOptions = {}) {
		this.#channel = channel;
		this.#now = opts.now ?? Date.now;
		this.#every = opts.every ?? interval;
		this.#opener = opts.opener ?? (() => null);
		this.#clock = this.#now();
	}

	/** The audience's last state; kept while it is gone, so the teacher still sees where the class was. */
	get state() {
		return this.#state;
	}
	get connection() {
		return this.#connection;
	}
	get screenNotice() {
		return this.#screenNotice;
	}
	/** Milliseconds since Present was pressed (or the clock reset); null while not presenting. */
	get elapsed(): number | null {
		const since = this.#state?.presentingSince;
		return since == null ? null : this.#clock - since;
	}

	start(): () => void {
		const onMessage = (e: MessageEvent) => this.receive(e.data);
		this.#channel.addEventListener('message', onMessage);
		this.#post({ type: 'hello' });
		const stopTicking = this.#every(() => {
			this.#clock = this.#now();
			if (this.#connection !== 'connected') this.#post({ type: 'hello' });
		}, HELLO_EVERY_MS);
		return () => {
			stopTicking();
			this.#post({ type: 'bye', from: 'view' });
			this.#channel.removeEventListener('message', onMessage);
			this.#channel.close();
		};
	}

	receive(data: unknown) {
		const msg = readMessage(data);
		if (!msg) return;
		if (msg.type === 'announce') {
			// The audience has (re)started: the state its answer brings decides whether to resume.
			this.#afterAnnounce = true;
			this.#post({ type: 'hello' });
		} else if (msg.type === 'state') {
			if (this.#afterAnnounce) this.#resumeIfBehind(msg.state);
			this.#afterAnnounce = false;
			this.#state = msg.state;
			this.#connection = 'connected';
			this.#clock = this.#now();
		} else if (msg.type === 'bye' && msg.from === 'audience') this.#connection = 'gone';
		else if (msg.type === 'fullscreen-result') this.#screenNotice = msg.ok ? 'done' : 'failed';
	}

	send(command: PresenterCommand) {
		this.#post({ type: 'command', command });
	}

	/** A key pressed in this window: true when it was a clicker key, now sent to the audience. */
	key(key: string, shift = false): boolean {
		const command = commandForKey(key, shift, this.#state?.blank ?? false);
		if (!command) return false;
		this.send(command);
		return true;
	}

	get canShowOnOtherScreen() {
		return typeof window !== 'undefined' && hasWindowManagement();
	}

	/** "Show on the other screen": asks for the screens, then asks the audience to go fullscreen there. */
	async showOnOtherScreen() {
		this.#screenNotice = 'asking';
		const opener = this.#opener();
		const found = await otherScreen();
		if (!found.ok) {
			this.#screenNotice = found.reason;
			return;
		}
		const message = envelope({ type: 'command', command: { kind: 'fullscreen', screen: found.screen } });
		if (opener && !opener.closed) {
			// The click's permission to go fullscreen goes with the message, where the browser can delegate it.
			try {
				opener.postMessage(message, { targetOrigin: location.origin, delegate: 'fullscreen' } as WindowPostMessageOptions);
				return;
			} catch {
				// No delegation here: the channel, without it.
			}
		}
		this.#channel.postMessage(message);
	}

	/** A (re)started audience follows the step and clock this window last saw, if it is the same lesson. */
	#resumeIfBehind(fresh: AudienceState) {
		const last = this.#state;
		if (!last?.deck || fresh.deck?.key !== last.deck.key) return;
		if (fresh.index !== last.index || fresh.presentingSince === null)
			this.#post({ type: 'resume', deckKey: last.deck.key, index: last.index, presentingSince: last.presentingSince });
	}

	#post(message: PresenterMessage) {
		try {
			this.#channel.postMessage(envelope(message));
		} catch {
			// The channel is closed: this window is going away.
		}
	}
}

/** The view's link on the app's own channel; null where there is no BroadcastChannel. */
export function presenterViewLink(base: string): PresenterViewLink | null {
	if (typeof BroadcastChannel === 'undefined') return null;
	return new PresenterViewLink(new BroadcastChannel(channelName(base)), { opener: () => window.opener as Window | null });
}
