// The organisation views of issue 25 as scenes: one organisation, or two compared, built by the
// one scene function with the data and words loaded as the app loads them (state/orgView.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { atlasCountries } from '$lib/data/atlasData';
import { loadOrganisation } from '$lib/data/orgData';
import { sceneOf, statusFills, statusLegend, type SceneInputs } from '$lib/domain/scene';
import { yearView } from '$lib/domain/yearView';
import { orgChoice, CSTO_ONLY, type OrgChoice } from '$lib/domain/orgChoice';
import { orgSceneInputOf, orgsToLoad } from '$lib/domain/orgSceneInput';
import { pairTerm } from '$lib/domain/orgScene';
import { orgSegments } from '$lib/domain/orgStatus';
import { FILL_COLOR, STATUS_COLOR, PAIR_COLOR, ORG_PARTNER_COLOR, QUIZ_COLOR } from '$lib/domain/palette';
import { SCENE_WORDS, LEGEND_WORDS } from '$lib/text/sceneText';
import { ORG_SCENE_WORDS } from '$lib/text/orgText';
import { QUIZ_WORDS } from '$lib/text/quizText';
import { m } from '$lib/paraglide/messages';
import { loadOrgView } from '$lib/state/orgView';

const TODAY = '2026-12-03';
const base = (year: number): SceneInputs => ({
	countries: atlasCountries(),
	places: [],
	year,
	today: TODAY,
	hiddenSymbols: new Set(),
	showAllPast: false
});

async function sceneFor(choice: OrgChoice, year: number) {
	const v = await loadOrgView(choice);
	return sceneOf({ ...base(year), org: v?.input }, v?.words ?? SCENE_WORDS);
}
const legendCount = (scene: Awaited<ReturnType<typeof sceneFor>>, key: string) => scene.legend.find((e) => e.key === key)?.count;

afterEach(() => overwriteGetLocale(() => 'en'));

describe('the examples of issue 25 as scenes', () => {
	it('?org=nato: Estonia is not a member in 2003, and is one in 2004', async () => {
		const y2003 = await sceneFor(orgChoice('nato'), 2003);
		expect(y2003.fills.get('EST')).toBe('never');
		expect(y2003.org?.statusA.get('EST')).toBe('never');
		expect(y2003.named.has('EST')).toBe(false);
		const y2004 = await sceneFor(orgChoice('nato'), 2004);
		expect(y2004.fills.get('EST')).toBe('member');
		expect(y2004.named.has('EST')).toBe(true);
		expect(y2004.fills.get('USA')).toBe('member');
		expect(legendCount(y2004, 'member')).toBe(26);
		expect(y2004.summary).toMatch(/^NATO, 2004 — 26 members: .*Estonia.*\.$/);
	});
	it('?org=sco&year=2018: Uzbekistan is a member; ?org=csto&year=2018: it is not', async () => {
		const sco = await sceneFor(orgChoice('sco'), 2018);
		expect(sco.fills.get('UZB')).toBe('member');
		expect(sco.fills.get('IND')).toBe('member');
		expect(sco.fills.get('BLR')).toBe('observer');
		const csto = await sceneFor(orgChoice('csto'), 2018);
		expect(csto.fills.get('UZB')).not.toBe('member');
		expect(csto.org).toBeUndefined();
	});
	it('?orgs=csto,sco&year=2018: Kazakhstan, Kyrgyzstan, Russia and Tajikistan are in both, and the legend counts 4', async () => {
		const scene = await sceneFor(orgChoice('csto', 'sco'), 2018);
		const both = [...scene.fills].filter(([, f]) => f === 'pair-both').map(([iso]) => iso);
		expect(both.sort()).toEqual(['KAZ', 'KGZ', 'RUS', 'TJK']);
		expect(legendCount(scene, 'pair-both')).toBe(4);
		expect(scene.legend.map((e) => e.key)).toEqual(['pair-a', 'pair-b', 'pair-both', 'pair-linked', 'pair-neither']);
		expect(scene.legend.find((e) => e.key === 'pair-both')?.label).toBe('In both the CSTO and the SCO');
		expect(scene.legend.find((e) => e.key === 'pair-a')?.short).toBe('Only the CSTO');
		// Armenia and Belarus are in the CSTO only (Belarus an SCO observer, so marked); Uzbekistan, China, India in the SCO only.
		expect(['ARM', 'BLR'].map((iso) => scene.fills.get(iso))).toEqual(['pair-a', 'pair-a']);
		expect(['UZB', 'CHN', 'IND', 'PAK'].map((iso) => scene.fills.get(iso))).toEqual(['pair-b', 'pair-b', 'pair-b', 'pair-b']);
		expect(scene.org?.linked.has('BLR')).toBe(true);
		expect(scene.org?.statusA.get('KAZ')).toBe('member');
		expect(scene.org?.statusB?.get('IND')).toBe('member');
		expect(scene.summary).toMatch(
			/^2018 — in both the CSTO and the SCO \(4\): Kazakhstan, Kyrgyzstan, Russia(,)? and Tajikistan\. Only the CSTO: Armenia(,)? and Belarus\. Only the SCO: /
		);
		expect(scene.named.has('KAZ') && scene.named.has('CHN') && scene.named.has('ARM')).toBe(true);
	});
	it('?org=cis&year=2010: Georgia is a former member', async () => {
		const scene = await sceneFor(orgChoice('cis'), 2010);
		expect(scene.fills.get('GEO')).toBe('former');
		expect(scene.named.has('GEO')).toBe(true);
		expect(scene.summary).toMatch(/Former member: Georgia/);
		expect(scene.legend.map((e) => e.key)).toContain('org-partner');
	});
	it('in Russian', async () => {
		overwriteGetLocale(() => 'ru');
		const scene = await sceneFor(orgChoice('csto', 'sco'), 2018);
		expect(scene.summary).toMatch(/^2018 — в обеих организациях \(ОДКБ и ШОС\), 4: Казахстан, Кыргызстан, Россия и Таджикистан\./);
		expect(scene.legend.find((e) => e.key === 'pair-a')?.short).toBe('Только ОДКБ');
		expect((await sceneFor(orgChoice('nato'), 2004)).summary).toMatch(/^НАТО, 2004 — 26 государств-членов: /);
	});
});

