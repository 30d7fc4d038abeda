/**
 * The app controller: composes the app's small runes classes (the dock's year, the selection, the
 * open panels, the scene shown now, lesson opening and playing, tour, quiz, presenter) and routes
 * what the reader does by mode (explore, tour, quiz, making a lesson). Components read its parts
 * and write only through its methods; they decide nothing themselves.
 */
import type { Lesson, LessonStep } from '$lib/data/lessonSchema';
import { pickQuizYear } from '$lib/domain/quiz';
import type { SearchItem } from '$lib/domain/search';
import { visibilityIn, type PinSymbol } from '$lib/domain/places';
import type { QuizWords, Scene } from '$lib/domain/scene';
import { yearOf } from '$lib/data/dates';
import type { Speed, YearStep } from '$lib/domain/yearSteps';
import type { Camera } from '$lib/geo/camera';
import { Timeline } from './timeline.svelte';
import { Selection } from './selection.svelte';
import { OpenPanels, viewTabs, type Dialog, type MainView, type ViewTab } from './openPanels.svelte';
import { CompareYears } from './compareYears.svelte';
import { LessonOpener } from './lessonOpener.svelte';
import { Framing } from './framing.svelte';
import { ShownScene, QUIZ_CANDIDATES } from './shownScene.svelte';
import { LessonPlayer } from './lessonPlayer';
import { TourState, QuizState, PresenterState, type FullscreenHost } from './classroom.svelte';
import { CameraRequests, type CameraOrigin } from './cameraRequests';
import { StageFrame } from './stage.svelte';
import type { PlacesStore } from './placesStore.svelte';
import { LessonMode } from './lessonMode.svelte';
import { OrgShown } from './orgShown.svelte';
import { orgChoice } from '$lib/domain/orgChoice';
import type { OrgId } from '$lib/data/orgIds';
import type { LessonSource } from './lessonOpen';

/** Where a selection came from: only a click on the map itself leaves the camera alone. */
export type SelectOrigin = 'map' | Exclude<CameraOrigin, 'tour' | 'control'>;

export interface ControllerOptions {
	/** The places and the built-in tour: made once by the app's entry, loaded after the first paint. */
	places: PlacesStore;
	today?: string;
	fullscreen?: FullscreenHost;
	random?: () => number;
	/** Start as an embed (the /embed/ page), before the URL is read. */
	embed?: boolean;
}

export class AppController {
	readonly places: PlacesStore;
	readonly timeline: Timeline;
	readonly selection = new Selection();
	readonly panels = new OpenPanels();
	readonly compareYears: CompareYears;
	readonly tour: TourState;
	// The quiz holds the dock's year on the question's: one year on screen through a round.
	readonly quiz = new QuizState({ onStart: (year) => this.timeline.holdYear(year), onExit: () => this.timeline.releaseYear() });
	readonly presenter: PresenterState;
	readonly camera = new CameraRequests();
	readonly stage = new StageFrame();
	readonly lessons = new LessonMode();
	/** The organisations the map shows (issue 25): the CSTO alone unless chosen. */
	readonly orgs = new OrgShown();
	readonly lessonOpener: LessonOpener;
	readonly framing: Framing;
	readonly player: LessonPlayer;
	readonly #random: () => number;

	/** ?embed=1: only the map, the slider and the legend, for an iframe on another site. */
	embed = $state(false);
	#quizWords = $state.raw<QuizWords | null>(null);
	exportMessage = $state('');
	placesError = $state<string | null>(null);

	readonly #shown: ShownScene;
	readonly tabs: ViewTab[];

	constructor(opts: ControllerOptions) {
		this.places = opts.places;
		this.timeline = new Timeline(opts.today);
		this.compareYears = new CompareYears(this.timeline);
		this.presenter = new PresenterState(opts.fullscreen);
		// The tour plays a teacher's lesson when one is open, else the built-in one: the same code path.
		this.tour = new TourState(
			() => this.lessons.playing?.steps ?? this.places.tour,
			(step) => this.player.applyStep(step)
		);
		this.lessonOpener = new LessonOpener(this.places, (lesson) => this.playLesson(lesson));
		this.framing = new Framing(this);
		this.player = new LessonPlayer(this);
		this.#random = opts.random ?? Math.random;
		this.embed = opts.embed ?? false;
		this.#shown = new ShownScene(this);
		this.tabs = $derived(viewTabs(this.quiz.active));
	}

	/** What any map must show right now (shownScene.svelte.ts). */
	get scene(): Scene {
		return this.#shown.scene;
	}
	/** Any year's scene with the current pin filters, and no selection or highlight: for the exports. */
	sceneForYear = (year: number): Scene => this.#shown.forYear(year);

	/** The two years Compare shows (compareYears.svelte.ts). */
	get compare(): { a: number; b: number } {
		return this.compareYears.years;
	}
	setCompareYears = (a: number, b: number) => this.compareYears.pick(a, b);

	// The year dock: the slider (a hand on it stops playback), its keys (true if one moved the year), play and speed.
	scrubTo = (year: number) => this.timeline.scrubTo(year);
	yearKey = (key: string): boolean => this.timeline.handleKey(key);
	togglePlay = () => this.timeline.togglePlay();
	pause = () => this.timeline.pause();
	setSpeed = (speed: Speed) => this.timeline.setSpeed(speed);

