// The app controller's rules, without a DOM: the scene it derives, tour and quiz, camera
// commands, playback with fake timers, presenter mode with a fake fullscreen.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { AppController } from '$lib/state/app.svelte';
import { PlacesStore } from '$lib/state/placesStore.svelte';
import type { CameraRequest } from '$lib/state/cameraRequests';
import type { FullscreenHost } from '$lib/state/classroom.svelte';
import type { Lesson, LessonStep } from '$lib/data/lessonSchema';
import builtInJson from '../../data/lessons/built-in.json';
import { places } from './placesData';
import { yearView } from '$lib/domain/yearView';
import { atlasCountries } from '$lib/data/atlasData';

const TODAY = '2026-11-23';
const builtIn = builtInJson as unknown as Lesson;
const tour: LessonStep[] = builtIn.steps;

function fakeFullscreen(opts: { refuse?: boolean } = {}) {
	const fs = {
		active: false,
		supported: true,
		requests: 0,
		async request() {
			fs.requests++;
			if (opts.refuse) throw new Error('refused');
			fs.active = true;
		},
		async exit() {
			fs.active = false;
		}
	};
	return fs satisfies FullscreenHost;
}

function setup(random = () => 0) {
	const placesStore = new PlacesStore();
	placesStore.set(places, builtIn);
	const fullscreen = fakeFullscreen();
	const app = new AppController({ places: placesStore, today: TODAY, fullscreen, random });
	const moves: CameraRequest[] = [];
	app.camera.subscribe((r) => moves.push(r));
	return { app, moves, fullscreen };
}

describe('the scene', () => {
	it('is built by one function: the map now and an export of the same year get the same scene', () => {
		const { app } = setup();
		app.scrubTo(2012);
		app.toggleSymbol('base');
		flushSync();
		const { highlight, selectedCountry, selectedPlace, ...shown } = app.scene;
		const { highlight: h2, selectedCountry: c2, selectedPlace: p2, ...exported } = app.sceneForYear(2012);
		expect(exported).toEqual(shown);
		expect([highlight, selectedCountry, selectedPlace]).toEqual([h2, c2, p2]);
		// The filter reached both: no base is shown in either.
		const bases = places.filter((p) => p.symbol === 'base').map((p) => p.id);
		expect(bases.length).toBeGreaterThan(0);
		expect(bases.map((id) => exported.pins.get(id))).toEqual(bases.map(() => 'hidden'));
		// A selection changes what the map shows now, not what an export draws.
		app.selectCountry('ARM', 'map');
		flushSync();
		expect(app.scene.selectedCountry).toBe('ARM');
		expect(app.sceneForYear(2012).selectedCountry).toBeNull();
	});
	it('follows the year: fills, legend counts and pins change together', () => {
		const { app } = setup();
		app.timeline.setYear(1999);
		flushSync();
		expect(app.scene.year).toBe(1999);
		expect(app.scene.statusOn).toBe('31 December 1999');
		expect(app.scene.fills.get('UZB')).toBe('former');
		expect(app.scene.legend.find((e) => e.key === 'member')?.count).toBe(6);
		app.timeline.setYear(2006);
		expect(app.scene.fills.get('UZB')).toBe('member');
		expect(app.scene.legend.find((e) => e.key === 'member')?.count).toBe(7);
	});
	it('any year can be drawn for an export without changing what the map shows', () => {
		const { app } = setup();
		app.timeline.setYear(2010);
		app.selectCountry('ARM', 'map');
		const s1999 = app.sceneForYear(1999);
		expect(s1999.fills.get('UZB')).toBe('former');
		expect(s1999.selectedCountry).toBeNull();
		expect(s1999.legend.find((e) => e.key === 'member')?.count).toBe(yearView(atlasCountries(), 1999, TODAY).counts.member);
		expect(app.scene.year).toBe(2010);
		expect(app.scene.selectedCountry).toBe('ARM');
	});
	it('the current year holds on today', () => {
		const { app } = setup();
		expect(app.scene.year).toBe(2026);
		expect(app.scene.statusOn).toBe('23 November 2026');
	});
	it('hides a pin kind everywhere the scene is read', () => {
		const { app } = setup();
		app.timeline.setYear(2010);
		const base = places.find((p) => p.symbol === 'base' && app.scene.pins.get(p.id) === 'active')!;
		app.selection.toggleSymbol('base');
		expect(app.scene.pins.get(base.id)).toBe('hidden');
	});
});