describe('without an organisation, the scene is the CSTO’s, exactly as before', () => {
	for (const year of [1993, 2012, 2018, 2026])
		it(`in ${year}`, () => {
			const before = sceneOf(base(year), SCENE_WORDS);
			const view = yearView(atlasCountries(), year, TODAY);
			expect(before.fills).toEqual(statusFills(view));
			expect(before.legend).toEqual(statusLegend(view.counts, LEGEND_WORDS));
			expect('org' in before).toBe(false);
			for (const same of [
				sceneOf({ ...base(year), org: null }, SCENE_WORDS),
				sceneOf({ ...base(year), org: null }, ORG_SCENE_WORDS),
				sceneOf({ ...base(year), org: { a: { id: 'csto', intervals: null }, b: null } }, ORG_SCENE_WORDS)
			]) {
				expect(same).toEqual(before);
				expect('org' in same).toBe(false);
			}
		});
	it('an open quiz (about the CSTO) wins over an organisation', async () => {
		const v = await loadOrgView(orgChoice('nato'));
		const quiz = { year: 2004, picks: new Set<string>(), revealed: false, candidates: new Set(['EST', 'ARM']) };
		const scene = sceneOf({ ...base(2004), quiz, org: v!.input }, { ...v!.words, quiz: QUIZ_WORDS });
		expect(scene.org).toBeUndefined();
		expect(scene.fills.get('EST')).toBe('quiz-open');
	});
	it('a quiz input without the quiz words (not loaded yet) shows the year as it is', () => {
		const quiz = { year: 2004, picks: new Set<string>(), revealed: false, candidates: new Set(['EST', 'ARM']) };
		expect(sceneOf({ ...base(2012), quiz }, SCENE_WORDS)).toEqual(sceneOf(base(2012), SCENE_WORDS));
		const asked = sceneOf({ ...base(2012), quiz }, { ...SCENE_WORDS, quiz: QUIZ_WORDS });
		expect([asked.year, asked.summary]).toEqual([2004, m.quiz_summary({ year: 2004 })]);
		expect(asked.legend.map((e) => e.label)).toEqual([m.quiz_legend_open(), m.quiz_legend_picked()]);
	});
	it('an organisation input without its words shows the CSTO', async () => {
		const v = await loadOrgView(orgChoice('nato'));
		expect(sceneOf({ ...base(2004), org: v!.input }, SCENE_WORDS)).toEqual(sceneOf(base(2004), SCENE_WORDS));
	});
});

