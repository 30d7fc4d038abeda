import { describe, expect, it } from 'vitest';
import { atlasCountries } from '$lib/data/atlasData';
import { pickQuizYear, QUIZ_YEARS, quizCandidates } from '$lib/domain/quiz';
import { scoreQuiz } from '$lib/domain/quizScore';
import { compareYears } from '$lib/domain/compare';
import { statusInYear } from '$lib/domain/status';

const TODAY = '2026-11-23';

describe('quiz', () => {
	it('scores picks against the members of the year', () => {
		const r = scoreQuiz(atlasCountries(), 2006, TODAY, new Set(['RUS', 'ARM', 'UKR', 'BLR']));
		expect(r.correct).toEqual(['ARM', 'BLR', 'RUS']);
		expect(r.wrong).toEqual(['UKR']);
		expect(r.missed).toEqual(['KAZ', 'KGZ', 'TJK', 'UZB']);
		expect(r.outOf).toBe(7);
		expect(r.score).toBe(2);
	});
	it('a perfect answer scores full marks; an empty one zero', () => {
		const all = new Set(['ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']);
		expect(scoreQuiz(atlasCountries(), 1995, TODAY, all).score).toBe(9);
		expect(scoreQuiz(atlasCountries(), 1995, TODAY, new Set()).score).toBe(0);
	});
	it('never marks a state whose participation is frozen wrong: Armenia in 2024 is not scored', () => {
		const r = scoreQuiz(atlasCountries(), 2024, TODAY, new Set(['ARM', 'UKR']));
		expect(r.wrong).toEqual(['UKR']);
		expect(r.correct).toEqual([]);
		expect(r.unscored).toEqual(['ARM']);
		expect(r.missed).not.toContain('ARM');
		expect(scoreQuiz(atlasCountries(), 2024, TODAY, new Set()).missed).not.toContain('ARM');
	});
	// Members and members on paper with their participation suspended or frozen, per quiz year.
	const EXPECTED: Record<number, [members: number, unscored: string[]]> = {
		1993: [9, []],
		1995: [9, []],
		2000: [6, []],
		2004: [6, []],
		2007: [7, []],
		2010: [7, []],
		2013: [6, []],
		2020: [6, []],
		2024: [5, ['ARM']]
	};
	it.each(QUIZ_YEARS.map((y) => [y]))('in %i, picking every state marks only non-members wrong', (year) => {
		expect(Object.keys(EXPECTED).map(Number)).toContain(year);
		const candidates = quizCandidates(atlasCountries());
		const r = scoreQuiz(atlasCountries(), year, TODAY, new Set(candidates.map((c) => c.iso3)));
		const [members, unscored] = EXPECTED[year];
		expect(r.outOf).toBe(members);
		expect(r.correct).toHaveLength(members);
		expect(r.unscored).toEqual(unscored);
		for (const iso of r.wrong)
			expect(['former', 'never', 'observer']).toContain(
				statusInYear(
					candidates.find((c) => c.iso3 === iso)!,
					year,
					TODAY
				).status
			);
		expect(r.wrong).toHaveLength(candidates.length - members - unscored.length);
		// Suspended or frozen: never wrong, never missed, whether picked or not.
		for (const iso of unscored) expect([...r.wrong, ...r.missed]).not.toContain(iso);
		expect(scoreQuiz(atlasCountries(), year, TODAY, new Set()).missed).toHaveLength(members);
	});
	it('asks about the fifteen post-Soviet states and never repeats a year twice in a row', () => {
		expect(quizCandidates(atlasCountries())).toHaveLength(15);
		for (const r of [0, 0.3, 0.99]) {
			const y = pickQuizYear(r, 1993);
			expect(QUIZ_YEARS).toContain(y);
			expect(y).not.toBe(1993);
		}
	});
});

describe('compare two years', () => {
	it('lists who changed between 1998 and 2000', () => {
		expect(compareYears(atlasCountries(), 1998, 2000, TODAY).map((d) => `${d.iso3}:${d.from}>${d.to}`)).toEqual([
			'AZE:member>former',
			'GEO:member>former',
			'UZB:member>former'
		]);
	});
	it('is empty for the same year', () => {
		expect(compareYears(atlasCountries(), 2010, 2010, TODAY)).toEqual([]);
	});
});
