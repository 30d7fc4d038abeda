// The controller's lesson rules: a teacher's lesson plays through the same tour as the built-in
// one, steps set selection, filters and view; highlights are picked on the map; the view is captured.
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { AppController } from '$lib/state/app.svelte';
import { PlacesStore } from '$lib/state/placesStore.svelte';
import type { CameraRequest } from '$lib/state/cameraRequests';
import type { Lesson, LessonStep } from '$lib/data/lessonSchema';
import builtIn from '../../data/lessons/built-in.json';
import { places } from './placesData';

const step = (extra: Partial<LessonStep>): LessonStep => ({
	id: 'a',
	title: 'A',
	year: 2008,
	camera: { center: [44.5, 40.2], zoom: 4 },
	highlight: { countries: ['RUS'], places: [] },
	text: 'x',
	...extra
});
const lesson: Lesson = {
	format: 'csto-atlas-lesson',
	version: 1,
	title: 'Mine',
	steps: [step({ country: 'ARM', pins: { hidden: ['nuclear'], past: true }, view: 'table' }), step({ id: 'b', year: 1995 })]
};

function setup() {
	const placesStore = new PlacesStore();
	placesStore.set(places, builtIn as unknown as Lesson);
	const app = new AppController({
		places: placesStore,
		today: '2026-11-23',
		fullscreen: { active: false, supported: false, request: async () => {}, exit: async () => {} }
	});
	const moves: CameraRequest[] = [];
	app.camera.subscribe((r) => moves.push(r));
	return { app, moves };
}

describe('lessons in the controller', () => {
	it('the toolbar’s Tour switches a playing lesson to the built-in tour, and ends the built-in tour', () => {
		const { app } = setup();
		app.playLesson(lesson);
		app.toggleBuiltInTour();
		expect([app.tour.active, app.lessons.playing]).toEqual([true, null]);
		expect(app.tour.steps).toBe(app.places.tour);
		app.toggleBuiltInTour();
		expect(app.tour.active).toBe(false);
	});

	it('plays a teacher’s lesson in the tour: year, selection, filters, view, highlights and camera', () => {
		const { app, moves } = setup();
		app.playLesson(lesson);
		flushSync();
		expect(app.tour.steps).toBe(lesson.steps);
		expect(app.timeline.year).toBe(2008);
		expect(app.selection.country).toBe('ARM');
		expect([...app.selection.hiddenSymbols]).toEqual(['nuclear']);
		expect(app.selection.showAllPast).toBe(true);
		expect(app.panels.view).toBe('table');
		expect(app.scene.highlight).toEqual({ countries: ['RUS'], places: [] });
		expect(moves.at(-1)).toEqual({ target: { kind: 'camera', camera: lesson.steps[0].camera }, origin: 'tour' });
		app.tour.next();
		expect(app.timeline.year).toBe(1995);
		expect(app.selection.country).toBeNull();
		// The built-in tour is the same path with the built-in lesson.
		app.toggleTour();
		app.toggleTour();
		expect(app.tour.steps).toBe(app.places.tour);
		expect(app.lessons.playing).toBeNull();
	});
	it('while picking, a map click toggles a highlight instead of selecting; a list choice still selects', () => {
		const { app } = setup();
		app.lessons.setPanelOpen(true);
		app.lessons.setPicking(true);
		app.selectCountry('KAZ', 'map');
		app.selectPlace(places[0].id, 'map');
		expect(app.selection.country).toBeNull();
		expect(app.scene.highlight).toEqual({ countries: ['KAZ'], places: [places[0].id] });
		app.selectCountry('KAZ', 'map');
		expect(app.scene.highlight.countries).toEqual([]);
		app.selectCountry('ARM', 'list');
		expect(app.selection.country).toBe('ARM');
		app.toggleLessonPanel();
		expect(app.lessons.picking).toBe(false);
		expect(app.scene.highlight.places).toEqual([]);
	});
	it('captures the drawn map’s camera and the view', () => {
		const { app } = setup();
		app.timeline.setYear(2010);
		app.selectCountry('UZB', 'map');
		app.setCameraSource(() => ({ center: [64, 41], zoom: 4.5 }));
		expect(app.captureView()).toMatchObject({ year: 2010, country: 'UZB', camera: { center: [64, 41], zoom: 4.5 }, view: 'map' });
		app.setCameraSource(null);
		expect(app.captureView().camera.zoom).toBeGreaterThan(1);
	});
});