describe('the pure parts', () => {
	it('where a state stands between two organisations', () => {
		expect(pairTerm('member', 'member')).toBe('both');
		expect(pairTerm('suspended', 'member')).toBe('both');
		expect(pairTerm('member', 'observer')).toBe('a');
		expect(pairTerm('former', 'member')).toBe('b');
		expect(pairTerm('observer', 'never')).toBe('linked');
		expect(pairTerm('never', 'associate')).toBe('linked');
		expect(pairTerm('former', 'never')).toBe('neither');
	});
	it('what a choice must load, and its input while loading', () => {
		expect(orgsToLoad(CSTO_ONLY)).toEqual([]);
		expect(orgsToLoad(orgChoice('csto', 'sco'))).toEqual(['sco']);
		expect(orgsToLoad(orgChoice('nato', 'sco'))).toEqual(['nato', 'sco']);
		const nato = { states: [] };
		expect(orgSceneInputOf(CSTO_ONLY, () => nato)).toBeNull();
		expect(orgSceneInputOf(orgChoice('nato', 'sco'), (id) => (id === 'nato' ? nato : undefined))).toBeNull();
		expect(orgSceneInputOf(orgChoice('csto', 'nato'), () => nato)).toEqual({
			a: { id: 'csto', intervals: null },
			b: { id: 'nato', intervals: nato }
		});
	});
	it('loads each organisation once, and nothing for the CSTO', async () => {
		expect(loadOrganisation('sco')).toBe(loadOrganisation('sco'));
		expect((await loadOrganisation('qccm')).id).toBe('qccm');
		expect(await loadOrgView(CSTO_ONLY)).toBeNull();
	});
	it('colours: Tol’s muted scheme for a pair, none near a CSTO status colour; all fills distinct where they meet', () => {
		const pair = [PAIR_COLOR.a, PAIR_COLOR.b, PAIR_COLOR.both, PAIR_COLOR.linked];
		const cstoStatus = [STATUS_COLOR.member, STATUS_COLOR.suspended, STATUS_COLOR.former, STATUS_COLOR.observer];
		for (const c of pair) expect(cstoStatus).not.toContain(c);
		expect(new Set([...pair, PAIR_COLOR.neither]).size).toBe(5);
		expect(new Set([...Object.values(STATUS_COLOR), ORG_PARTNER_COLOR]).size).toBe(6);
		expect(FILL_COLOR['org-partner']).toBe(QUIZ_COLOR.picked);
	});
});

describe('a state’s history in an organisation (the country panel’s bars)', () => {
	it('Georgia in the CIS: never, member 1993–2009, former since', async () => {
		const cis = await loadOrganisation('cis');
		const segments = orgSegments(cis, 'GEO');
		expect(segments.map((s) => s.status)).toEqual(['never', 'member', 'former']);
		expect(segments[1].from.slice(0, 4)).toBe('1993');
		expect(segments[2]).toMatchObject({ to: null });
		expect(segments[2].from.slice(0, 4)).toBe('2009');
		expect(orgSegments(cis, 'USA')).toEqual([]);
	});
	it('fills a gap between intervals with never, and ends with never after the last', () => {
		const org = {
			states: [
				{
					iso3: 'X',
					intervals: [
						{ from: '1990', to: '1995', status: 'member' as const },
						{ from: '1997-06', to: '2001', status: 'observer' as const }
					]
				}
			]
		};
		expect(orgSegments(org, 'X')).toEqual([
			{ status: 'member', from: '1991-01-01', to: '1995-01-01' },
			{ status: 'never', from: '1995-01-01', to: '1997-06-01' },
			{ status: 'observer', from: '1997-06-01', to: '2001-01-01' },
			{ status: 'never', from: '2001-01-01', to: null }
		]);
	});
});
