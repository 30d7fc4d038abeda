/**
 * The app controller: one runes class that owns the app's rules (year and playback, selection,
 * view, tour and lessons, quiz, presenter, places loading) and derives one scene, what any map must show
 * now. Components read it and call its methods; they decide nothing themselves.
 */
import { m } from '$lib/paraglide/messages';
import { atlasCountries } from '$lib/data/atlasData';
import type { Lesson, LessonStep } from '$lib/data/lessonSchema';
import { quizCandidates, pickQuizYear } from '$lib/domain/quiz';
import { yearView, type YearView } from '$lib/domain/yearView';
import type { SearchItem } from '$lib/domain/search';
import type { Visibility } from '$lib/domain/places';
import { statusFills, quizFills, pinVisibility, NO_HIGHLIGHT, type Scene, type QuizView } from '$lib/domain/scene';
import { statusLegend, quizLegend, quizAnswerLegend, statusOn } from '$lib/text/sceneText';
import { referenceDate } from '$lib/data/dates';
import { defaultCompareYears } from '$lib/domain/compare';
import { tourStepYear } from '$lib/domain/tour';
import type { CapturedView } from '$lib/domain/lessonEdit';
import { cameraForBounds, FRAMED_FOR, HOME_BOUNDS, type Camera, type CameraTarget } from '$lib/geo/camera';
import { AtlasState, type MainView } from './atlas.svelte';
import { TourState, QuizState, PresenterState, type FullscreenHost } from './classroom.svelte';
import { CameraRequests, type CameraOrigin } from './cameraRequests';
import { StageFrame } from './stage.svelte';
import { placesStore } from './placesStore.svelte';
import { LessonMode } from './lessonMode.svelte';
import type { LessonSource } from './lessonOpen';

/** Where a selection came from: only a click on the map itself leaves the camera alone. */
export type SelectOrigin = 'map' | Exclude<CameraOrigin, 'tour' | 'control'>;

const NO_PINS: ReadonlyMap<string, Visibility> = new Map();
const QUIZ_CANDIDATES: ReadonlySet<string> = new Set(quizCandidates(atlasCountries()).map((c) => c.iso3));

export interface ControllerOptions {
	today?: string;
	fullscreen?: FullscreenHost;
	random?: () => number;
	/** Start as an embed (the /embed/ page), before the URL is read. */
	embed?: boolean;
}

export class AppController {
	readonly atlas: AtlasState;
	readonly tour: TourState;
	// The quiz holds the dock's year on the question's: one year on screen through a round.
	readonly quiz = new QuizState({ onStart: (year) => this.atlas.holdYear(year), onExit: () => this.atlas.releaseYear() });
	readonly presenter: PresenterState;
	readonly camera = new CameraRequests();
	readonly stage = new StageFrame();
	readonly places = placesStore;
	readonly lessons = new LessonMode();
	readonly #random: () => number;
	/** The drawn map's camera (framed for 1000×650), from MapPanel; null while no map is drawn. */
	#cameraOf: (() => Camera) | null = null;

	helpOpen = $state(false);
	handoutOpen = $state(false);
	embedOpen = $state(false);
	/** ?embed=1: only the map, the slider and the legend, for an iframe on another site. */
	embed = $state(false);
	exportMessage = $state('');
	placesError = $state<string | null>(null);
	/** Compare's first year as the reader picked it, for the second year it was picked against. */
	#comparePick = $state<{ a: number; b: number } | null>(null);
	/** Compare's first year before any pick: the year before the latest change up to the dock's year. */
	readonly #compareDefault: number;

	/** What any map must show right now. */
	readonly scene: Scene;
	readonly summary: string;
	readonly tabs: { id: MainView; label: string }[];

