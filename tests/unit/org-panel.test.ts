// The country panel's bars for the other organisations (issue 25): which organisations a state
// ever belonged to, in order; each bar's segments and colours; and their words in both languages.
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { loadOrganisation } from '$lib/data/orgData';
import { ORG_IDS } from '$lib/data/orgIds';
import { BAR_START, ORG_STATUS_FILL, orgBar, orgsOfState, type OtherOrg } from '$lib/domain/orgMembership';
import { orgScenePart } from '$lib/domain/orgScene';
import { yearView } from '$lib/domain/yearView';
import { atlasCountries } from '$lib/data/atlasData';
import { ORG_STATUSES } from '$lib/data/orgIds';
import { ORG_WORDS } from '$lib/text/orgText';
import type { OrgIntervals } from '$lib/domain/orgStatus';
import { ORG_PARTNER_COLOR, STATUS_COLOR } from '$lib/domain/palette';
import { ORG_STATUS_WORD, alsoLine, intervalText } from '$lib/text/orgPanelText';

const TODAY = '2026-12-03';
const OTHER = ORG_IDS.filter((id): id is OtherOrg => id !== 'csto');
const ORGS = new Map<string, OrgIntervals>(await Promise.all(OTHER.map(async (id) => [id, await loadOrganisation(id)] as const)));

afterEach(() => overwriteGetLocale(() => 'en'));

describe('orgsOfState', () => {
	it('lists every organisation a state ever had a status in, in the picker order', () => {
		expect(orgsOfState('KAZ', ORGS)).toEqual(['sco', 'cis', 'eaeu', 'ots']);
		expect(orgsOfState('RUS', ORGS)).toEqual(['sco', 'cis', 'eaeu', 'union-state']);
		expect(orgsOfState('USA', ORGS)).toEqual(['nato']);
		// Turkmenistan: a CIS associate and a Turkic observer count too; Georgia left the CIS, and a former member counts.
		expect(orgsOfState('TKM', ORGS)).toEqual(['cis', 'ots']);
		expect(orgsOfState('GEO', ORGS)).toEqual(['cis']);
		// Serbia is only a CSTO observer: no other bar.
		expect(orgsOfState('SRB', ORGS)).toEqual([]);
	});

	it('keeps the picker order whatever order the files came in, and skips organisations not loaded', () => {
		const reversed = new Map([...ORGS].reverse());
		expect(orgsOfState('KAZ', reversed)).toEqual(['sco', 'cis', 'eaeu', 'ots']);
		expect(orgsOfState('KAZ', new Map([['ots', ORGS.get('ots')!]]))).toEqual(['ots']);
		expect(orgsOfState('KAZ', new Map())).toEqual([]);
	});
});

describe('orgBar', () => {
	it('draws from 1992 to today in the map colours, with the year status', () => {
		const georgia = orgBar(ORGS.get('cis')!, 'GEO', 2010, TODAY);
		expect(georgia.status).toBe('former');
		expect(georgia.segments.map((s) => [s.status, s.from, s.to, s.color])).toEqual([
			['never', BAR_START, '1993-12-01', STATUS_COLOR.never],
			['member', '1993-12-01', '2009-08-18', STATUS_COLOR.member],
			['former', '2009-08-18', null, STATUS_COLOR.former]
		]);
		expect(orgBar(ORGS.get('cis')!, 'GEO', 2008, TODAY).status).toBe('member');
	});

	it('fills each status as the map does when the organisation is shown alone', () => {
		// One made-up state per status, all in 2020.
		const states = ORG_STATUSES.map((status, i) => ({ iso3: `X${i}A`, intervals: [{ from: '2019-01-01', to: null, status }] }));
		const part = orgScenePart(
			{ a: { id: 'sco', intervals: { states } }, b: null },
			yearView(atlasCountries(), 2020, TODAY),
			'2020-12-31',
			ORG_WORDS
		);
		for (const [i, status] of ORG_STATUSES.entries()) expect(part.fills.get(`X${i}A`), status).toBe(ORG_STATUS_FILL[status]);
		expect(part.fills.get('UKR')).toBe(ORG_STATUS_FILL.never);
	});

	it('colours partners and associates as the map does', () => {
		const turkmenistan = orgBar(ORGS.get('cis')!, 'TKM', 2024, TODAY);
		expect(turkmenistan.status).toBe('associate');
		expect(turkmenistan.segments.at(-1)!.color).toBe(ORG_PARTNER_COLOR);
	});

	it('starts a founder older than the bars at their start', () => {
		const usa = orgBar(ORGS.get('nato')!, 'USA', 1995, TODAY);
		expect(usa.segments[0]).toMatchObject({ status: 'member', from: BAR_START, to: null });
	});
});

describe('words', () => {
	it('says each interval and the presenter line in English', () => {
		expect(intervalText({ status: 'member', from: '1991-12-21', to: null })).toBe('Member since 21 Dec 1991');
		expect(intervalText({ status: 'member', from: '1993-12', to: '2009-08-18' })).toMatch(
			/^Member from Dec(ember)? 1993 to 18 Aug(ust)? 2009$/
		);
		// A founder older than the bars keeps its own start in words.
		expect(intervalText({ status: 'member', from: '1991-12-21', to: '2005-08-26' })).toMatch(/^Member from 21 Dec 1991 to 26 Aug 2005$/);
		expect(
			alsoLine(2024, [
				{ short: 'CIS', status: 'member' },
				{ short: 'EAEU', status: 'never' },
				{ short: 'OTS', status: 'observer' }
			])
		).toBe('Also, in 2024: CIS, OTS (observer)');
		expect(alsoLine(1995, [{ short: 'EAEU', status: 'never' }])).toBe('');
	});

	it('says them in Russian', () => {
		overwriteGetLocale(() => 'ru');
		expect(ORG_STATUS_WORD.associate).toBe('Ассоциированный член');
		expect(intervalText({ status: 'observer', from: '2021-11-12', to: null })).toBe('Наблюдатель с 12 ноября 2021 г.');
		expect(alsoLine(2010, [{ short: 'СНГ', status: 'former' }])).toBe('Кроме того, в 2010 году: СНГ (бывший член)');
		for (const word of Object.values(ORG_STATUS_WORD)) expect(word).not.toMatch(/[A-Za-z]/);
	});
});
