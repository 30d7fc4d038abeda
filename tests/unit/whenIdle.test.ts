import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '$lib/geo/paintLater.svelte';
import { inSlices } from '$lib/geo/steps';

describe('whenIdle: work split off start-up (issue 26)', () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('without requestIdleCallback, runs the work a moment later in a task of its own', () => {
		vi.useFakeTimers();
		const work = vi.fn();
		whenIdle(work);
		expect(work).not.toHaveBeenCalled();
		vi.advanceTimersByTime(199);
		expect(work).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(work).toHaveBeenCalledOnce();
	});

	it('cancelled before then, never runs it', () => {
		vi.useFakeTimers();
		const work = vi.fn();
		whenIdle(work)();
		vi.advanceTimersByTime(1000);
		expect(work).not.toHaveBeenCalled();
	});

	it('with requestIdleCallback, asks for idle time within a second and cancels that request', () => {
		const asked: { timeout?: number }[] = [];
		const cancelled: number[] = [];
		let callback: (() => void) | null = null;
		vi.stubGlobal('requestIdleCallback', (cb: () => void, opts: { timeout?: number }) => {
			callback = cb;
			asked.push(opts);
			return 7;
		});
		vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
		const work = vi.fn();
		const cancel = whenIdle(work);
		expect(asked).toEqual([{ timeout: 1000 }]);
		expect(work).not.toHaveBeenCalled();
		callback!();
		expect(work).toHaveBeenCalledOnce();
		cancel();
		expect(cancelled).toEqual([7]);
	});
});

describe('work in slices with a pause of its own (issue 26)', () => {
	function* fiveSteps() {
		for (let i = 0; i < 5; i++) {
			const until = performance.now() + 1;
			while (performance.now() < until);
			yield;
		}
		return 'done';
	}

	it('pauses before the first slice, whenever a slice has used its budget, and before the answer', async () => {
		let pauses = 0;
		const none = () => ((pauses += 1), Promise.resolve(0));
		expect(await inSlices(fiveSteps(), new AbortController().signal, none)).toBe('done');
		// A step each slice: five steps, the first pause and the one before the answer.
		expect(pauses).toBe(7);
		pauses = 0;
		const plenty = () => ((pauses += 1), Promise.resolve(1000));
		expect(await inSlices(fiveSteps(), new AbortController().signal, plenty)).toBe('done');
		expect(pauses).toBe(2);
	});

	it('gives nothing once stopped during a pause', async () => {
		const stop = new AbortController();
		const stopping = () => (stop.abort(), Promise.resolve(0));
		expect(await inSlices(fiveSteps(), stop.signal, stopping)).toBeNull();
	});
});
