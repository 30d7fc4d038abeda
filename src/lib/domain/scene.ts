/**
 * The scene: what any map must show. One function builds it (sceneOf): the controller's scene of
 * now, every export's, Compare's and the presenter's. Pure: no DOM, no map, no messages (the
 * words come in as SceneWords, from text/sceneText.ts).
 */
import type { CountryRecord } from '$lib/data/schema';
import { STATUSES, type Status } from './status';
import { visibilityIn, type Place, type PinSymbol, type Visibility } from './places';
import { yearView, type YearView } from './yearView';
import { referenceDate } from '$lib/data/dates';
import { FILL_COLOR, type MapFill } from './palette';
import { quizMark } from './quiz';
import type { OrgScene, OrgSceneInput, OrgScenePart, OrgWords } from './orgScene';
import type { Bounds } from './camera';

export interface LegendEntry {
	key: MapFill;
	color: string;
	label: string;
	/** The label in the compact legend under the map. */
	short: string;
	count: number;
}

export interface Highlight {
	countries: readonly string[];
	places: readonly string[];
}

export const NO_HIGHLIGHT: Highlight = { countries: [], places: [] };

export interface Scene {
	year: number;
	/** The ISO day the statuses hold on (31 December, or today in the current year). */
	referenceDate: string;
	/** The same day in words, for captions and exports: "31 December 1999". */
	statusOn: string;
	/** What each state in the data is filled with; states outside the data keep the land colour. */
	fills: ReadonlyMap<string, MapFill>;
	/** The legend as drawn: statuses with counts, or the quiz's two colours. */
	legend: readonly LegendEntry[];
	/** Every pin's and territory's visibility (after the kind filters). */
	pins: ReadonlyMap<string, Visibility>;
	highlight: Highlight;
	selectedCountry: string | null;
	selectedPlace: string | null;
	/** The shown year's statuses, state by state: the table, the panels and the counts. */
	view: YearView;
	/** The states every map names: each member, suspended, former member and observer shown. */
	named: ReadonlySet<string>;
	/** The sentence that says what the map shows, for the page and screen readers. */
	summary: string;
	/**
	 * Present only when an organisation besides the CSTO, or a pair, is shown (issue 25): then the
	 * fills, legend, named states and summary are that view's; `view` stays the CSTO's.
	 */
	org?: OrgScene;
	/** Where Home frames an organisation view: its members (absent: the CSTO's region). */
	home?: Bounds;
}

/** What a scene is built from: the data, the year, the pin filters, and what the reader is doing. */
export interface SceneInputs {
	countries: readonly CountryRecord[];
	places: readonly Place[];
	year: number;
	today: string;
	hiddenSymbols: ReadonlySet<PinSymbol>;
	showAllPast: boolean;
	/** An open quiz: its year replaces `year`, and its colours the statuses. */
	quiz?: QuizView | null;
	highlight?: Highlight;
	selectedCountry?: string | null;
	selectedPlace?: string | null;
	/**
	 * The organisation shown, or two compared (domain/orgScene.ts); absent, null or the CSTO alone:
	 * the CSTO's statuses, as before organisations existed. An open quiz (about the CSTO) wins.
	 */
	org?: OrgViewInput | OrgSceneInput | null;
}

/**
 * An organisation view with its scene builder (orgScene.ts orgScenePart), which arrives with the
 * view's data (state/orgView.ts): the first download does not carry it. Without it, the CSTO.
 */
export interface OrgViewInput extends OrgSceneInput {
	/** The box around the members of the organisations shown (geo/orgBounds.ts). */
	home: Bounds;
	build(input: OrgSceneInput, view: YearView, day: string, words: OrgWords): OrgScenePart;
}