describe('the quiz', () => {
	it('shows neutral fills and no pins until revealed, then right, missed and wrong on the map', async () => {
		const { app } = setup(() => 0); // QUIZ_YEARS[0] = 1993
		app.timeline.setYear(2026);
		await app.startQuiz();
		expect(app.scene.year).toBe(1993);
		expect(app.scene.fills.get('RUS')).toBe('quiz-open');
		expect([...app.scene.pins.values()].every((v) => v === 'hidden')).toBe(true);
		app.selectCountry('RUS', 'map');
		app.selectCountry('UKR', 'map');
		expect(app.quiz.picks.has('RUS')).toBe(true);
		expect(app.scene.fills.get('RUS')).toBe('quiz-picked');
		expect(app.selection.country).toBeNull();
		app.quiz.reveal();
		expect(app.scene.fills.get('RUS')).toBe('quiz-right');
		expect(app.scene.fills.get('UKR')).toBe('quiz-wrong');
		expect(app.scene.fills.get('KAZ')).toBe('quiz-missed');
		expect(app.scene.fills.get('TKM')).toBe('quiz-open');
		// The legend counts the marks, as the list does; the export reads the same scene.
		const members = yearView(atlasCountries(), 1993, TODAY).counts.member;
		const count = (key: string) => app.scene.legend.find((e) => e.key === key)?.count;
		expect([count('quiz-right'), count('quiz-wrong'), count('quiz-missed')]).toEqual([1, 1, members - 1]);
		app.quiz.exit();
		expect(app.scene.year).toBe(2026);
		expect(app.scene.legend.find((e) => e.key === 'member')!.count).toBe(yearView(atlasCountries(), 2026, TODAY).counts.member);
	});
	it('a tour started while the first question loads its words wins: the later click is the one kept', async () => {
		const { app } = setup();
		const quiz = app.startQuiz();
		app.toggleTour();
		await quiz;
		expect(app.tour.active).toBe(true);
		expect(app.quiz.active).toBe(false);
		// Once loaded, a new quiz ends the tour as before.
		await app.startQuiz();
		expect(app.quiz.active).toBe(true);
		expect(app.tour.active).toBe(false);
	});
	it("holds the dock's year on the question's through a round, then gives the old year back", async () => {
		let r = 0;
		const { app } = setup(() => r);
		app.timeline.setYear(2012);
		app.timeline.play();
		await app.startQuiz();
		const asked = () => app.quiz.year;
		expect(app.timeline.playing).toBe(false);
		expect(app.timeline.year).toBe(asked());
		// The slider, keys and play leave the question's year alone.
		app.timeline.scrubTo(2001);
		app.timeline.handleKey('End');
		app.timeline.play();
		expect(app.timeline.year).toBe(asked());
		expect(app.timeline.playing).toBe(false);
		app.selectCountry('RUS', 'map');
		app.quiz.reveal();
		expect([app.timeline.year, app.scene.year]).toEqual([asked(), asked()]);
		r = 0.99;
		await app.startQuiz(); // "New question"
		expect(asked()).toBe(2024);
		expect([app.timeline.year, app.scene.year]).toEqual([2024, 2024]);
		app.leaveMode();
		expect(app.timeline.year).toBe(2012);
		app.timeline.scrubTo(2001);
		expect(app.timeline.year).toBe(2001);
	});
	it('a map click during a quiz does not stop a later search from flying there', async () => {
		const { app, moves } = setup();
		await app.startQuiz();
		app.selectCountry('KAZ', 'map');
		app.quiz.exit();
		app.chooseSearchResult({ type: 'country', id: 'KAZ', label: 'Kazakhstan', detail: '' } as never);
		expect(app.selection.country).toBe('KAZ');
		expect(moves.at(-1)).toEqual({ target: { kind: 'country', iso3: 'KAZ' }, origin: 'search' });
	});
});

