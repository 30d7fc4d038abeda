// The presenter view's two ends on a fake BroadcastChannel: the audience's app controller and the
// teacher's window follow each other, survive a reload of either, and ignore malformed messages.
// Effects do not run here (Svelte's server build): `settle` does what the link's effect does on
// every change; the browser test (presenter-view.spec.ts) covers the effect itself.
import { describe, expect, it } from 'vitest';
import { AppController } from '$lib/state/app.svelte';
import { PlacesStore } from '$lib/state/placesStore.svelte';
import { PresenterLink, type PresenterChannel } from '$lib/state/presenterLink.svelte';
import { PresenterViewLink } from '$lib/state/presenterView.svelte';
import { PresenterWindow } from '$lib/state/presenterWindow.svelte';
import { hasWindowManagement, otherScreen } from '$lib/state/presenterScreens';
import type { FullscreenHost } from '$lib/state/classroom.svelte';
import type { Lesson } from '$lib/data/lessonSchema';
import { inLocale } from '$lib/i18n/locale';
import builtInJson from '../../data/lessons/built-in.json';
import { places } from './placesData';

const TODAY = '2026-11-23';
const builtIn = inLocale(builtInJson as unknown as Lesson, 'en');

/** A BroadcastChannel's semantics: a message reaches every other endpoint, as a structured clone. */
function fakeBus() {
	const endpoints = new Set<{ listeners: Set<(e: MessageEvent) => void> }>();
	const sent: unknown[] = [];
	return {
		sent,
		channel(): PresenterChannel {
			const me = { listeners: new Set<(e: MessageEvent) => void>() };
			endpoints.add(me);
			return {
				postMessage(data) {
					sent.push(data);
					for (const other of endpoints)
						if (other !== me) for (const l of other.listeners) l({ data: structuredClone(data) } as MessageEvent);
				},
				addEventListener: (_t, l) => void me.listeners.add(l),
				removeEventListener: (_t, l) => void me.listeners.delete(l),
				close: () => void endpoints.delete(me)
			};
		}
	};
}

const screen: FullscreenHost = { active: false, supported: false, request: async () => {}, exit: async () => {} };
let clock = 1_000_000;
const now = () => clock;
const noTimer = () => () => {};
let settle = () => {};

function audience(bus: ReturnType<typeof fakeBus>) {
	const placesStore = new PlacesStore();
	placesStore.set(places, builtIn);
	const app = new AppController({ places: placesStore, today: TODAY, fullscreen: screen });
	const link = new PresenterLink(app, bus.channel(), { now });
	const stop = link.start();
	settle = () => link.sync();
	return { app, link, stop };
}
function view(bus: ReturnType<typeof fakeBus>) {
	const v = new PresenterViewLink(bus.channel(), { now, every: noTimer });
	const stop = v.start();
	return { v, stop };
}