/** The scene's words in the page's language (text/sceneText.ts). */
export interface SceneWords extends LegendWords {
	/** "31 December 1999", or today's date in the current year. */
	statusOn(year: number, today: string): string;
	summary(view: YearView): string;
	/**
	 * The quiz's legend and question: they come with the quiz (text/quizText.ts QUIZ_WORDS, loaded
	 * when one starts). Without them sceneOf shows no quiz.
	 */
	quiz?: QuizWords;
	/**
	 * The organisation views' legend and summaries. They come with an organisation's data
	 * (text/orgText.ts ORG_SCENE_WORDS, loaded lazily): without them sceneOf shows the CSTO.
	 */
	org?: OrgWords;
}

const NO_PINS: ReadonlyMap<string, Visibility> = new Map();

/**
 * The one scene function: what any map, legend, summary, table or export shows for these inputs.
 * The controller, the exports, Compare and the presenter's screens all build their scenes here.
 */
export function sceneOf(input: SceneInputs, words: SceneWords): Scene {
	const { countries, places, today } = input;
	// An open quiz, with its words: none without them.
	const quiz = words.quiz && input.quiz ? { ...input.quiz, words: words.quiz } : null;
	const year = quiz?.year ?? input.year;
	const view = yearView(countries, year, today);
	const orgPart =
		!quiz && words.org && showsOrg(input.org) ? input.org.build(input.org, view, referenceDate(year, today), words.org) : null;
	const fills = quiz ? quizFills(countries, quiz, view) : (orgPart?.fills ?? statusFills(view));
	const legend = !quiz
		? (orgPart?.legend ?? statusLegend(view.counts, words))
		: quiz.revealed
			? quizAnswerLegend(fills, quiz.candidates, quiz.words)
			: quizLegend(quiz, quiz.words);
	// An open quiz shows no pins until it is answered: they would give answers away.
	const pins = quiz && !quiz.revealed ? NO_PINS : pinVisibility(places, year, today, input.hiddenSymbols, input.showAllPast);
	return {
		year,
		referenceDate: referenceDate(year, today),
		statusOn: words.statusOn(year, today),
		fills,
		legend,
		pins,
		highlight: input.highlight ?? NO_HIGHLIGHT,
		selectedCountry: input.selectedCountry ?? null,
		selectedPlace: input.selectedPlace ?? null,
		view,
		named: orgPart?.named ?? namedStates(fills),
		summary: quiz ? quiz.words.summary(year) : (orgPart?.summary ?? words.summary(view)),
		// Only when shown, so the CSTO's scene is exactly what it was.
		...(orgPart ? { org: orgPart.org, home: (input.org as OrgViewInput).home } : {})
	};
}

const NONE: ReadonlySet<string> = new Set();

/** The states both maps outline as observers or partners: only when two organisations are compared. */
export function outlinedLinked(scene: Pick<Scene, 'org'>): ReadonlySet<string> {
	return scene.org?.b ? scene.org.linked : NONE;
}

/** An organisation view other than the CSTO alone, with its builder. */
function showsOrg(org: SceneInputs['org']): org is OrgViewInput {
	return !!org && 'build' in org && (org.a.id !== 'csto' || org.b !== null);
}

/** The quiz as the scene needs it: the year asked, the picks, and whether the answer is shown. */
export interface QuizView {
	year: number;
	picks: ReadonlySet<string>;
	revealed: boolean;
	/** States a student can pick; the rest stay grey. */
	candidates: ReadonlySet<string>;
}

/** Fills from a year's statuses. */
export function statusFills(view: YearView): Map<string, MapFill> {
	return new Map(view.rows.map((r) => [r.iso3, r.status]));
}

/** What a checked answer fills each candidate with: right, missed, wrong, not scored (suspended) or left out. */
const MARK_FILL = { right: 'quiz-right', missed: 'quiz-missed', wrong: 'quiz-wrong', unscored: 'suspended' } as const;

