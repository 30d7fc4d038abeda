import { describe, expect, it } from 'vitest';
import { atlasCountries, countryByIso } from '$lib/data/atlasData';
import { statusAt, statusInYear, type Status } from '$lib/domain/status';
import { timeline } from '$lib/domain/statusTimeline';
import { changesInYear } from '$lib/text/statusText';
import { yearView } from '$lib/domain/yearView';
import { summarySentence } from '$lib/text/summaryText';

const TODAY = '2026-11-23';

/**
 * The history written out by hand, independently of the event data: [first year, status] steps.
 * Status is the one on 31 December of each year (today for the current year).
 */
const EXPECTED: Record<string, [number, Status][]> = {
	ARM: [
		[1992, 'member'],
		[2024, 'suspended']
	],
	AZE: [
		[1993, 'member'],
		[1999, 'former']
	],
	BLR: [[1993, 'member']],
	GEO: [
		[1993, 'member'],
		[1999, 'former']
	],
	KAZ: [[1992, 'member']],
	KGZ: [[1992, 'member']],
	RUS: [[1992, 'member']],
	TJK: [[1992, 'member']],
	UZB: [
		[1992, 'member'],
		[1999, 'former'],
		[2006, 'member'],
		[2012, 'former']
	],
	TKM: [],
	UKR: [],
	MDA: [],
	EST: [],
	LVA: [],
	LTU: [],
	SRB: [[2013, 'observer']],
	AFG: [[2013, 'observer']]
};

function expectedStatus(iso: string, year: number): Status {
	let status: Status = 'never';
	for (const [from, s] of EXPECTED[iso]) if (year >= from) status = s;
	return status;
}

describe('statusAt: every state, every year', () => {
	it('covers every state with membership data, including all fifteen post-Soviet states', () => {
		const withHistory = atlasCountries().filter((c) => c.group === 'post-soviet' || c.events.length);
		expect(new Set(withHistory.map((c) => c.iso3))).toEqual(new Set(Object.keys(EXPECTED)));
		expect(atlasCountries().filter((c) => c.group === 'post-soviet')).toHaveLength(15);
	});

	it('shows every other state the data mentions as never a member, in every year', () => {
		const others = atlasCountries().filter((c) => !(c.iso3 in EXPECTED));
		expect(others.length).toBeGreaterThan(5);
		for (const c of others) {
			expect(c.events).toEqual([]);
			for (let year = 1991; year <= 2026; year++) expect(statusInYear(c, year, TODAY).status).toBe('never');
		}
	});

	for (const iso of Object.keys(EXPECTED)) {
		it(`${iso} 1991–2026`, () => {
			const c = countryByIso.get(iso)!;
			const got: string[] = [];
			const want: string[] = [];
			for (let year = 1991; year <= 2026; year++) {
				got.push(`${year}:${statusInYear(c, year, TODAY).status}`);
				want.push(`${year}:${expectedStatus(iso, year)}`);
			}
			expect(got).toEqual(want);
		});
	}

	it('has the nine parties of 1993–1998', () => {
		for (let year = 1993; year <= 1998; year++) {
			const members = yearView(atlasCountries(), year, TODAY)
				.rows.filter((r) => r.status === 'member')
				.map((r) => r.iso3);
			expect(members.sort()).toEqual(['ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']);
		}
	});
});

describe('statusAt: within a year', () => {
	const uzb = countryByIso.get('UZB')!;
	it('follows the day of an event', () => {
		expect(statusAt(uzb, '2012-06-27').status).toBe('member');
		// Uzbekistan suspended its membership on 28 June 2012; the CSTO's decision took effect on 19 December.
		expect(statusAt(uzb, '2012-06-28').status).toBe('suspended');
		expect(statusAt(uzb, '2012-12-18').status).toBe('suspended');
		expect(statusAt(uzb, '2012-12-19').status).toBe('former');
		expect(statusAt(countryByIso.get('AZE')!, '1993-09-23').status).toBe('never');
		expect(statusAt(countryByIso.get('AZE')!, '1993-09-24').status).toBe('member');
	});
	it('uses today, not 31 December, for the current year', () => {
		// Armenia froze in February 2024: on a "today" in January 2024 it is still a member.
		expect(statusInYear(countryByIso.get('ARM')!, 2024, '2024-01-15').status).toBe('member');
		expect(statusInYear(countryByIso.get('ARM')!, 2024, '2024-03-15').status).toBe('suspended');
	});
	it('names the event it dates from', () => {
		expect(statusInYear(uzb, 2008, TODAY).since?.id).toBe('uzb-2006-rejoined');
		expect(statusInYear(countryByIso.get('UKR')!, 2008, TODAY).since).toBeNull();
	});
});

describe('changes within a year', () => {
	it('marks states that changed', () => {
		expect(changesInYear(countryByIso.get('AZE')!, 1993, TODAY)).toEqual(['joined 1993']);
		expect(changesInYear(countryByIso.get('UZB')!, 1999, TODAY)).toEqual(['left 1999']);
		expect(changesInYear(countryByIso.get('UZB')!, 2006, TODAY)).toEqual(['rejoined 2006']);
		expect(changesInYear(countryByIso.get('ARM')!, 2024, TODAY)).toEqual(['froze participation 2024']);
		expect(changesInYear(countryByIso.get('RUS')!, 1994, TODAY)).toEqual([]);
	});
});

describe('timeline', () => {
	it('splits Uzbekistan into six periods', () => {
		const t = timeline(countryByIso.get('UZB')!);
		expect(t.map((s) => s.status)).toEqual(['never', 'member', 'former', 'member', 'suspended', 'former']);
		expect(t[0]).toEqual({ status: 'never', from: '1992-01-01', to: '1992-05-15' });
		expect(t.at(-1)!.to).toBeNull();
	});
	it('is one grey period for a state that never joined', () => {
		expect(timeline(countryByIso.get('UKR')!)).toEqual([{ status: 'never', from: '1992-01-01', to: null }]);
	});
});

describe('summary sentence', () => {
	it('reads like the issue example for 2010', () => {
		const s = summarySentence(yearView(atlasCountries(), 2010, TODAY));
		expect(s).toBe('2010 — 7 members: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan.');
	});
	it('says when there are none', () => {
		expect(summarySentence(yearView(atlasCountries(), 1991, TODAY))).toBe('1991 — no members.');
	});
	it('lists suspended states and changes', () => {
		const s = summarySentence(yearView(atlasCountries(), 2024, TODAY));
		expect(s).toContain('Membership suspended or participation frozen: Armenia.');
		expect(s).toContain('Armenia froze participation 2024');
	});
	it('counts every state once', () => {
		const v = yearView(atlasCountries(), 1999, TODAY);
		expect(Object.values(v.counts).reduce((a, b) => a + b, 0)).toBe(atlasCountries().length);
		expect(v.counts.former).toBe(3);
	});
});