describe('presenter view link', () => {
	it('follows the audience, and the audience follows the view: steps, keys, year, blank, end', async () => {
		const bus = fakeBus();
		const { app } = audience(bus);
		await app.presenter.enter();
		app.playLesson(null);
		settle();
		const { v } = view(bus);
		expect(v.connection).toBe('connected');
		expect(v.state?.index).toBe(0);
		expect(v.state?.deck?.steps).toHaveLength(builtIn.steps.length);
		for (let i = 0; i < 3; i++) v.send({ kind: 'next' });
		settle();
		expect(app.tour.index).toBe(3);
		// The audience's own clicker, then the view's keys.
		app.tour.next();
		settle();
		expect(v.state?.index).toBe(4);
		expect(v.state?.year).toBe(app.timeline.year);
		expect(v.key('PageUp')).toBe(true);
		settle();
		expect(app.tour.index).toBe(3);
		expect(v.state?.year).toBe(app.timeline.year);
		// Blank: a step while blank only brings the picture back, as the clicker does.
		v.key('b');
		settle();
		expect(app.presenter.blank).toBe(true);
		expect(v.state?.blank).toBe(true);
		v.key('PageDown');
		settle();
		expect(app.presenter.blank).toBe(false);
		expect(app.tour.index).toBe(3);
		v.send({ kind: 'goto', index: 7 });
		v.send({ kind: 'year', year: 2001 });
		settle();
		expect(app.tour.index).toBe(7);
		expect(v.state?.year).toBe(2001);
		v.send({ kind: 'end' });
		settle();
		expect(app.presenter.on).toBe(false);
		expect(v.state?.presenting).toBe(false);
	});

	it('keeps the clock from Present, resets it, and clears it when presenting ends', async () => {
		const bus = fakeBus();
		const { app, link } = audience(bus);
		expect(link.presentingSince).toBeNull();
		clock = 2_000_000;
		await app.presenter.enter();
		settle();
		expect(link.presentingSince).toBe(2_000_000);
		const { v } = view(bus);
		clock = 2_065_000;
		v.send({ kind: 'reset-clock' });
		settle();
		expect(v.state?.presentingSince).toBe(2_065_000);
		await app.presenter.exit();
		settle();
		expect(v.state?.presentingSince).toBeNull();
	});

	it('a page nobody presents from builds no state: it announces itself in a word and says nothing more', () => {
		const bus = fakeBus();
		const { app } = audience(bus);
		app.playLesson(null, 3);
		settle();
		app.tour.next();
		settle();
		expect(bus.sent).toEqual([{ app: 'csto-atlas', v: 1, type: 'announce' }]);
		// A view's hello brings the whole state, and from then on every change.
		const { v } = view(bus);
		expect(v.state?.index).toBe(4);
		app.tour.next();
		settle();
		expect(v.state?.index).toBe(5);
	});

	it('a reloaded view asks again and comes back on the same step', () => {
		const bus = fakeBus();
		const { app } = audience(bus);
		app.playLesson(null, 5);
		const first = view(bus);
		first.stop();
		app.tour.next();
		settle();
		const { v } = view(bus);
		expect(v.state?.index).toBe(6);
	});

	it('a reloaded audience announces itself, and takes back the step and clock the view last saw', async () => {
		const bus = fakeBus();
		const a = audience(bus);
		await a.app.presenter.enter();
		a.app.playLesson(null, 8);
		settle();
		const { v } = view(bus);
		const since = v.state?.presentingSince;
		a.stop();
		expect(v.connection).toBe('gone');
		expect(v.state?.index).toBe(8);
		// The reload: a new app whose URL restored no step (a lesson from the fragment starts at step 1).
		const placesStore = new PlacesStore();
		placesStore.set(places, builtIn);
		const app = new AppController({ places: placesStore, today: TODAY, fullscreen: screen });
		app.playLesson(null, 0);
		const reloaded = new PresenterLink(app, bus.channel(), { now });
		reloaded.start();
		reloaded.sync();
		expect(app.tour.index).toBe(8);
		expect(v.connection).toBe('connected');
		expect(v.state?.index).toBe(8);
		expect(v.state?.presentingSince).toBe(since);
	});

	it('ignores malformed or foreign messages', () => {
		const bus = fakeBus();
		const { app, link } = audience(bus);
		app.playLesson(null, 2);
		for (const data of [
			null,
			{ type: 'command', command: { kind: 'next' } },
			{ app: 'csto-atlas', v: 1, type: 'command', command: { kind: 'goto', index: 'x' } }
		])
			link.receive(data);
		settle();
		expect(app.tour.index).toBe(2);
		const { v } = view(bus);
		v.receive({ app: 'csto-atlas', v: 1, type: 'state', state: { year: 'now' } });
		expect(v.state?.index).toBe(2);
	});
});

describe('opening the presenter view', () => {
	it('says when the browser blocked the window, and focuses an open one instead of opening another', () => {
		let result: Window | null = null;
		let opened = 0;
		const w = new PresenterWindow(
			() => {
				opened++;
				return result;
			},
			() => 'http://x/presenter/'
		);
		expect(w.open()).toBe(false);
		expect(w.blocked).toBe(true);
		let focused = 0;
		result = { closed: false, focus: () => focused++ } as unknown as Window;
		expect(w.open()).toBe(true);
		expect(w.blocked).toBe(false);
		w.open();
		expect(opened).toBe(2);
		expect(focused).toBe(1);
	});
});

describe('two screens', () => {
	const laptop = { left: 0, top: 0, width: 1366, height: 768 };
	const projector = { left: 1366, top: 0, width: 1024, height: 768 };
	const tv = { left: -1920, top: 0, width: 1920, height: 1080 };
	const withScreens = (screens: object[] | null) =>
		({
			getScreenDetails: async () => (screens ? { screens, currentScreen: laptop } : Promise.reject(new Error('denied')))
		}) as unknown as Window;

	it("finds the screen the teacher's window is not on (the largest of several), or says why not", async () => {
		expect(hasWindowManagement(withScreens([laptop]))).toBe(true);
		expect(hasWindowManagement({} as Window)).toBe(false);
		expect(await otherScreen(withScreens([laptop, projector]))).toEqual({ ok: true, screen: projector });
		expect(await otherScreen(withScreens([laptop, projector, tv]))).toEqual({ ok: true, screen: tv });
		expect(await otherScreen(withScreens([{ ...laptop }]))).toEqual({ ok: false, reason: 'one-screen' });
		expect(await otherScreen(withScreens(null))).toEqual({ ok: false, reason: 'denied' });
	});
});
