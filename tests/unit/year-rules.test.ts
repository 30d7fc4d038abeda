import { describe, expect, it } from 'vitest';
import { atlasCountries } from '$lib/data/atlasData';
import { yearView, treatyNotYetInForce } from '$lib/domain/yearView';
import { summarySentence, notYetInForceNote } from '$lib/text/summaryText';
import { tourStepYear } from '$lib/domain/tour';

const TODAY = '2026-11-23';

describe('1992–1993: the treaty was signed but not yet in force', () => {
	it('applies to the years before 20 April 1994 only', () => {
		expect([1991, 1992, 1993, 1994, 2000].map(treatyNotYetInForce)).toEqual([true, true, true, false, false]);
	});
	it('the summary says so for 1992 and 1993', () => {
		expect(summarySentence(yearView(atlasCountries(), 1992, TODAY))).toMatch(
			new RegExp(
				`^1992 — 6 members: Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan\\. ${notYetInForceNote().replace(/[.]/g, '\\.')} Changes this year: Armenia signed 1992`
			)
		);
		const s1993 = summarySentence(yearView(atlasCountries(), 1993, TODAY));
		expect(s1993).toMatch(/^1993 — 9 members: Armenia, Azerbaijan, Belarus, Georgia/);
		expect(s1993).toContain('signed but not yet in force');
		expect(s1993).toContain('20 April 1994');
	});
	it('and not from 1994, nor for 1991 when there is nothing to sign', () => {
		expect(summarySentence(yearView(atlasCountries(), 1994, TODAY))).not.toContain('not yet in force');
		expect(summarySentence(yearView(atlasCountries(), 1991, TODAY))).toBe('1991 — no members.');
	});
});

describe('tourStepYear', () => {
	it('resolves "today" to the last year of the slider', () => {
		expect(tourStepYear({ year: 'today' }, 2026)).toBe(2026);
		expect(tourStepYear({ year: 'today' }, 2031)).toBe(2031);
	});
	it('keeps a fixed year, never beyond the last year', () => {
		expect(tourStepYear({ year: 2008 }, 2026)).toBe(2008);
		expect(tourStepYear({ year: 2030 }, 2026)).toBe(2026);
	});
});
