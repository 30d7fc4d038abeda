/** The membership quiz: its years and the states to pick from (the scoring is in quizScore.ts). */
import type { CountryRecord } from '$lib/data/schema';
import type { Status } from './status';

/** Years whose member lists differ in instructive ways. */
export const QUIZ_YEARS = [1993, 1995, 2000, 2004, 2007, 2010, 2013, 2020, 2024] as const;

/** States a student can pick: those with a membership history or the post-Soviet group. */
export function quizCandidates(countries: readonly CountryRecord[]): CountryRecord[] {
	return countries.filter((c) => c.group === 'post-soviet');
}

/** A year different from the last one, from a random number in [0, 1). */
export function pickQuizYear(random: number, previous: number | null): number {
	const options = QUIZ_YEARS.filter((y) => y !== previous);
	return options[Math.min(options.length - 1, Math.floor(random * options.length))];
}

/** How a checked answer marks one candidate; null for a non-member rightly left out. */
export type QuizMark = 'right' | 'missed' | 'wrong' | 'unscored';

/**
 * One rule for the list, the score and the map. Suspended members (Armenia from 2024) are members
 * on paper only: neither picking nor leaving them is scored.
 */
export function quizMark(status: Status, picked: boolean): QuizMark | null {
	if (status === 'suspended') return 'unscored';
	if (status === 'member') return picked ? 'right' : 'missed';
	return picked ? 'wrong' : null;
}