	constructor(opts: ControllerOptions = {}) {
		this.atlas = new AtlasState(opts.today);
		this.presenter = new PresenterState(opts.fullscreen);
		// The tour plays a teacher's lesson when one is open, else the built-in one: the same code path.
		this.tour = new TourState(
			() => this.lessons.playing?.steps ?? placesStore.tour,
			(step) => this.#applyStep(step)
		);
		this.#random = opts.random ?? Math.random;
		this.embed = opts.embed ?? false;
		const { atlas, quiz, tour, lessons } = this;

		const quizView: QuizView | null = $derived(
			quiz.year === null ? null : { year: quiz.year, picks: quiz.picks, revealed: quiz.revealed, candidates: QUIZ_CANDIDATES }
		);
		// The year's statuses the map shows: the quiz's year while a quiz is open.
		const shown: YearView = $derived(quiz.year === null ? atlas.yearView : yearView(atlasCountries(), quiz.year, atlas.today));
		const fills = $derived(quizView ? quizFills(atlasCountries(), quizView, shown) : statusFills(shown));
		const legend = $derived(
			!quizView ? statusLegend(shown.counts) : quizView.revealed ? quizAnswerLegend(fills, QUIZ_CANDIDATES) : quizLegend(quizView)
		);
		// An open quiz shows no pins until it is answered: they would give answers away.
		const pins = $derived.by(() => {
			if (!quizView) return atlas.pinVisibility;
			if (!quizView.revealed) return NO_PINS;
			return pinVisibility(placesStore.places, quizView.year, atlas.today, atlas.hiddenSymbols, atlas.showAllPast);
		});
		this.scene = $derived({
			year: shown.year,
			referenceDate: referenceDate(shown.year, atlas.today),
			statusOn: statusOn(shown.year, atlas.today),
			fills,
			legend,
			pins,
			// A step's highlights; while a lesson is being made, the ones picked for its next step.
			highlight: tour.step?.highlight ?? (lessons.panelOpen ? lessons.picks : NO_HIGHLIGHT),
			selectedCountry: atlas.country,
			selectedPlace: atlas.place
		});
		this.#compareDefault = $derived(defaultCompareYears(atlasCountries(), atlas.year, atlas.minYear, atlas.today).a);
		this.summary = $derived(quiz.year === null ? atlas.summary : m.quiz_summary({ year: quiz.year }));
		this.tabs = $derived(
			quiz.active
				? [{ id: 'map', label: m.tab_map() }]
				: [
						{ id: 'map', label: m.tab_map() },
						{ id: 'table', label: m.tab_table() },
						{ id: 'compare', label: m.tab_compare() }
					]
		);
	}

	/**
	 * The scene of any year with the current pin filters, and no selection or highlight: what the
	 * exports draw (animation frames, handout maps) without touching what the map shows now.
	 */
	sceneForYear(year: number): Scene {
		const { atlas } = this;
		const view = yearView(atlasCountries(), year, atlas.today);
		return {
			year,
			referenceDate: referenceDate(year, atlas.today),
			statusOn: statusOn(year, atlas.today),
			fills: statusFills(view),
			legend: statusLegend(view.counts),
			pins: pinVisibility(placesStore.places, year, atlas.today, atlas.hiddenSymbols, atlas.showAllPast),
			highlight: NO_HIGHLIGHT,
			selectedCountry: null,
			selectedPlace: null
		};
	}

