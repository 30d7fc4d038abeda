// The export job runner both the animation and the handout use: progress while it runs, one
// message when it settles (saved, cancelled or failed), Cancel, and one job at a time; and the
// handout's state without a DOM: its years, paper, problem and small maps from injected scenes.
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { ExportJob } from '$lib/state/exportJob.svelte';
import { HandoutSheetState, paperFor } from '$lib/state/handoutSheet.svelte';
import { AppController } from '$lib/state/app.svelte';
import { PlacesStore } from '$lib/state/placesStore.svelte';
import { MAX_HANDOUT_YEARS } from '$lib/domain/handout';

const words = { failed: (e: unknown) => `failed: ${(e as Error).message}`, cancelled: () => 'cancelled' };

describe('ExportJob', () => {
	it('shows progress while it runs and its result when it ends', async () => {
		const job = new ExportJob<number>(words);
		let seen: number | null = null;
		const run = job.run(async ({ progress }) => {
			progress(3);
			seen = job.progress;
			return 'saved';
		}, 0);
		expect(job.running).toBe(true);
		await run;
		expect(seen).toBe(3);
		expect(job).toMatchObject({ running: false, progress: null, message: 'saved', failed: false });
	});

	it('Cancel ends it as cancelled, not failed', async () => {
		const job = new ExportJob<number>(words);
		const run = job.run(async ({ signal }) => {
			await new Promise((r) => setTimeout(r, 5));
			signal.throwIfAborted();
			return 'saved';
		});
		job.cancel();
		await run;
		expect(job).toMatchObject({ message: 'cancelled', failed: false, running: false });
	});

	it('a failure says why; a second start while running is ignored', async () => {
		const job = new ExportJob<number>(words);
		let second = false;
		const run = job.run(async () => {
			await new Promise((r) => setTimeout(r, 5));
			throw new Error('no codec');
		});
		await job.run(async () => ((second = true), 'x'));
		await run;
		expect(second).toBe(false);
		expect(job).toMatchObject({ message: 'failed: no codec', failed: true });
	});
});

describe('the handout state', () => {
	const app = new AppController({ today: '2026-11-23', places: new PlacesStore() });
	const sheet = () =>
		new HandoutSheetState({
			minYear: app.timeline.minYear,
			maxYear: app.timeline.maxYear,
			today: app.timeline.today,
			sceneForYear: (y) => app.sceneForYear(y),
			language: 'ru-RU'
		});

	it('starts with the turning points, ending today, on the local paper', () => {
		const s = sheet();
		expect(s.years.at(-1)).toBe(app.timeline.maxYear);
		expect(s.problem).toBeNull();
		expect(s.paper).toBe('a4');
		expect(paperFor('en-US')).toBe('letter');
	});

	it('each small map has its year scene’s fills; too few years is a problem, and none is ready before the shapes', () => {
		const s = sheet();
		flushSync();
		expect(s.maps.map((m) => m.year)).toEqual(s.years);
		expect(s.maps[0].fills).toEqual(app.sceneForYear(s.years[0]).fills);
		s.clear();
		s.toggle(1999);
		expect(s.years).toEqual([1999]);
		expect(s.problem).toBeTruthy();
		expect(s.status).toBe(s.problem);
		s.preset('every-five');
		expect(s.years.length).toBeLessThanOrEqual(MAX_HANDOUT_YEARS);
		expect(s.ready).toBe(false);
	});
});
