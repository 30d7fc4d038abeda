/** The membership quiz: pure scoring, no DOM. */
import type { CountryRecord } from '$lib/data/schema';
import { statusInYear, type Status } from './status';

/** Years whose member lists differ in instructive ways. */
export const QUIZ_YEARS = [1993, 1995, 2000, 2004, 2007, 2010, 2013, 2020, 2024] as const;

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

/** States a student can pick: those with a membership history or the post-Soviet group. */
export function quizCandidates(countries: readonly CountryRecord[]): CountryRecord[] {
	return countries.filter((c) => c.group === 'post-soviet');
}

export function scoreQuiz(countries: readonly CountryRecord[], year: number, today: string, picks: ReadonlySet<string>): QuizResult {
	const candidates = quizCandidates(countries);
	const withStatus = (status: Status) => new Set(candidates.filter((c) => statusInYear(c, year, today).status === status).map((c) => c.iso3));
	const members = withStatus('member');
	const unscored = withStatus('suspended');
	const correct = [...picks].filter((p) => members.has(p)).sort();
	const wrong = [...picks].filter((p) => !members.has(p) && !unscored.has(p)).sort();
	const missed = [...members].filter((m) => !picks.has(m)).sort();
	return { correct, wrong, missed, unscored: [...unscored].sort(), score: Math.max(0, correct.length - wrong.length), outOf: members.size };
}

/** A year different from the last one, from a random number in [0, 1). */
export function pickQuizYear(random: number, previous: number | null): number {
	const options = QUIZ_YEARS.filter((y) => y !== previous);
	return options[Math.min(options.length - 1, Math.floor(random * options.length))];
}
