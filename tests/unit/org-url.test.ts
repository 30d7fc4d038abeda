import { describe, expect, it } from 'vitest';
import { parseUrlView, writeUrlView } from '$lib/domain/urlState';
import { CSTO_ONLY, orgChoice, parseOrgParams } from '$lib/domain/orgChoice';
import { ORG_IDS } from '$lib/data/orgIds';

const opts = { minYear: 1991, maxYear: 2026, knownIso3: new Set(['UZB', 'KAZ']) };
const parse = (q: string) => parseUrlView(new URLSearchParams(q), opts);

describe('?org= and ?orgs= in the URL (issue 25)', () => {
	it('reads every organisation the issue lists, and a pair', () => {
		for (const id of ['nato', 'sco', 'cis', 'eaeu', 'ots', 'union-state', 'qccm', 'csto'] as const)
			expect(parse(`org=${id}&year=2018`).orgs).toEqual({ a: id, b: null });
		expect(parse('orgs=csto,sco&year=2018').orgs).toEqual({ a: 'csto', b: 'sco' });
		expect(parse('org=NATO').orgs).toEqual({ a: 'nato', b: null });
		expect(parse('orgs=%20csto%20,%20nato').orgs).toEqual({ a: 'csto', b: 'nato' });
	});
	it('no org means the CSTO: the URL says nothing, and old URLs read as before', () => {
		expect(parse('year=2010&country=UZB').orgs).toBeNull();
		expect(parse('year=2010&country=UZB')).toMatchObject({ year: 2010, country: 'UZB', view: null, embed: false });
	});
	it('ignores hostile and unknown values', () => {
		for (const q of [
			'org=__proto__',
			'org=constructor',
			'org=c5',
			'org=' + 'n'.repeat(20_000),
			'org=nato%00',
			'org=' + encodeURIComponent('<img src=x onerror=alert(1)>'),
			'orgs=csto,sco,nato',
			'orgs=csto,',
			'orgs=,sco',
			'orgs=' + 'csto,'.repeat(5000),
			'orgs=toString,valueOf',
			'org='
		])
			expect(parse(q).orgs, q).toBeNull();
	});
	it('a broken pair falls back to a valid org; orgs wins over org; a pair of one is that one', () => {
		expect(parse('orgs=csto,c5&org=sco').orgs).toEqual({ a: 'sco', b: null });
		expect(parse('orgs=csto,nato&org=sco').orgs).toEqual({ a: 'csto', b: 'nato' });
		expect(parse('orgs=sco,sco').orgs).toEqual({ a: 'sco', b: null });
		expect(parse('orgs=sco').orgs).toEqual({ a: 'sco', b: null });
		expect(parseOrgParams(null, null)).toBeNull();
	});
	it('writes org for one, orgs for a pair, nothing for the CSTO alone (or no choice given), and round-trips', () => {
		const write = (orgs?: ReturnType<typeof orgChoice>, query = '') =>
			writeUrlView(new URLSearchParams(query), { year: 2018, country: null, view: 'map', orgs }).toString();
		expect(write(CSTO_ONLY)).toBe('year=2018');
		expect(write(undefined, 'org=nato')).toBe('year=2018');
		expect(write(CSTO_ONLY, 'org=nato&orgs=csto,sco')).toBe('year=2018');
		expect(write(orgChoice('nato'))).toBe('year=2018&org=nato');
		expect(write(orgChoice('csto', 'sco'), 'org=nato')).toBe('year=2018&orgs=csto%2Csco');
		for (const a of ORG_IDS)
			for (const b of [null, ...ORG_IDS]) {
				const choice = orgChoice(a, b);
				const back = parse(write(choice)).orgs ?? CSTO_ONLY;
				expect(back).toEqual(choice);
			}
	});
});
