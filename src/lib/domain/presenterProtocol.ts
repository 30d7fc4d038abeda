/**
 * The presenter view's protocol: what the audience window (the app on the projector) and the
 * teacher's window say to each other over a BroadcastChannel. Pure TypeScript, no DOM.
 *
 * - The view asks `hello` on load (and again until answered); the audience answers with `state`.
 * - The audience sends `state` on every change while a view listens. When it starts it sends
 *   `announce`, which carries nothing (a page nobody presents from builds no state), so a view
 *   that outlived a reload of the audience says hello again and follows it.
 * - The view sends `command`s (the clicker's steps, a year, blank, end) and, when the first state
 *   after an announce is another step or clock than it last saw, `resume`: the step and clock it
 *   last saw, which the reloaded audience restores.
 *
 * Everything read from the channel is untrusted: `readMessage` checks the whole shape and caps
 * every length, and the view shows strings only as text.
 */
import type { Citation } from '$lib/data/schema';
import { isOrgId } from '$lib/data/orgIds';
import type { OrgChoice } from './orgChoice';

export const PROTOCOL_APP = 'csto-atlas';
export const PROTOCOL_VERSION = 1;

/** One channel per copy of the site: two atlases under different paths of a host do not mix. */
export function channelName(base: string): string {
	return `${PROTOCOL_APP}:${base || '/'}:presenter`;
}

/** A tour or lesson step as plain data: what the teacher's window shows of it. */
export interface DeckStep {
	title: string;
	text: string;
	slide: string | null;
	notes: string | null;
	year: number;
	date: string | null;
	citations: Citation[];
	highlight: { countries: string[]; places: string[] };
	/** The organisations the step shows (set by it or an earlier step); null: as the lesson found them. */
	orgs: OrgChoice | null;
}

/** The steps being presented; `key` tells one lesson from another (for resume). */
export interface Deck {
	key: string;
	title: string | null;
	steps: DeckStep[];
}

export interface AudienceState {
	/** The tour's (or lesson's) steps; null when there are none yet. */
	deck: Deck | null;
	/** The tour step shown (0-based); null when no tour is playing. */
	index: number | null;
	year: number;
	minYear: number;
	maxYear: number;
	today: string;
	country: string | null;
	place: string | null;
	/** The year's summary sentence, as the audience shows it. */
	summary: string;
	presenting: boolean;
	blank: boolean;
	/** When Present was pressed (ms since the epoch), or the clock last reset; null: not presenting. */
	presentingSince: number | null;
}

export interface ScreenBox {
	left: number;
	top: number;
	width: number;
	height: number;
}

export type PresenterCommand =
	| { kind: 'next' | 'prev' | 'first' | 'last' | 'end' | 'reset-clock' | 'deselect' }
	| { kind: 'goto'; index: number }
	| { kind: 'year'; year: number }
	/** A place chosen in the selected state's record. */
	| { kind: 'place'; id: string }
	| { kind: 'blank'; on: boolean }
	/** Fullscreen on the screen at this box (Window Management API). */
	| { kind: 'fullscreen'; screen: ScreenBox };

export type PresenterMessage =
	| { type: 'hello' }
	| { type: 'announce' }
	| { type: 'state'; state: AudienceState }
	| { type: 'command'; command: PresenterCommand }
	| { type: 'resume'; deckKey: string; index: number | null; presentingSince: number | null }
	| { type: 'fullscreen-result'; ok: boolean }
	| { type: 'bye'; from: 'audience' | 'view' };

/** A message as it goes on the channel: marked with the app and the protocol's version. */
export function envelope(message: PresenterMessage): PresenterMessage & { app: string; v: number } {
	return { app: PROTOCOL_APP, v: PROTOCOL_VERSION, ...message };
}

// ——— validation: every field checked, every length capped ———

type Obj = Record<string, unknown>;
const MAX_TEXT = 6000;
const MAX_STEPS = 200;

const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown, max = 300): x is string => typeof x === 'string' && x.length <= max;
const isStrOrNull = (x: unknown, max = 300): x is string | null => x === null || isStr(x, max);
const isInt = (x: unknown, min = 0, max = 100_000): x is number => Number.isInteger(x) && (x as number) >= min && (x as number) <= max;
const isTime = (x: unknown): x is number | null => x === null || (typeof x === 'number' && Number.isFinite(x) && x >= 0);
const isIso3 = (x: unknown): x is string => typeof x === 'string' && /^[A-Z]{3}$/.test(x);
const isSlug = (x: unknown): x is string => typeof x === 'string' && x.length <= 80 && /^[a-z0-9-]+$/.test(x);
const isList = <T>(x: unknown, max: number, item: (v: unknown) => v is T): x is T[] => Array.isArray(x) && x.length <= max && x.every(item);

