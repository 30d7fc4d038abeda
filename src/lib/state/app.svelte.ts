/**
 * The app controller: one runes class that owns the app's rules (year and playback, selection,
 * view, tour, quiz, presenter, places loading) and derives one scene, what any map must show
 * now. Components read it and call its methods; they decide nothing themselves.
 */
import { countries } from '$lib/data/atlasData';
import type { TourStep } from '$lib/data/schema';
import { quizCandidates, pickQuizYear } from '$lib/domain/quiz';
import { yearView, type YearView } from '$lib/domain/yearView';
import type { SearchItem } from '$lib/domain/search';
import type { Visibility } from '$lib/domain/places';
import {
	statusFills,
	quizFills,
	statusLegend,
	quizLegend,
	statusOn,
	pinVisibility,
	NO_HIGHLIGHT,
	type Scene,
	type QuizView
} from '$lib/domain/scene';
import { referenceDate } from '$lib/domain/dates';
import { tourStepYear } from '$lib/domain/tour';
import { AtlasState, type MainView } from './atlas.svelte';
import { TourState, QuizState, PresenterState, type FullscreenHost } from './classroom.svelte';
import { CameraRequests, type CameraOrigin } from './cameraRequests';
import { placesStore } from './placesStore.svelte';

/** Where a selection came from: only a click on the map itself leaves the camera alone. */
export type SelectOrigin = 'map' | Exclude<CameraOrigin, 'tour' | 'control'>;

const NO_PINS: ReadonlyMap<string, Visibility> = new Map();
const QUIZ_CANDIDATES: ReadonlySet<string> = new Set(quizCandidates(countries).map((c) => c.iso3));

export interface ControllerOptions {
	today?: string;
	fullscreen?: FullscreenHost;
	random?: () => number;
}

export class AppController {
	readonly atlas: AtlasState;
	readonly tour: TourState;
	readonly quiz = new QuizState();
	readonly presenter: PresenterState;
	readonly camera = new CameraRequests();
	readonly places = placesStore;
	readonly #random: () => number;

	helpOpen = $state(false);
	handoutOpen = $state(false);
	embedOpen = $state(false);
	/** ?embed=1: only the map, the slider and the legend, for an iframe on another site. */
	embed = $state(false);
	exportMessage = $state('');
	placesError = $state<string | null>(null);
	compare = $state({ a: 1998, b: 2000 });

	/** What any map must show right now. */
	readonly scene: Scene;
	readonly summary: string;
	readonly tabs: { id: MainView; label: string }[];

	constructor(opts: ControllerOptions = {}) {
		this.atlas = new AtlasState(opts.today);
		this.presenter = new PresenterState(opts.fullscreen);
		this.tour = new TourState(() => placesStore.tour, (step) => this.#applyStep(step));
		this.#random = opts.random ?? Math.random;
		const { atlas, quiz, tour } = this;

		const quizView: QuizView | null = $derived(
			quiz.year === null ? null : { year: quiz.year, picks: quiz.picks, revealed: quiz.revealed, candidates: QUIZ_CANDIDATES }
		);
		// The year's statuses the map shows: the quiz's year while a quiz is open.
		const shown: YearView = $derived(quiz.year === null ? atlas.yearView : yearView(countries, quiz.year, atlas.today));
		const fills = $derived(quizView ? quizFills(countries, quizView, shown) : statusFills(shown));
		const legend = $derived(quizView && !quizView.revealed ? quizLegend(quizView) : statusLegend(shown.counts));
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
			highlight: tour.step?.highlight ?? NO_HIGHLIGHT,
			selectedCountry: atlas.country,
			selectedPlace: atlas.place
		});
		this.summary = $derived(quiz.year === null ? atlas.summary : `Quiz: which states were members in ${quiz.year}?`);
		this.tabs = $derived(
			quiz.active
				? [{ id: 'map', label: 'Map' }]
				: [
						{ id: 'map', label: 'Map' },
						{ id: 'table', label: 'Table' },
						{ id: 'compare', label: 'Compare years' }
					]
		);
	}

	/**
	 * The scene of any year with the current pin filters, and no selection or highlight: what the
	 * exports draw (animation frames, handout maps) without touching what the map shows now.
	 */
	sceneForYear(year: number): Scene {
		const { atlas } = this;
		const view = yearView(countries, year, atlas.today);
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

	/** A state chosen on the map, in a list or by search. */
	selectCountry(iso3: string | null, origin: SelectOrigin) {
		if (origin === 'map' && this.quiz.active && !this.quiz.revealed) {
			if (iso3 && QUIZ_CANDIDATES.has(iso3)) this.quiz.toggle(iso3);
			return;
		}
		this.atlas.select(iso3);
		if (iso3 && origin !== 'map') this.camera.request({ kind: 'country', iso3 }, origin);
	}

	/** A place chosen on the map, in a list or by search: shown in a year where it is on the map. */
	selectPlace(id: string | null, origin: SelectOrigin) {
		if (!id) return this.atlas.selectPlace(null);
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
		else {
			this.quiz.exit();
			this.tour.start(0);
		}
	}

	/** Escape: leaves the innermost mode. Returns false when there was none. */
	leaveMode(): boolean {
		if (this.tour.active) this.tour.exit();
		else if (this.quiz.active) this.quiz.exit();
		else if (this.presenter.on) void this.presenter.exit();
		else return false;
		return true;
	}

	/** A map has just started: it frames what is shown now (a tour step, a selection), never an old move. */
	mapStarted() {
		const step = this.tour.step;
		if (step) this.camera.request({ kind: 'camera', camera: step.camera }, 'restore');
		else if (this.atlas.place) this.camera.request({ kind: 'place', id: this.atlas.place }, 'restore');
		else if (this.atlas.country) this.camera.request({ kind: 'country', iso3: this.atlas.country }, 'restore');
	}

	#applyStep(step: TourStep) {
		this.atlas.pause();
		this.atlas.setYear(tourStepYear(step, this.atlas.maxYear));
		this.atlas.select(null);
		this.atlas.selectPlace(null);
		this.atlas.setView('map');
		this.camera.request({ kind: 'camera', camera: { center: step.camera.center, zoom: step.camera.zoom } }, 'tour');
	}
}
