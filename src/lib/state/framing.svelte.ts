/**
 * What the camera frames: the subject now (a tour step's view, else the selected place or state,
 * else Home), asked for again when a map starts or the stage changes shape; and the view the map
 * shows now, captured for a lesson step. The drawn map's camera is handed over by MapPanel: the
 * controller never holds the map itself.
 */
import type { CapturedView } from '$lib/domain/lessonEdit';
import { cameraForBounds, FRAMED_FOR, HOME_BOUNDS, type Camera, type CameraTarget } from '$lib/geo/camera';
import type { CameraRequests } from './cameraRequests';
import type { TourState } from './classroom.svelte';
import type { LessonMode } from './lessonMode.svelte';
import type { OpenPanels } from './openPanels.svelte';
import type { Selection } from './selection.svelte';
import type { Timeline } from './timeline.svelte';
import type { OrgShown } from './orgShown.svelte';

export interface FramedParts {
	camera: CameraRequests;
	tour: TourState;
	timeline: Timeline;
	selection: Selection;
	panels: OpenPanels;
	lessons: LessonMode;
	orgs: OrgShown;
}

export class Framing {
	readonly #parts: FramedParts;
	/** The drawn map's camera (framed for 1000×650); null while no map is drawn. */
	#cameraOf: (() => Camera) | null = null;

	constructor(parts: FramedParts) {
		this.#parts = parts;
	}

	setCameraSource(cameraOf: (() => Camera) | null) {
		this.#cameraOf = cameraOf;
	}

	/** What the camera should show now: the tour step's view, else the selected place or state, else Home (the members shown). */
	get subject(): CameraTarget {
		const { tour, selection, orgs } = this.#parts;
		const step = tour.step;
		if (step) return { kind: 'camera', camera: step.camera };
		if (selection.place) return { kind: 'place', id: selection.place };
		if (selection.country) return { kind: 'country', iso3: selection.country };
		return { kind: 'home', bounds: orgs.home ?? HOME_BOUNDS };
	}

	/** Whether the presenter caption has more to tell than it shows (a step, a state, a place). */
	get hasMore(): boolean {
		const { tour, selection } = this.#parts;
		return tour.active || !!selection.country || !!selection.place;
	}

	/** A map has just started: it frames what is shown now (a tour step, a selection), never an old move. */
	mapStarted() {
		const subject = this.subject;
		// A map starts at the treaty's region: anything else is asked for.
		if (subject.kind !== 'home' || subject.bounds !== HOME_BOUNDS) this.#parts.camera.request(subject, 'restore');
	}

	/** Another organisation is shown: Home moves to its members, unless the camera frames something else. */
	orgsShown() {
		const subject = this.subject;
		if (subject.kind === 'home') this.#parts.camera.request(subject, 'control');
	}

	/** The stage changed shape (presenting, a resize, the caption grew or hid): frame the subject in what is left. */
	reframe() {
		this.#parts.camera.request(this.subject, 'restore');
	}

	/** What the map shows now, for "Add this view as a step". */
	captureView(): CapturedView {
		const { timeline, selection, panels, lessons } = this.#parts;
		return {
			year: timeline.year,
			camera: this.#cameraOf?.() ?? cameraForBounds(HOME_BOUNDS, FRAMED_FOR.width, FRAMED_FOR.height),
			country: selection.country,
			place: selection.place,
			highlight: lessons.picks,
			hidden: [...selection.hiddenSymbols],
			past: selection.showAllPast,
			view: panels.view,
			orgs: this.#parts.orgs.choice
		};
	}
}
