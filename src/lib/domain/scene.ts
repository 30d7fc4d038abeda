/**
 * The scene: what any map must show right now. The app controller derives it once; both maps,
 * the legend, the summary, the table and every export read it. Pure: no DOM, no map.
 */
import { dayInWords } from '$lib/i18n/format';
import { m } from '$lib/paraglide/messages';
import type { CountryRecord } from '$lib/data/schema';
import { STATUSES, STATUS_LABEL, STATUS_SHORT, type Status } from './status';
import { visibilityIn, type Place, type PinSymbol, type Visibility } from './places';
import { referenceDate } from './dates';
import type { YearView } from './yearView';
import { STATUS_COLOR, QUIZ_COLOR, FILL_COLOR, type MapFill } from '$lib/palette';
import { quizMark } from './quiz';

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
}

/** The quiz as the scene needs it: the year asked, the picks, and whether the answer is shown. */
export interface QuizView {
	year: number;
	picks: ReadonlySet<string>;
	revealed: boolean;
	/** States a student can pick; the rest stay grey. */
	candidates: ReadonlySet<string>;
}

/** The day a year's statuses hold on, in words: "31 December 1999", or today's date. */
export function statusOn(year: number, today: string): string {
	return dayInWords(referenceDate(year, today));
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

export function statusLegend(counts: Record<Status, number>): LegendEntry[] {
	return STATUSES.map((s) => ({ key: s, color: STATUS_COLOR[s], label: STATUS_LABEL[s], short: STATUS_SHORT[s], count: counts[s] }));
}

export function quizLegend(quiz: QuizView): LegendEntry[] {
	return [
		{
			key: 'quiz-open',
			color: QUIZ_COLOR.open,
			label: m.quiz_legend_open(),
			short: m.quiz_legend_open(),
			count: quiz.candidates.size - quiz.picks.size
		},
		{ key: 'quiz-picked', color: QUIZ_COLOR.picked, label: m.quiz_legend_picked(), short: m.quiz_legend_picked(), count: quiz.picks.size }
	];
}

/** The legend of a checked answer, from its fills: found, missed, wrong picks, not scored, rightly left out. */
export function quizAnswerLegend(fills: ReadonlyMap<string, MapFill>, candidates: ReadonlySet<string>): LegendEntry[] {
	const count = (key: MapFill) => [...candidates].filter((iso) => fills.get(iso) === key).length;
	const entries: [MapFill, string, string][] = [
		['quiz-right', m.quiz_key_right(), m.quiz_key_right_short()],
		['quiz-missed', m.quiz_key_missed(), m.quiz_key_missed_short()],
		['quiz-wrong', m.quiz_key_wrong(), m.quiz_key_wrong_short()],
		['suspended', m.quiz_key_unscored(), m.quiz_key_unscored_short()],
		['quiz-open', m.quiz_key_left(), m.quiz_key_left_short()]
	];
	return entries
		.map(([key, label, short]) => ({ key, color: FILL_COLOR[key], label, short, count: count(key) }))
		.filter((e) => e.count > 0 || e.key !== 'suspended');
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
