// The controller's parts, each on its own and without a DOM: the dock's year (Timeline), the
// selection and pin filters (Selection), the open panels and dialogs (OpenPanels), and opening a
// lesson from a link or a file (LessonOpener).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '$lib/state/timeline.svelte';
import { Selection } from '$lib/state/selection.svelte';
import { OpenPanels, viewTabs } from '$lib/state/openPanels.svelte';
import { LessonOpener } from '$lib/state/lessonOpener.svelte';
import { encodeLesson, lessonLink } from '$lib/domain/lessonCodec';
import { steppedYear, yearForKey } from '$lib/domain/yearSteps';
import type { Lesson } from '$lib/data/lessonSchema';
import type { Place } from '$lib/domain/places';
import { places } from './placesData';

const TODAY = '2026-11-23';

describe('Timeline', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('starts at the reader’s year and keeps the year inside 1991 and today', () => {
		const t = new Timeline(TODAY);
		expect([t.year, t.minYear, t.maxYear, t.today]).toEqual([2026, 1991, 2026, TODAY]);
		t.setYear(1980);
		expect(t.year).toBe(1991);
		t.setYear(2003.4);
		expect(t.year).toBe(2003);
		t.setYear(Number.NaN);
		expect(t.year).toBe(2026);
	});

	it('steps by the slider’s keys and by the clicker, which read Page Down differently', () => {
		const t = new Timeline(TODAY);
		t.setYear(2000);
		expect(t.handleKey('PageDown')).toBe(true);
		expect(t.year).toBe(1996);
		expect(t.handleKey('x')).toBe(false);
		expect(t.year).toBe(1996);
		t.step('next');
		expect(t.year).toBe(1997);
		t.step('last');
		expect(t.year).toBe(2026);
		t.step('next');
		expect(t.year).toBe(2026);
		t.step('first');
		expect(t.year).toBe(1991);
	});

	it('plays a year per tick at the chosen speed, stops at the end, and a hand on the slider stops it', () => {
		const t = new Timeline(TODAY);
		t.setYear(2020);
		t.setSpeed('fast');
		t.play();
		vi.advanceTimersByTime(250);
		expect([t.year, t.playing]).toEqual([2021, true]);
		t.scrubTo(2010);
		expect([t.year, t.playing]).toEqual([2010, false]);
		vi.advanceTimersByTime(1000);
		expect(t.year).toBe(2010);
		t.togglePlay();
		vi.advanceTimersByTime(250 * 20);
		expect([t.year, t.playing]).toEqual([2026, false]);
		t.play();
		expect(t.year).toBe(1991);
		t.pause();
	});

	it('holds a year against the slider, keys and play, and gives the old year back on release', () => {
		const t = new Timeline(TODAY);
		t.setYear(2012);
		t.play();
		t.holdYear(2001);
		expect([t.year, t.playing, t.held]).toEqual([2001, false, true]);
		t.scrubTo(2020);
		t.handleKey('End');
		t.step('next');
		t.play();
		expect([t.year, t.playing]).toEqual([2001, false]);
		// A second question keeps the year from before the first.
		t.holdYear(2024);
		expect(t.year).toBe(2024);
		t.releaseYear();
		expect([t.year, t.held]).toEqual([2012, false]);
		t.releaseYear();
		expect(t.year).toBe(2012);
	});
});

describe('the year steps', () => {
	it('are one rule for the slider’s keys and the clicker', () => {
		for (const [key, step] of [
			['ArrowRight', 'next'],
			['ArrowLeft', 'prev'],
			['PageUp', 'jump-forward'],
			['PageDown', 'jump-back'],
			['Home', 'first'],
			['End', 'last']
		] as const)
			expect(yearForKey(key, 2000, 1991, 2026), key).toBe(steppedYear(step, 2000, 1991, 2026));
		expect(yearForKey('constructor', 2000, 1991, 2026)).toBeNull();
	});
});

