/**
 * The quiz's words in the page's language, handed to the scene (domain/scene.ts QuizWords): its
 * legend, its question and why the slider is held. Loaded when a quiz starts, not with the page (issue 26).
 */
import type { QuizWords } from '$lib/domain/scene';
import { messageMap } from '$lib/i18n/messageMap';
import { m } from '$lib/paraglide/messages';

export const QUIZ_WORDS: QuizWords = {
	label: messageMap({
		'quiz-open': m.quiz_legend_open,
		'quiz-picked': m.quiz_legend_picked,
		'answer-right': m.quiz_key_right,
		'answer-missed': m.quiz_key_missed,
		'answer-wrong': m.quiz_key_wrong,
		'answer-unscored': m.quiz_key_unscored,
		'answer-left': m.quiz_key_left
	}),
	short: messageMap({
		'quiz-open': m.quiz_legend_open,
		'quiz-picked': m.quiz_legend_picked,
		'answer-right': m.quiz_key_right_short,
		'answer-missed': m.quiz_key_missed_short,
		'answer-wrong': m.quiz_key_wrong_short,
		'answer-unscored': m.quiz_key_unscored_short,
		'answer-left': m.quiz_key_left_short
	}),
	summary: (year) => m.quiz_summary({ year }),
	yearHeld: m.quiz_year_held
};