describe('camera commands', () => {
	it('a click on the map selects without moving it; a list or search selection moves it', () => {
		const { app, moves } = setup();
		app.selectCountry('ARM', 'map');
		expect(moves).toEqual([]);
		app.selectCountry('ARM', 'list');
		expect(moves).toEqual([{ target: { kind: 'country', iso3: 'ARM' }, origin: 'list' }]);
	});
	it('a tour step sends its camera once; a map started later gets the current step, not an old one', () => {
		const { app, moves } = setup();
		app.toggleTour();
		app.tour.next();
		expect(moves.map((m) => m.origin)).toEqual(['tour', 'tour']);
		expect(moves[1].target).toEqual({ kind: 'camera', camera: tour[1].camera });
		app.tour.exit();
		moves.length = 0;
		app.mapStarted();
		expect(moves).toEqual([]);
		app.selectCountry('GEO', 'map');
		app.mapStarted();
		expect(moves).toEqual([{ target: { kind: 'country', iso3: 'GEO' }, origin: 'restore' }]);
	});
	it('opening a place from a list moves to a year where it shows', () => {
		const { app, moves } = setup();
		const gone = places.find((p) => p.category === 'facility' && p.end && Number(p.end.slice(0, 4)) < 2000)!;
		app.timeline.setYear(2020);
		app.selectPlace(gone.id, 'list');
		expect(app.scene.pins.get(gone.id)).not.toBe('hidden');
		expect(app.selection.place).toBe(gone.id);
		expect(moves.at(-1)).toEqual({ target: { kind: 'place', id: gone.id }, origin: 'list' });
	});
});

describe('tour and quiz exclude each other', () => {
	it('starting a quiz ends the tour, starting the tour ends the quiz; Escape leaves the innermost', async () => {
		const { app } = setup();
		app.toggleTour();
		expect(app.tour.active).toBe(true);
		await app.startQuiz();
		expect(app.tour.active).toBe(false);
		app.toggleTour();
		expect(app.quiz.active).toBe(false);
		expect(app.timeline.year).toBe(tour[0].year);
		expect(app.scene.highlight).toEqual(tour[0].highlight);
		expect(app.leaveMode()).toBe(true);
		expect(app.tour.active).toBe(false);
		expect(app.leaveMode()).toBe(false);
	});
});

describe('playback (fake timers)', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());
	it('plays year by year to the end and stops; a tour step pauses it', () => {
		const { app } = setup();
		app.timeline.setYear(2020);
		app.timeline.play();
		expect(app.timeline.playing).toBe(true);
		vi.advanceTimersByTime(10_000);
		expect(app.timeline.year).toBe(2026);
		expect(app.timeline.playing).toBe(false);
		app.timeline.play(); // from the end: starts again at 1991
		expect(app.timeline.year).toBe(1991);
		app.toggleTour();
		expect(app.timeline.playing).toBe(false);
		const year = app.timeline.year;
		vi.advanceTimersByTime(5_000);
		expect(app.timeline.year).toBe(year);
	});
});

describe('presenter mode (fake fullscreen)', () => {
	it('enters fullscreen; the browser leaving fullscreen leaves presenter mode', async () => {
		const { app, fullscreen } = setup();
		await app.presenter.toggle();
		expect(app.presenter.on).toBe(true);
		expect(fullscreen.active).toBe(true);
		await new Promise((r) => setTimeout(r, 1));
		fullscreen.active = false;
		app.presenter.onFullscreenChange();
		expect(app.presenter.on).toBe(false);
	});
	it('where fullscreen is refused, presenter mode still applies', async () => {
		const placesStore = new PlacesStore();
		placesStore.set(places, builtIn);
		const app = new AppController({ places: placesStore, today: TODAY, fullscreen: fakeFullscreen({ refuse: true }) });
		await app.presenter.enter();
		expect(app.presenter.on).toBe(true);
	});
});
