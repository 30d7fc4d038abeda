import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle, eachWhenIdle } from '$lib/geo/paintLater.svelte';

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

	it('eachWhenIdle: one item per idle moment, in order, until stopped', () => {
		vi.useFakeTimers();
		const done: number[] = [];
		const stop = eachWhenIdle([1, 2, 3, 4], (n) => done.push(n));
		expect(done).toEqual([]);
		vi.advanceTimersByTime(200);
		expect(done).toEqual([1]);
		vi.advanceTimersByTime(200);
		expect(done).toEqual([1, 2]);
		stop();
		vi.advanceTimersByTime(2000);
		expect(done).toEqual([1, 2]);
		eachWhenIdle([5, 6], (n) => done.push(n));
		vi.advanceTimersByTime(2000);
		expect(done).toEqual([1, 2, 5, 6]);
	});
});