	/** The clicker's step, from either window: the tour's step while a tour plays, else the year. */
	clickerStep(step: Extract<YearStep, 'next' | 'prev' | 'first' | 'last'>) {
		const { tour } = this;
		if (!tour.active) this.timeline.step(step);
		else if (step === 'next') tour.next();
		else if (step === 'prev') tour.prev();
		else tour.start(step === 'first' ? 0 : tour.steps.length - 1);
	}

	/** The organisation the map shows, and one compared with it or none (the picker); loads it first. */
	chooseOrgs = (a: OrgId, b: OrgId | null): Promise<void> => this.orgs.choose(orgChoice(a, b));

	// What is open (the main view, the dialogs), and the pin filters.
	setView = (view: MainView) => this.panels.setView(view);
	openDialog = (dialog: Dialog) => this.panels.open(dialog);
	closeDialog = (dialog: Dialog) => this.panels.close(dialog);
	toggleSymbol = (symbol: PinSymbol) => this.selection.toggleSymbol(symbol);
	setShowAllPast = (on: boolean) => this.selection.setShowAllPast(on);

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
		this.selection.setCountry(iso3);
		if (iso3 && origin !== 'map') this.camera.request({ kind: 'country', iso3 }, origin);
	}

	/** A place chosen on the map, in a list or by search: shown in a year where it is on the map. */
	selectPlace(id: string | null, origin: SelectOrigin) {
		if (!id) return this.selection.setPlace(null);
		if (origin === 'map' && this.#picking) return this.lessons.togglePick('places', id);
		if (origin === 'map') this.selection.setPlace(id);
		else {
			this.#openPlace(id);
			this.camera.request({ kind: 'place', id }, origin);
		}
	}

	/** A details panel closed: no state or place is selected. */
	deselect = () => this.selection.clear();

	chooseSearchResult(item: SearchItem) {
		this.panels.setView('map');
		if (item.type === 'country') this.selectCountry(item.id, 'search');
		else this.selectPlace(item.id, 'search');
	}

	/** The quiz's words (text/quizText.ts): loaded by the first quiz, not with the page. */
	get quizWords() {
		return this.#quizWords;
	}

	/** A new question; the first one loads the quiz's words before it is asked. */
	async startQuiz() {
		if (!this.#quizWords) {
			const touring = this.tour.active;
			this.#quizWords = (await import('$lib/text/quizText')).QUIZ_WORDS;
			// A tour (or lesson) started while the words loaded is the reader's later choice: it stays.
			if (this.tour.active && !touring) return;
		}
		this.tour.exit();
		this.timeline.pause();
		this.selection.clear();
		this.panels.setView('map');
		this.quiz.start(pickQuizYear(this.#random(), this.quiz.year));
	}

	async toggleQuiz() {
		if (this.quiz.active) this.quiz.exit();
		else await this.startQuiz();
	}

	// Lessons and the tour (lessonPlayer.ts).
	playLesson = (lesson: Lesson | null, from = 0) => this.player.play(lesson, from);
	toggleTour = () => this.player.toggleTour();
	toggleBuiltInTour = () => this.player.toggleBuiltInTour();
	showStep = (step: LessonStep) => this.player.showStep(step);
	/** A lesson from a link (`#lesson=…`) or a file (lessonOpener.svelte.ts). */
	openLesson = (source: LessonSource): Promise<boolean> => this.lessonOpener.open(source);
	dismissLessonNotice = () => this.lessonOpener.dismissNotice();
	setAsideOpenedLesson = () => this.lessonOpener.setAside();

	toggleLessonPanel() {
		this.lessons.setPanelOpen(!this.lessons.panelOpen);
	}

	get #picking() {
		return this.lessons.picking && !this.tour.active && !this.quiz.active;
	}

	// The camera's subject and the captured view (framing.svelte.ts); MapPanel hands over the drawn map's camera.
	setCameraSource = (cameraOf: (() => Camera) | null) => this.framing.setCameraSource(cameraOf);
	captureView = () => this.framing.captureView();
	mapStarted = () => this.framing.mapStarted();
	reframe = () => this.framing.reframe();
	get hasMore() {
		return this.framing.hasMore;
	}

	/** Escape: leaves the innermost mode. Returns false when there was none. */
	leaveMode(): boolean {
		if (this.tour.active) this.tour.exit();
		else if (this.quiz.active) this.quiz.exit();
		else if (this.presenter.on) void this.presenter.exit();
		else return false;
		return true;
	}

	/** Opens a place from search or a tour: moves to a year where it shows and unhides its kind. */
	#openPlace(id: string) {
		const { timeline, selection } = this;
		const p = this.places.byId.get(id);
		if (!p) return;
		if (selection.hiddenSymbols.has(p.symbol)) selection.toggleSymbol(p.symbol);
		if (visibilityIn(p, timeline.year, timeline.today, selection.showAllPast) === 'hidden') timeline.scrubTo(yearOf(p.start));
		selection.setPlace(id);
	}
}
