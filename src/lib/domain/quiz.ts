/** The membership quiz: its years and the states to pick from (the scoring is in quizScore.ts). */
import type { CountryRecord } from '$lib/data/schema';

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
