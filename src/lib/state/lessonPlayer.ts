/**
 * Playing a lesson in the tour: a teacher's lesson or the built-in tour, from a step; one step
 * shown by the editor; and what entering a step does to the app (year, pin filters, selection,
 * view and camera). The same code path for every lesson.
 */
import { stepOrgChoice } from '$lib/domain/orgChoice';
import type { OrgShown } from './orgShown.svelte';
import type { Lesson, LessonStep } from '$lib/data/lessonSchema';
import { tourStepYear } from '$lib/domain/tour';
import type { CameraRequests } from './cameraRequests';
import type { QuizState, TourState } from './classroom.svelte';
import type { LessonMode } from './lessonMode.svelte';
import type { OpenPanels } from './openPanels.svelte';
import type { Selection } from './selection.svelte';
import type { Timeline } from './timeline.svelte';

export interface PlayedParts {
	tour: TourState;
	quiz: QuizState;
	lessons: LessonMode;
	timeline: Timeline;
	selection: Selection;
	panels: OpenPanels;
	camera: CameraRequests;
	orgs: OrgShown;
}

export class LessonPlayer {
	readonly #parts: PlayedParts;

	constructor(parts: PlayedParts) {
		this.#parts = parts;
	}

	/** Plays a lesson in the tour, from its first step; null plays the built-in tour. */
	play(lesson: Lesson | null, from = 0) {
		const { quiz, lessons, tour } = this.#parts;
		quiz.exit();
		lessons.setPicking(false);
		lessons.setPlaying(lesson);
		tour.start(from);
	}

	/** The presenter bar's Tour: whichever lesson plays ends; else the built-in tour starts. */
	toggleTour() {
		if (this.#parts.tour.active) this.#parts.tour.exit();
		else this.play(null);
	}

	/** The toolbar's Tour: the built-in tour on or off; while a teacher's lesson plays, it switches to the tour. */
	toggleBuiltInTour() {
		const { tour, lessons } = this.#parts;
		if (tour.active && !lessons.playing) tour.exit();
		else this.play(null);
	}

	/** The editor's "Show": one step on the map, as the tour would show it, with its highlights to edit. */
	showStep(step: LessonStep) {
		this.#parts.tour.exit();
		this.applyStep(step);
		this.#parts.lessons.setPicks(step.highlight);
	}

	/** A step entered: called by the tour's move itself, not by an effect. */
	applyStep(step: LessonStep) {
		const { timeline, selection, panels, camera } = this.#parts;
		timeline.pause();
		timeline.setYear(tourStepYear(step, timeline.maxYear));
		// A step without pin filters leaves them as the reader set them.
		if (step.pins) {
			selection.setHiddenSymbols(step.pins.hidden);
			selection.setShowAllPast(step.pins.past);
		}
		selection.setCountry(step.country ?? null);
		selection.setPlace(step.place ?? null);
		panels.setView(step.view ?? 'map');
		// A step without org or orgs leaves the organisations as the reader chose them.
		const orgs = stepOrgChoice(step);
		if (orgs) void this.#parts.orgs.choose(orgs);
		camera.request({ kind: 'camera', camera: { center: step.camera.center, zoom: step.camera.zoom } }, 'tour');
	}
}
