import { describe, expect, it } from 'vitest';
import { parseUrlView } from '$lib/domain/urlState';

// The same links the browser test opens (tests/browser/robust.spec.ts), checked at the parser.
const opts = {
	minYear: 1991,
	maxYear: 2026,
	knownIso3: new Set(['UZB', 'ARM']),
	knownPlaces: new Set(['ru-kant-air-base']),
	knownSymbols: ['base', 'conflict'],
	tourSteps: 16
};
const parse = (q: string) => parseUrlView(new URLSearchParams(q), opts);
const long = 'A'.repeat(20_000);

describe('hostile URL parameters', () => {
	it('ignores 20 000-character values', () => {
		expect(parse(`year=${'9'.repeat(20_000)}`).year).toBeNull();
		expect(parse(`country=${long}&place=${long}&view=${long}&tour=${long}`)).toMatchObject({
			country: null,
			place: null,
			view: null,
			tour: null
		});
		expect(parse(`hide=${long}`).hide).toEqual([]);
	});
	it('ignores non-finite and exponent years, and takes the first of duplicates', () => {
		for (const y of ['-1e309', '1e400', 'Infinity', 'NaN', '0x7d0', '2010.5', '']) expect(parse(`year=${y}`).year).toBeNull();
		expect(parse('year=2010&year=abc').year).toBe(2010);
		expect(parse('year=abc&year=2010').year).toBeNull();
	});
	it('never returns a year outside the range', () => {
		expect(parse('year=-2010').year).toBe(1991);
		expect(parse('year=99999999999999999999').year).toBe(2026);
	});
	it('drops markup, paths and prototype names', () => {
		expect(parse('country=' + encodeURIComponent('<img src=x onerror=alert(1)>')).country).toBeNull();
		expect(parse('place=../../etc').place).toBeNull();
		expect(parse('view=__proto__').view).toBeNull();
		expect(parse('view=constructor&country=__proto__')).toMatchObject({ view: null, country: null });
		expect(parse('hide=constructor').hide).toEqual([]);
		expect(parse('hide=__proto__,toString,base,base').hide).toEqual(['base']);
		expect(parse('country=UZB%00').country).toBeNull();
	});
	it('clamps tour steps into the tour, and ignores signs and junk', () => {
		expect(parse('tour=999').tour).toBe(16);
		expect(parse('tour=-1').tour).toBeNull();
		expect(parse('tour=2e1').tour).toBeNull();
	});
});