	/**
	 * The two years Compare shows: the second is always the dock's year (one year control, no
	 * third year on screen); the first is the reader's pick for it, else the latest turning point.
	 */
	get compare(): { a: number; b: number } {
		const b = this.atlas.year;
		return { a: this.#comparePick?.b === b ? this.#comparePick.a : this.#compareDefault, b };
	}

	setCompareYears(a: number, b: number) {
		this.atlas.scrubTo(b);
		this.#comparePick = { a, b: this.atlas.year };
	}

	/** A state chosen on the map, in a list or by search. */
	selectCountry(iso3: string | null, origin: SelectOrigin) {
		if (origin === 'map' && this.quiz.active && !this.quiz.revealed) {
			if (iso3 && QUIZ_CANDIDATES.has(iso3)) this.quiz.toggle(iso3);
			return;
		}
		if (origin === 'map' && this.#picking) {
			if (iso3) this.lessons.togglePick('countries', iso3);
			return;
		}
		this.atlas.select(iso3);
		if (iso3 && origin !== 'map') this.camera.request({ kind: 'country', iso3 }, origin);
	}

	/** A place chosen on the map, in a list or by search: shown in a year where it is on the map. */
	selectPlace(id: string | null, origin: SelectOrigin) {
		if (!id) return this.atlas.selectPlace(null);
		if (origin === 'map' && this.#picking) return this.lessons.togglePick('places', id);
		if (origin === 'map') this.atlas.selectPlace(id);
		else {
			this.atlas.openPlace(id);
			this.camera.request({ kind: 'place', id }, origin);
		}
	}

	chooseSearchResult(item: SearchItem) {
		this.atlas.setView('map');
		if (item.type === 'country') this.selectCountry(item.id, 'search');
		else this.selectPlace(item.id, 'search');
	}

	startQuiz() {
		this.tour.exit();
		this.atlas.pause();
		this.atlas.select(null);
		this.atlas.selectPlace(null);
		this.atlas.setView('map');
		this.quiz.start(pickQuizYear(this.#random(), this.quiz.year));
	}

	toggleQuiz() {
		if (this.quiz.active) this.quiz.exit();
		else this.startQuiz();
	}

	toggleTour() {
		if (this.tour.active) this.tour.exit();
		else this.playLesson(null);
	}
	/** The toolbar's Tour: the built-in tour on or off; while a teacher's lesson plays, it switches to the tour. */
	toggleBuiltInTour() {
		if (this.tour.active && !this.lessons.playing) this.tour.exit();
		else this.playLesson(null);
	}

	/** Plays a lesson in the tour, from its first step; null plays the built-in tour. */
	playLesson(lesson: Lesson | null, from = 0) {
		this.quiz.exit();
		this.lessons.setPicking(false);
		this.lessons.setPlaying(lesson);
		this.tour.start(from);
	}

	/** A lesson from a link (`#lesson=…`) or a file: checked whole, then played from step 1, or a message says why not. */
	async openLesson(source: LessonSource): Promise<boolean> {
		const [{ openLessonFrom }] = await Promise.all([import('./lessonOpen'), placesStore.load().catch(() => undefined)]);
		const reading = await openLessonFrom(source, new Set(placesStore.byId.keys()));
		if (!reading.ok) {
			this.lessons.setNotice({ kind: 'error', text: reading.message, notes: [] });
			return false;
		}
		this.lessons.setNotice({ kind: 'opened', text: m.lesson_opened_notice({ title: reading.lesson.title }), notes: reading.notes });
		this.lessons.setOpened(reading.lesson);
		this.playLesson(reading.lesson);
		return true;
	}

	toggleLessonPanel() {
		this.lessons.setPanelOpen(!this.lessons.panelOpen);
	}

	get #picking() {
		return this.lessons.picking && !this.tour.active && !this.quiz.active;
	}

	/** MapPanel hands over the drawn map's camera: the controller never holds the map itself. */
	setCameraSource(cameraOf: (() => Camera) | null) {
		this.#cameraOf = cameraOf;
	}

	/** What the map shows now, for "Add this view as a step". */
	captureView(): CapturedView {
		const { atlas } = this;
		return {
			year: atlas.year,
			camera: this.#cameraOf?.() ?? cameraForBounds(HOME_BOUNDS, FRAMED_FOR.width, FRAMED_FOR.height),
			country: atlas.country,
			place: atlas.place,
			highlight: this.lessons.picks,
			hidden: [...atlas.hiddenSymbols],
			past: atlas.showAllPast,
			view: atlas.view
		};
	}

	/** The editor's "Show": one step on the map, as the tour would show it, with its highlights to edit. */
	showStep(step: LessonStep) {
		this.tour.exit();
		this.#applyStep(step);
		this.lessons.setPicks(step.highlight);
	}

	/** Escape: leaves the innermost mode. Returns false when there was none. */
	leaveMode(): boolean {
		if (this.tour.active) this.tour.exit();
		else if (this.quiz.active) this.quiz.exit();
		else if (this.presenter.on) void this.presenter.exit();
		else return false;
		return true;
	}

	/** What the camera should show now: the tour step's view, else the selected place or state, else Home. */
	get subject(): CameraTarget {
		const step = this.tour.step;
		if (step) return { kind: 'camera', camera: step.camera };
		if (this.atlas.place) return { kind: 'place', id: this.atlas.place };
		if (this.atlas.country) return { kind: 'country', iso3: this.atlas.country };
		return { kind: 'home' };
	}

	/** Whether the presenter caption has more to tell than it shows (a step, a state, a place). */
	get hasMore(): boolean {
		return this.tour.active || !!this.atlas.country || !!this.atlas.place;
	}

	/** A map has just started: it frames what is shown now (a tour step, a selection), never an old move. */
	mapStarted() {
		const subject = this.subject;
		if (subject.kind !== 'home') this.camera.request(subject, 'restore');
	}

	/** The stage changed shape (presenting, a resize, the caption grew or hid): frame the subject in what is left. */
	reframe() {
		this.camera.request(this.subject, 'restore');
	}

	#applyStep(step: LessonStep) {
		const { atlas } = this;
		atlas.pause();
		atlas.setYear(tourStepYear(step, atlas.maxYear));
		// A step without pin filters leaves them as the reader set them.
		if (step.pins) {
			atlas.setHiddenSymbols(step.pins.hidden);
			atlas.setShowAllPast(step.pins.past);
		}
		atlas.select(step.country ?? null);
		atlas.selectPlace(step.place ?? null);
		atlas.setView(step.view ?? 'map');
		this.camera.request({ kind: 'camera', camera: { center: step.camera.center, zoom: step.camera.zoom } }, 'tour');
	}
}
