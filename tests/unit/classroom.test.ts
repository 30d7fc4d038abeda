import { describe, expect, it } from 'vitest';
import { atlasCountries } from '$lib/data/atlasData';
import { scoreQuiz, pickQuizYear, QUIZ_YEARS, quizCandidates } from '$lib/domain/quiz';
import { compareYears } from '$lib/domain/compare';

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
		// A frozen member is not counted as a member.
		expect(scoreQuiz(atlasCountries(), 2024, TODAY, new Set(['ARM'])).wrong).toEqual(['ARM']);
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
