import { describe, expect, it } from 'vitest';
import { clampYear, yearForKey, playStartYear, nextPlayYear, sliderTicks, nearestFirst, yearsFrom } from '$lib/domain/yearSteps';
import { parseUrlView, writeUrlView } from '$lib/domain/urlState';
import { referenceDate, startOf, endOf } from '$lib/data/dates';
import { formatPartialDate } from '$lib/i18n/format';

describe('year keys', () => {
	it('steps, jumps and goes to the ends', () => {
		expect(yearForKey('ArrowRight', 2000, 1991, 2026)).toBe(2001);
		expect(yearForKey('ArrowLeft', 2000, 1991, 2026)).toBe(1999);
		expect(yearForKey('PageUp', 2000, 1991, 2026)).toBe(2004);
		expect(yearForKey('PageDown', 1993, 1991, 2026)).toBe(1991);
		expect(yearForKey('Home', 2000, 1991, 2026)).toBe(1991);
		expect(yearForKey('End', 2000, 1991, 2026)).toBe(2026);
		expect(yearForKey('ArrowRight', 2026, 1991, 2026)).toBe(2026);
		expect(yearForKey('a', 2000, 1991, 2026)).toBeNull();
	});
	it('clamps and rounds', () => {
		expect(clampYear(99999, 1991, 2026)).toBe(2026);
		expect(clampYear(-5, 1991, 2026)).toBe(1991);
		expect(clampYear(2000.6, 1991, 2026)).toBe(2001);
		expect(clampYear(NaN, 1991, 2026)).toBe(2026);
	});
	it('restarts play from the end and stops at the end', () => {
		expect(playStartYear(2026, 1991, 2026)).toBe(1991);
		expect(playStartYear(2000, 1991, 2026)).toBe(2000);
		expect(nextPlayYear(2025, 2026)).toBe(2026);
		expect(nextPlayYear(2026, 2026)).toBeNull();
	});
});

describe('URL view', () => {
	const opts = { minYear: 1991, maxYear: 2026, knownIso3: new Set(['UZB', 'ARM']) };
	const parse = (q: string) => parseUrlView(new URLSearchParams(q), opts);

	it('reads a valid view', () => {
		expect(parse('year=2010&country=UZB&view=table')).toMatchObject({ year: 2010, country: 'UZB', view: 'table' });
		expect(parse('country=uzb').country).toBe('UZB');
	});
	it('clamps or ignores hostile values', () => {
		expect(parse('year=abc').year).toBeNull();
		expect(parse('year=99999').year).toBe(2026);
		expect(parse('year=1200').year).toBe(1991);
		expect(parse('year=2010.5').year).toBeNull();
		expect(parse('year=' + '9'.repeat(5000)).year).toBeNull();
		expect(parse('country=XXX').country).toBeNull();
		expect(parse('country=<script>alert(1)</script>').country).toBeNull();
		expect(parse('view=<img src=x onerror=alert(1)>').view).toBeNull();
		expect(parse('').year).toBeNull();
	});
	it('round-trips and keeps other parameters', () => {
		const out = writeUrlView(new URLSearchParams('tour=3'), { year: 2010, country: 'UZB', view: 'map' });
		expect(out.toString()).toBe('tour=3&year=2010&country=UZB');
		const back = parseUrlView(out, opts);
		expect(back).toMatchObject({ year: 2010, country: 'UZB', view: null, place: null, hide: [], past: false, tour: null });
	});
});

describe('dates', () => {
	it('applies the 31 December rule except for the current year', () => {
		expect(referenceDate(2010, '2026-11-23')).toBe('2010-12-31');
		expect(referenceDate(2026, '2026-11-23')).toBe('2026-11-23');
	});
	it('formats only the precision it has', () => {
		expect(formatPartialDate('1992-05-15')).toBe('15 May 1992');
		expect(formatPartialDate('2024-02')).toBe('Feb 2024');
		expect(formatPartialDate('2006')).toBe('2006');
	});
	it('knows the first and last day of a partial date', () => {
		expect(startOf('2024-02')).toBe('2024-02-01');
		expect(endOf('2024-02')).toBe('2024-02-29');
		expect(endOf('2023')).toBe('2023-12-31');
	});
});

describe("the slider's scale", () => {
	it('puts 2002, the charter year, at its place along the track, not in the middle', () => {
		const ticks = sliderTicks(1991, 2026);
		expect(ticks.map((t) => t.year)).toEqual([1991, 2002, 2026]);
		expect(ticks[1].at).toBeCloseTo(11 / 35, 5);
		expect([ticks[0].at, ticks[2].at]).toEqual([0, 1]);
	});
	it('leaves out a mark outside the range', () => {
		expect(sliderTicks(2005, 2026).map((t) => t.year)).toEqual([2005, 2026]);
	});
});

describe('the years worked out ahead (issue 26)', () => {
	it('come nearest the shown year first, the later one first at the same distance', () => {
		const years = [1991, 1992, 1993, 1994, 1995, 1996];
		expect(nearestFirst(years, 1993)).toEqual([1994, 1992, 1995, 1991, 1996]);
		expect(nearestFirst(years, 1996)).toEqual([1995, 1994, 1993, 1992, 1991]);
		expect(nearestFirst(years, 1991)).toEqual([1992, 1993, 1994, 1995, 1996]);
	});
});

describe('every year of a range', () => {
	it('runs from the first to the last, one each, and is empty for a range the wrong way round', () => {
		expect(yearsFrom(1991, 1994)).toEqual([1991, 1992, 1993, 1994]);
		expect(yearsFrom(2024, 2024)).toEqual([2024]);
		expect(yearsFrom(1995, 1991)).toEqual([]);
	});
});
