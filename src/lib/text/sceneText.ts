/**
 * The scene's words in the page's language, handed to domain/scene.ts's sceneOf: the legend's
 * labels, the day the statuses hold on and the summary sentence.
 */
import {
	statusLegend as legendOfStatuses,
	quizLegend as legendOfQuiz,
	quizAnswerLegend as legendOfAnswer,
	type LegendEntry,
	type LegendTerm,
	type LegendWords,
	type SceneWords,
	type QuizView
} from '$lib/domain/scene';
import type { MapFill } from '$lib/domain/palette';
import { STATUSES, type Status } from '$lib/domain/status';
import { referenceDate } from '$lib/data/dates';
import { dayInWords } from '$lib/i18n/format';
import { messageMap } from '$lib/i18n/messageMap';
import { m } from '$lib/paraglide/messages';
import { STATUS_LABEL, STATUS_SHORT } from './statusText';
import { summarySentence } from './summaryText';

/** A status label map as getters, so the legend's words are read when used and serve every language. */
const readEach = (labels: Readonly<Record<Status, string>>) =>
	Object.fromEntries(STATUSES.map((s) => [s, () => labels[s]])) as Record<Status, () => string>;

export const LEGEND_WORDS: LegendWords = {
	label: messageMap<LegendTerm>({
		...readEach(STATUS_LABEL),
		'quiz-open': m.quiz_legend_open,
		'quiz-picked': m.quiz_legend_picked,
		'answer-right': m.quiz_key_right,
		'answer-missed': m.quiz_key_missed,
		'answer-wrong': m.quiz_key_wrong,
		'answer-unscored': m.quiz_key_unscored,
		'answer-left': m.quiz_key_left
	}),
	short: messageMap<LegendTerm>({
		...readEach(STATUS_SHORT),
		'quiz-open': m.quiz_legend_open,
		'quiz-picked': m.quiz_legend_picked,
		'answer-right': m.quiz_key_right_short,
		'answer-missed': m.quiz_key_missed_short,
		'answer-wrong': m.quiz_key_wrong_short,
		'answer-unscored': m.quiz_key_unscored_short,
		'answer-left': m.quiz_key_left_short
	})
};

export const statusLegend = (counts: Record<Status, number>): LegendEntry[] => legendOfStatuses(counts, LEGEND_WORDS);
export const quizLegend = (quiz: QuizView): LegendEntry[] => legendOfQuiz(quiz, LEGEND_WORDS);
export const quizAnswerLegend = (fills: ReadonlyMap<string, MapFill>, candidates: ReadonlySet<string>): LegendEntry[] =>
	legendOfAnswer(fills, candidates, LEGEND_WORDS);

/** The day a year's statuses hold on, in words: "31 December 1999", or today's date. */
export function statusOn(year: number, today: string): string {
	return dayInWords(referenceDate(year, today));
}

/** Every word the one scene function (domain/scene.ts sceneOf) needs. */
export const SCENE_WORDS: SceneWords = {
	...LEGEND_WORDS,
	statusOn,
	summary: summarySentence,
	quizSummary: (year) => m.quiz_summary({ year })
};
