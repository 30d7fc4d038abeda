// The app-wide keys on a real app controller, without a DOM: the clicker (Page Up/Down, Home/End),
// the blank screen (B and "."), help, Escape, and the keys it must leave alone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppController } from '$lib/state/app.svelte';
import { PlacesStore } from '$lib/state/placesStore.svelte';
import { handleShortcut } from '$lib/state/shortcuts';
import type { Lesson } from '$lib/data/lessonSchema';
import builtInJson from '../../data/lessons/built-in.json';
import { places } from './placesData';

/** Enough of the DOM for the handler: elements that sit inside the selectors they are given. */
class FakeElement {
	constructor(private readonly inside: string[] = []) {}
	closest(selector: string) {
		return selector.split(/,\s*/).some((part) => this.inside.includes(part)) ? this : null;
	}
}
class FakeButton extends FakeElement {}

function setup() {
	const placesStore = new PlacesStore();
	placesStore.set(places, builtInJson as unknown as Lesson);
	const fullscreen = { active: false, supported: true, request: async () => {}, exit: async () => {} };
	const app = new AppController({ places: placesStore, today: '2026-11-23', fullscreen });
	app.timeline.setYear(2000);
	/** Presses a key on the page (or on `target`); returns whether the handler used it. */
	const press = (key: string, opts: { target?: FakeElement; ctrlKey?: boolean; shiftKey?: boolean } = {}) =>
		handleShortcut(
			{
				key,
				shiftKey: false,
				ctrlKey: false,
				metaKey: false,
				altKey: false,
				defaultPrevented: false,
				target: new FakeElement(),
				...opts
			} as unknown as KeyboardEvent,
			app
		);
	return { app, press };
}

beforeEach(() => {
	vi.stubGlobal('Element', FakeElement);
	vi.stubGlobal('HTMLButtonElement', FakeButton);
});
afterEach(() => vi.unstubAllGlobals());

describe('outside presenter mode', () => {
	it('leaves the clicker keys and the blank key to the page', () => {
		const { app, press } = setup();
		for (const key of ['PageDown', 'PageUp', ' ', 'End', 'b', '.']) expect(press(key)).toBe(false);
		expect(app.timeline.year).toBe(2000);
		expect(app.presenter.blank).toBe(false);
	});
	it('? (or Shift+/) opens the shortcuts help; Escape with no mode is not used', () => {
		const { app, press } = setup();
		expect(press('/')).toBe(false);
		expect(app.panels.isOpen('help')).toBe(false);
		expect(press('/', { shiftKey: true })).toBe(true);
		expect(app.panels.isOpen('help')).toBe(true);
		expect(press('Escape')).toBe(false);
	});
	it('F enters presenter mode, unless typed with Ctrl or into a field', async () => {
		const { app, press } = setup();
		expect(press('f', { ctrlKey: true })).toBe(false);
		expect(press('f', { target: new FakeElement(['input:not([type="range"])']) })).toBe(false);
		expect(app.presenter.on).toBe(false);
		expect(press('f')).toBe(true);
		await vi.waitFor(() => expect(app.presenter.on).toBe(true));
	});
});

describe('presenting: the clicker', () => {
	async function presenting() {
		const s = setup();
		await s.app.presenter.enter();
		expect(s.app.presenter.on).toBe(true);
		return s;
	}

	it('Page Down and Page Up step the year; Home and End go to the ends', async () => {
		const { app, press } = await presenting();
		expect(press('PageDown')).toBe(true);
		expect(app.timeline.year).toBe(2001);
		press('PageUp');
		press('PageUp');
		expect(app.timeline.year).toBe(1999);
		press('Home');
		expect(app.timeline.year).toBe(app.timeline.minYear);
		press('End');
		expect(app.timeline.year).toBe(app.timeline.maxYear);
	});

	it('B blanks the screen; the next clicker key brings it back and does nothing else', async () => {
		const { app, press } = await presenting();
		expect(press('b')).toBe(true);
		expect(app.presenter.blank).toBe(true);
		expect(press('PageDown')).toBe(true);
		expect(app.presenter.blank).toBe(false);
		expect(app.timeline.year).toBe(2000);
		// "." (the clicker's blank button) blanks too, and Escape unblanks without leaving presenter mode.
		press('.');
		expect(app.presenter.blank).toBe(true);
		expect(press('Escape')).toBe(true);
		expect(app.presenter.blank).toBe(false);
		expect(app.presenter.on).toBe(true);
		press('Escape');
		await vi.waitFor(() => expect(app.presenter.on).toBe(false));
	});

	it('a focused map keeps its arrows but not the clicker keys; a focused button keeps Space', async () => {
		const { app, press } = await presenting();
		const map = new FakeElement(['[data-map-keys]']);
		expect(press('ArrowRight', { target: map })).toBe(false);
		expect(app.timeline.year).toBe(2000);
		expect(press('PageDown', { target: map })).toBe(true);
		expect(app.timeline.year).toBe(2001);
		expect(press(' ', { target: new FakeButton() })).toBe(false);
		expect(app.timeline.year).toBe(2001);
	});

	it('an open dialog takes every key, Escape included', async () => {
		const { app, press } = await presenting();
		const dialog = new FakeElement(['dialog[open]']);
		expect(press('PageDown', { target: dialog })).toBe(false);
		expect(press('Escape', { target: dialog })).toBe(false);
		expect(app.timeline.year).toBe(2000);
		expect(app.presenter.on).toBe(true);
	});
});

describe('a tour playing', () => {
	it('the clicker steps the tour, not the year, even outside presenter mode; Escape ends it', () => {
		const { app, press } = setup();
		app.tour.start(0);
		expect(press('PageDown')).toBe(true);
		expect(app.tour.index).toBe(1);
		press('PageUp');
		expect(app.tour.index).toBe(0);
		press('End');
		expect(app.tour.index).toBe(app.tour.steps.length - 1);
		expect(press('Escape')).toBe(true);
		expect(app.tour.active).toBe(false);
	});
});
