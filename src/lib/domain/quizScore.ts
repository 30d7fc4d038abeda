/** Scoring the membership quiz: pure, no DOM; loaded with the quiz panel, not with the page. */
import type { CountryRecord } from '$lib/data/schema';
import { statusInYear } from './status';
import { quizCandidates, quizMark, type QuizMark } from './quiz';

export interface QuizResult {
	correct: string[];
	wrong: string[];
	missed: string[];
	/**
	 * Members on paper whose participation is suspended or frozen (Armenia from 2024): a pick is
	 * neither right nor wrong, and leaving them out is not a miss. The panel says so in one line.
	 */
	unscored: string[];
	/** Members found minus wrong picks, never below zero. */
	score: number;
	outOf: number;
}

export function scoreQuiz(countries: readonly CountryRecord[], year: number, today: string, picks: ReadonlySet<string>): QuizResult {
	const marks = quizCandidates(countries).map((c) => ({
		iso3: c.iso3,
		mark: quizMark(statusInYear(c, year, today).status, picks.has(c.iso3))
	}));
	const marked = (mark: QuizMark) =>
		marks
			.filter((c) => c.mark === mark)
			.map((c) => c.iso3)
			.sort();
	const [correct, wrong, missed, unscored] = [marked('right'), marked('wrong'), marked('missed'), marked('unscored')];
	return { correct, wrong, missed, unscored, score: Math.max(0, correct.length - wrong.length), outOf: correct.length + missed.length };
}
