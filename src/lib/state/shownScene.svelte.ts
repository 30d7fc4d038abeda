/**
 * The scene shown now, derived once from the app's parts with the one scene function (sceneOf):
 * the dock's year, or the quiz's while a quiz is open; the pin filters; the selection; a step's
 * highlights. Also any year's scene with the same filters, for the exports.
 */
import { atlasCountries } from '$lib/data/atlasData';
import { quizCandidates } from '$lib/domain/quiz';
import { sceneOf, NO_HIGHLIGHT, type Scene, type SceneInputs, type QuizView, type QuizWords } from '$lib/domain/scene';
import type { QuizState, TourState } from './classroom.svelte';
import type { LessonMode } from './lessonMode.svelte';
import type { OrgShown } from './orgShown.svelte';
import type { PlacesStore } from './placesStore.svelte';
import type { Selection } from './selection.svelte';
import type { Timeline } from './timeline.svelte';

/** The states a quiz asks about. */
export const QUIZ_CANDIDATES: ReadonlySet<string> = new Set(quizCandidates(atlasCountries()).map((c) => c.iso3));

export interface SceneParts {
	timeline: Timeline;
	selection: Selection;
	places: PlacesStore;
	quiz: QuizState;
	/** The quiz's words, once the first quiz has loaded them: an open quiz shows with them. */
	readonly quizWords: QuizWords | null;
	tour: TourState;
	lessons: LessonMode;
	orgs: OrgShown;
}

export class ShownScene {
	readonly #parts: SceneParts;
	/** What any map must show right now. */
	readonly scene: Scene;

	constructor(parts: SceneParts) {
		this.#parts = parts;
		const { selection, quiz, tour, lessons } = parts;
		const quizView: QuizView | null = $derived(
			quiz.year === null ? null : { year: quiz.year, picks: quiz.picks, revealed: quiz.revealed, candidates: QUIZ_CANDIDATES }
		);
		// Derived apart, so a year step does not build the words again.
		const words = $derived(parts.quizWords ? { ...parts.orgs.words, quiz: parts.quizWords } : parts.orgs.words);
		this.scene = $derived(
			sceneOf(
				{
					...this.#inputs(),
					quiz: quizView,
					// A step's highlights; while a lesson is being made, the ones picked for its next step.
					highlight: tour.step?.highlight ?? (lessons.panelOpen ? lessons.picks : NO_HIGHLIGHT),
					selectedCountry: selection.country,
					selectedPlace: selection.place
				},
				words
			)
		);
	}

	/** The dock's year with the reader's pin filters: what every scene starts from. */
	#inputs(): SceneInputs {
		const { timeline, selection, places } = this.#parts;
		return {
			countries: atlasCountries(),
			places: places.places,
			year: timeline.year,
			today: timeline.today,
			hiddenSymbols: selection.hiddenSymbols,
			showAllPast: selection.showAllPast,
			// The organisations shown (issue 25); null, the CSTO alone, leaves the scene as it always was.
			org: this.#parts.orgs.input
		};
	}

	/**
	 * The scene of any year with the current pin filters, and no selection or highlight: what the
	 * exports draw (animation frames, handout maps) without touching what the map shows now.
	 */
	forYear(year: number): Scene {
		return sceneOf({ ...this.#inputs(), year }, this.#parts.orgs.words);
	}
}
