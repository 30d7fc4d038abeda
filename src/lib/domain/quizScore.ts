/** Scoring the membership quiz: pure, no DOM; loaded with the quiz panel, not with the page. */
import type { CountryRecord } from '$lib/data/schema';
import { statusInYear, type Status } from './status';
import { quizCandidates } from './quiz';

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
	const candidates = quizCandidates(countries);
	const withStatus = (status: Status) =>
		new Set(candidates.filter((c) => statusInYear(c, year, today).status === status).map((c) => c.iso3));
	const members = withStatus('member');
	const unscored = withStatus('suspended');
	const correct = [...picks].filter((p) => members.has(p)).sort();
	const wrong = [...picks].filter((p) => !members.has(p) && !unscored.has(p)).sort();
	const missed = [...members].filter((m) => !picks.has(m)).sort();
	return { correct, wrong, missed, unscored: [...unscored].sort(), score: Math.max(0, correct.length - wrong.length), outOf: members.size };
}