describe('Selection', () => {
	it('holds one state or one place, never both', () => {
		const s = new Selection();
		s.setCountry('ARM');
		expect([s.country, s.place]).toEqual(['ARM', null]);
		s.setPlace('gyumri');
		expect([s.country, s.place]).toEqual([null, 'gyumri']);
		s.setCountry(null);
		expect(s.place).toBe('gyumri');
		s.setCountry('KAZ');
		s.clear();
		expect([s.country, s.place]).toEqual([null, null]);
	});

	it('keeps the pin filters, dropping kinds it does not know', () => {
		const s = new Selection();
		s.toggleSymbol('base');
		s.toggleSymbol('nuclear');
		s.toggleSymbol('base');
		expect([...s.hiddenSymbols]).toEqual(['nuclear']);
		s.setHiddenSymbols(['event', 'nonsense' as never]);
		expect([...s.hiddenSymbols]).toEqual(['event']);
		s.setShowAllPast(true);
		expect(s.showAllPast).toBe(true);
	});
});

describe('OpenPanels', () => {
	it('shows one main view and any dialogs opened, each closed on its own', () => {
		const p = new OpenPanels();
		expect(p.view).toBe('map');
		p.setView('compare');
		expect(p.view).toBe('compare');
		p.open('help');
		p.open('handout');
		p.open('help');
		expect([p.isOpen('help'), p.isOpen('handout'), p.isOpen('embed')]).toEqual([true, true, false]);
		p.close('help');
		expect([p.isOpen('help'), p.isOpen('handout')]).toEqual([false, true]);
	});

	it('offers only the map while a quiz is open', () => {
		expect(viewTabs(false).map((t) => t.id)).toEqual(['map', 'table', 'compare']);
		expect(viewTabs(true).map((t) => t.id)).toEqual(['map']);
	});
});

describe('LessonOpener', () => {
	const step = (place?: string) => ({
		title: 'A',
		year: 2008,
		camera: { center: [44.5, 40.2], zoom: 4 },
		highlight: { countries: ['ARM'], places: place ? [place] : [] },
		text: 'x'
	});
	const lesson = (steps: unknown[]) => ({ format: 'csto-atlas-lesson', version: 1, title: 'Mine', steps });
	const hashOf = async (raw: unknown) => new URL(lessonLink('https://school.example/', await encodeLesson(raw))).hash;
	function setup(known: Place[], load = async () => {}) {
		const played: Lesson[] = [];
		const opener = new LessonOpener({ load, byId: new Map(known.map((p) => [p.id, p])) }, (l) => played.push(l));
		return { opener, played };
	}

	it('plays a lesson from a link once the places are there, and says what it skipped', async () => {
		const { opener, played } = setup(places);
		const hash = await hashOf(lesson([step(places[0].id), step('no-such-place')]));
		expect(await opener.open({ hash })).toBe(true);
		expect(played.map((l) => l.title)).toEqual(['Mine']);
		expect(opener.opened?.steps).toHaveLength(2);
		expect(opener.notice?.kind).toBe('opened');
		expect(opener.notice?.notes).toHaveLength(1);
		opener.dismissNotice();
		opener.setAside();
		expect([opener.notice, opener.opened]).toEqual([null, null]);
	});

	it('opens a file, even when the places failed to load', async () => {
		const { opener, played } = setup([], () => Promise.reject(new Error('offline')));
		const file = new Blob([JSON.stringify(lesson([step()]))], { type: 'application/json' });
		expect(await opener.open({ file })).toBe(true);
		expect(played).toHaveLength(1);
	});

	it('says why a broken link cannot be opened, and plays nothing', async () => {
		const { opener, played } = setup(places);
		expect(await opener.open({ hash: '#lesson=not-a-lesson' })).toBe(false);
		expect(played).toEqual([]);
		expect(opener.notice?.kind).toBe('error');
		expect(opener.opened).toBeNull();
	});
});