/** Fills while a quiz is open: neutral and picked colours, or the checked answer once revealed. */
export function quizFills(countries: readonly CountryRecord[], quiz: QuizView, answer: YearView): Map<string, MapFill> {
	const status = new Map(answer.rows.map((r) => [r.iso3, r.status]));
	const fill = (iso3: string): MapFill => {
		if (!quiz.candidates.has(iso3)) return 'never';
		const picked = quiz.picks.has(iso3);
		if (!quiz.revealed) return picked ? 'quiz-picked' : 'quiz-open';
		const mark = quizMark(status.get(iso3) ?? 'never', picked);
		return mark ? MARK_FILL[mark] : 'quiz-open';
	};
	return new Map(countries.map((c): [string, MapFill] => [c.iso3, fill(c.iso3)]));
}

/** What a quiz's legend entry can say: a quiz state, or a mark of a checked answer. */
export type QuizTerm = 'quiz-open' | 'quiz-picked' | 'answer-right' | 'answer-missed' | 'answer-wrong' | 'answer-unscored' | 'answer-left';

/** A legend's words for its terms, full and short, in the page's language. */
interface TermWords<Term extends string> {
	label: Readonly<Record<Term, string>>;
	short: Readonly<Record<Term, string>>;
}

/** The statuses' legend words (text/sceneText.ts). */
export type LegendWords = TermWords<Status>;

/** The quiz's words (text/quizText.ts): its legend, the question the summary asks, the held slider's note. */
export interface QuizWords extends TermWords<QuizTerm> {
	summary(year: number): string;
	/** Why the slider does not move while a quiz is open. */
	yearHeld(): string;
}

const entry = <Term extends string>(key: MapFill, term: Term, count: number, words: TermWords<Term>): LegendEntry => ({
	key,
	color: FILL_COLOR[key],
	label: words.label[term],
	short: words.short[term],
	count
});

export function statusLegend(counts: Record<Status, number>, words: LegendWords): LegendEntry[] {
	return STATUSES.map((s) => entry(s, s, counts[s], words));
}

export function quizLegend(quiz: QuizView, words: QuizWords): LegendEntry[] {
	return [
		entry('quiz-open', 'quiz-open', quiz.candidates.size - quiz.picks.size, words),
		entry('quiz-picked', 'quiz-picked', quiz.picks.size, words)
	];
}

/** The legend of a checked answer, from its fills: found, missed, wrong picks, not scored, rightly left out. */
export function quizAnswerLegend(fills: ReadonlyMap<string, MapFill>, candidates: ReadonlySet<string>, words: QuizWords): LegendEntry[] {
	const count = (key: MapFill) => [...candidates].filter((iso) => fills.get(iso) === key).length;
	const entries: [MapFill, QuizTerm][] = [
		['quiz-right', 'answer-right'],
		['quiz-missed', 'answer-missed'],
		['quiz-wrong', 'answer-wrong'],
		['suspended', 'answer-unscored'],
		['quiz-open', 'answer-left']
	];
	return entries.map(([key, term]) => entry(key, term, count(key), words)).filter((e) => e.count > 0 || e.key !== 'suspended');
}

/** Each pin's visibility in a year, after the kind filters. */
export function pinVisibility(
	places: readonly Place[],
	year: number,
	today: string,
	hidden: ReadonlySet<PinSymbol>,
	showAllPast: boolean
): Map<string, Visibility> {
	return new Map(places.map((p) => [p.id, hidden.has(p.symbol) ? 'hidden' : visibilityIn(p, year, today, showAllPast)]));
}

/** Statuses whose states are always named on the maps. */
const NAMED_STATUSES: ReadonlySet<MapFill> = new Set<MapFill>(['member', 'suspended', 'former', 'observer']);

/** The states a map must name in a scene: every member, suspended, former member and observer. */
export function namedStates(fills: ReadonlyMap<string, MapFill>): Set<string> {
	return new Set([...fills].filter(([, f]) => NAMED_STATUSES.has(f)).map(([iso]) => iso));
}

/** States also named where there is room: the treaty's region and every state with events. */
export function nearbyStates(countries: readonly CountryRecord[]): Set<string> {
	return new Set(countries.filter((c) => c.group === 'post-soviet' || c.events.length).map((c) => c.iso3));
}