/** Only https links, and only as a link: a `javascript:` URL never reaches an href. */
function isHttps(x: unknown): x is string {
	if (!isStr(x, 2000)) return false;
	try {
		return new URL(x).protocol === 'https:';
	} catch {
		return false;
	}
}

function isCitation(x: unknown): x is Citation {
	if (!isObj(x)) return false;
	if (x.kind === 'source') return isStr(x.source, 40) && isStr(x.quote, 400);
	return x.kind === 'context' && isStr(x.title) && isStr(x.publisher) && isHttps(x.url) && (x.note === undefined || isStr(x.note, 1000));
}

function isStep(x: unknown): x is DeckStep {
	return (
		isObj(x) &&
		isStr(x.title) &&
		isStr(x.text, MAX_TEXT) &&
		isStrOrNull(x.slide, MAX_TEXT) &&
		isStrOrNull(x.notes, MAX_TEXT) &&
		isInt(x.year, 1900, 2200) &&
		isStrOrNull(x.date, 20) &&
		isList(x.citations, 40, isCitation) &&
		isObj(x.highlight) &&
		isList(x.highlight.countries, 300, isIso3) &&
		isList(x.highlight.places, 300, isSlug) &&
		(x.orgs === null || (isObj(x.orgs) && isOrgId(x.orgs.a) && (x.orgs.b === null || (isOrgId(x.orgs.b) && x.orgs.b !== x.orgs.a))))
	);
}

function isDeck(x: unknown): x is Deck {
	return isObj(x) && isStr(x.key, 400) && isStrOrNull(x.title) && isList(x.steps, MAX_STEPS, isStep) && x.steps.length > 0;
}

export function isAudienceState(x: unknown): x is AudienceState {
	if (!isObj(x)) return false;
	const deckOk = x.deck === null || isDeck(x.deck);
	const steps = isDeck(x.deck) ? x.deck.steps.length : 0;
	return (
		deckOk &&
		(x.index === null || (isInt(x.index) && x.index < steps)) &&
		isInt(x.minYear, 1900, 2200) &&
		isInt(x.maxYear, x.minYear as number, 2200) &&
		isInt(x.year, x.minYear as number, x.maxYear as number) &&
		isStr(x.today, 20) &&
		(x.country === null || isIso3(x.country)) &&
		(x.place === null || isSlug(x.place)) &&
		isStr(x.summary, MAX_TEXT) &&
		typeof x.presenting === 'boolean' &&
		typeof x.blank === 'boolean' &&
		isTime(x.presentingSince)
	);
}

const SIMPLE = new Set(['next', 'prev', 'first', 'last', 'end', 'reset-clock', 'deselect']);

export function isCommand(x: unknown): x is PresenterCommand {
	if (!isObj(x) || typeof x.kind !== 'string') return false;
	if (SIMPLE.has(x.kind)) return true;
	if (x.kind === 'goto') return isInt(x.index, 0, MAX_STEPS);
	if (x.kind === 'year') return isInt(x.year, 1900, 2200);
	if (x.kind === 'place') return isSlug(x.id);
	if (x.kind === 'blank') return typeof x.on === 'boolean';
	if (x.kind === 'fullscreen') {
		const s = x.screen;
		return isObj(s) && [s.left, s.top, s.width, s.height].every((n) => typeof n === 'number' && Number.isFinite(n));
	}
	return false;
}

/** The message in `data`, or null when it is not one of ours or is malformed in any way. */
export function readMessage(data: unknown): PresenterMessage | null {
	if (!isObj(data) || data.app !== PROTOCOL_APP || data.v !== PROTOCOL_VERSION) return null;
	switch (data.type) {
		case 'hello':
			return { type: 'hello' };
		case 'announce':
			return { type: 'announce' };
		case 'state':
			return isAudienceState(data.state) ? { type: 'state', state: data.state } : null;
		case 'command':
			return isCommand(data.command) ? { type: 'command', command: data.command } : null;
		case 'resume':
			return isStr(data.deckKey, 400) && (data.index === null || isInt(data.index, 0, MAX_STEPS)) && isTime(data.presentingSince)
				? { type: 'resume', deckKey: data.deckKey, index: data.index, presentingSince: data.presentingSince }
				: null;
		case 'fullscreen-result':
			return typeof data.ok === 'boolean' ? { type: 'fullscreen-result', ok: data.ok } : null;
		case 'bye':
			return data.from === 'audience' || data.from === 'view' ? { type: 'bye', from: data.from } : null;
		default:
			return null;
	}
}
