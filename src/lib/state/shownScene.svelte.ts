/**
 * The scene, derived once from the app's parts: what any map must show now (the dock's year, or
 * the quiz's while a quiz is open; the pin filters; the selection; a step's highlights), the
 * year's statuses the table and panels list, and the summary sentence. Also any year's scene,
 * for the exports.
 */
import { m } from '$lib/paraglide/messages';
import { atlasCountries } from '$lib/data/atlasData';
import { quizCandidates } from '$lib/domain/quiz';
import { yearView, summarySentence, type YearView } from '$lib/domain/yearView';
import type { Visibility } from '$lib/domain/places';
import {
	statusFills,
	quizFills,
	statusLegend,
	quizLegend,
	quizAnswerLegend,
	statusOn,
	pinVisibility,
	NO_HIGHLIGHT,
	type Scene,
	type QuizView
} from '$lib/domain/scene';
import { referenceDate } from '$lib/domain/dates';
import type { QuizState, TourState } from './classroom.svelte';
import type { LessonMode } from './lessonMode.svelte';
import type { PlacesStore } from './placesStore.svelte';
import type { Selection } from './selection.svelte';
import type { Timeline } from './timeline.svelte';

/** The states a quiz asks about. */
export const QUIZ_CANDIDATES: ReadonlySet<string> = new Set(quizCandidates(atlasCountries()).map((c) => c.iso3));
const NO_PINS: ReadonlyMap<string, Visibility> = new Map();

export interface SceneParts {
	timeline: Timeline;
	selection: Selection;
	places: PlacesStore;
	quiz: QuizState;
	tour: TourState;
	lessons: LessonMode;
}

export class ShownScene {
	readonly #parts: SceneParts;
	/** The dock year's statuses, as the table and the panels list them. */
	readonly yearView: YearView;
	/** What any map must show right now. */
	readonly scene: Scene;
	readonly summary: string;

	constructor(parts: SceneParts) {
		this.#parts = parts;
		const { timeline, selection, places, quiz, tour, lessons } = parts;
		this.yearView = $derived(yearView(atlasCountries(), timeline.year, timeline.today));
		/** Every pin's visibility in the dock's year, after the kind filters. */
		const dockPins = $derived(pinVisibility(places.places, timeline.year, timeline.today, selection.hiddenSymbols, selection.showAllPast));
		const quizView: QuizView | null = $derived(
			quiz.year === null ? null : { year: quiz.year, picks: quiz.picks, revealed: quiz.revealed, candidates: QUIZ_CANDIDATES }
		);
		// The year's statuses the map shows: the quiz's year while a quiz is open.
		const shown: YearView = $derived(quiz.year === null ? this.yearView : yearView(atlasCountries(), quiz.year, timeline.today));
		const fills = $derived(quizView ? quizFills(atlasCountries(), quizView, shown) : statusFills(shown));
		const legend = $derived(
			!quizView ? statusLegend(shown.counts) : quizView.revealed ? quizAnswerLegend(fills, QUIZ_CANDIDATES) : quizLegend(quizView)
		);
		// An open quiz shows no pins until it is answered: they would give answers away.
		const pins = $derived.by(() => {
			if (!quizView) return dockPins;
			if (!quizView.revealed) return NO_PINS;
			return pinVisibility(places.places, quizView.year, timeline.today, selection.hiddenSymbols, selection.showAllPast);
		});
		this.scene = $derived({
			year: shown.year,
			referenceDate: referenceDate(shown.year, timeline.today),
			statusOn: statusOn(shown.year, timeline.today),
			fills,
			legend,
			pins,
			// A step's highlights; while a lesson is being made, the ones picked for its next step.
			highlight: tour.step?.highlight ?? (lessons.panelOpen ? lessons.picks : NO_HIGHLIGHT),
			selectedCountry: selection.country,
			selectedPlace: selection.place
		});
		this.summary = $derived(quiz.year === null ? summarySentence(this.yearView) : m.quiz_summary({ year: quiz.year }));
	}

	/**
	 * The scene of any year with the current pin filters, and no selection or highlight: what the
	 * exports draw (animation frames, handout maps) without touching what the map shows now.
	 */
	forYear(year: number): Scene {
		const { timeline, selection, places } = this.#parts;
		const view = yearView(atlasCountries(), year, timeline.today);
		return {
			year,
			referenceDate: referenceDate(year, timeline.today),
			statusOn: statusOn(year, timeline.today),
			fills: statusFills(view),
			legend: statusLegend(view.counts),
			pins: pinVisibility(places.places, year, timeline.today, selection.hiddenSymbols, selection.showAllPast),
			highlight: NO_HIGHLIGHT,
			selectedCountry: null,
			selectedPlace: null
		};
	}
}
