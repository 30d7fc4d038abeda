// The organisation choice in the controller (issue 25): loaded when chosen, carried by the URL,
// lesson steps and captured views; the CSTO alone changes nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';

vi.mock('$app/navigation', () => ({ replaceState: vi.fn() }));

import { AppController } from '$lib/state/app.svelte';
import { PlacesStore } from '$lib/state/placesStore.svelte';
import { OrgShown } from '$lib/state/orgShown.svelte';
import { loadOrgView } from '$lib/state/orgView';
import { readUrlInto, urlViewOf, viewSearch } from '$lib/state/urlSync.svelte';
import { orgChoice, CSTO_ONLY, type OrgChoice } from '$lib/domain/orgChoice';
import { viewFields } from '$lib/domain/lessonEdit';
import { SCENE_WORDS } from '$lib/text/sceneText';
import type { Lesson, LessonStep } from '$lib/data/lessonSchema';
import builtInJson from '../../data/lessons/built-in.json';
import { places } from './placesData';

function freshApp() {
	const placesStore = new PlacesStore();
	placesStore.set(places, builtInJson as unknown as Lesson);
	const fullscreen = { active: false, supported: true, request: async () => {}, exit: async () => {} };
	return new AppController({ places: placesStore, today: '2026-11-23', fullscreen });
}
const shownSoon = (app: AppController, choice: OrgChoice) => vi.waitFor(() => expect(app.orgs.shown).toEqual(choice), { timeout: 5000 });

afterEach(() => vi.unstubAllGlobals());

describe('OrgShown', () => {
	it('keeps showing the previous choice until the new one has loaded', async () => {
		const orgs = new OrgShown();
		const choosing = orgs.choose(orgChoice('nato'));
		expect(orgs.choice).toEqual(orgChoice('nato'));
		expect(orgs.shown).toEqual(CSTO_ONLY);
		expect(orgs.loading).toBe(true);
		expect(orgs.input).toBeNull();
		expect(orgs.words).toBe(SCENE_WORDS);
		await choosing;
		expect(orgs.shown).toEqual(orgChoice('nato'));
		expect(orgs.loading).toBe(false);
		expect(orgs.input?.a.id).toBe('nato');
		expect(orgs.words.org).toBeDefined();
		expect([...orgs.files.keys()]).toEqual(['nato']);
		await orgs.choose(CSTO_ONLY);
		expect(orgs.input).toBeNull();
		expect(orgs.words).toBe(SCENE_WORDS);
	});
	it('a choice loaded before is shown at once, with no wait, so a switch back redraws in the same frame', async () => {
		const load = vi.fn(loadOrgView);
		const orgs = new OrgShown(load);
		await orgs.choose(orgChoice('csto', 'sco'));
		await orgs.choose(orgChoice('csto', 'nato'));
		void orgs.choose(orgChoice('csto', 'sco'));
		expect(orgs.shown).toEqual(orgChoice('csto', 'sco'));
		expect(orgs.loading).toBe(false);
		expect(load).toHaveBeenCalledTimes(2);
	});
	it('a later choice wins over one still loading; a failed load keeps what is shown', async () => {
		const orgs = new OrgShown();
		const first = orgs.choose(orgChoice('sco'));
		const second = orgs.choose(orgChoice('csto', 'cis'));
		await Promise.all([first, second]);
		expect(orgs.shown).toEqual(orgChoice('csto', 'cis'));

		let fail = false;
		const flaky = new OrgShown((c) => (fail ? Promise.reject(new Error('offline')) : loadOrgView(c)));
		await flaky.choose(orgChoice('eaeu'));
		fail = true;
		await flaky.choose(orgChoice('ots'));
		expect(flaky.failed).toBe(true);
		expect(flaky.loading).toBe(false);
		expect(flaky.shown).toEqual(orgChoice('eaeu'));
	});
});

describe('the controller', () => {
	it('?org=nato&year=2004: the scene shows NATO once loaded, and the URL keeps it', async () => {
		const app = freshApp();
		readUrlInto(app, '?org=nato&year=2004');
		flushSync();
		expect(urlViewOf(app).orgs).toEqual(orgChoice('nato'));
		await shownSoon(app, orgChoice('nato'));
		expect(app.scene.fills.get('EST')).toBe('member');
		expect(app.scene.org?.a).toBe('nato');
		// The exports draw the same organisations.
		expect(app.sceneForYear(2003).fills.get('EST')).toBe('never');
		vi.stubGlobal('location', { pathname: '/', search: '?year=2004', hash: '' });
		expect(new URLSearchParams(viewSearch(app)).get('org')).toBe('nato');
	});
	it('?orgs=csto,sco&year=2018: four states in both', async () => {
		const app = freshApp();
		readUrlInto(app, '?orgs=csto,sco&year=2018');
		await shownSoon(app, orgChoice('csto', 'sco'));
		expect(app.scene.legend.find((e) => e.key === 'pair-both')?.count).toBe(4);
	});
	it('no org: nothing in the URL view, and the scene has no organisation view', () => {
		const app = freshApp();
		readUrlInto(app, '?year=2010');
		expect('orgs' in urlViewOf(app)).toBe(false);
		expect(app.scene.org).toBeUndefined();
		vi.stubGlobal('location', { pathname: '/', search: '?org=nato&year=2010', hash: '' });
		expect(new URLSearchParams(viewSearch(app)).get('org')).toBeNull();
	});
	it('a lesson step sets the organisations; a captured view keeps them', async () => {
		const app = freshApp();
		const step = { ...(builtInJson.steps[0] as unknown as LessonStep), orgs: ['csto', 'sco'] as LessonStep['orgs'] };
		app.player.applyStep(step);
		expect(app.orgs.choice).toEqual(orgChoice('csto', 'sco'));
		await shownSoon(app, orgChoice('csto', 'sco'));
		expect(viewFields(app.captureView())).toMatchObject({ orgs: ['csto', 'sco'] });
		const plain = freshApp();
		const fields = viewFields(plain.captureView());
		expect('org' in fields || 'orgs' in fields).toBe(false);
	});
});
