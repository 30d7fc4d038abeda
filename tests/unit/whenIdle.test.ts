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

	it('eachWhenIdle: each item in an idle moment of its own, in order, the next once the last is done, until stopped', async () => {
		vi.useFakeTimers();
		const done: string[] = [];
		const stop = eachWhenIdle([1, 2, 3, 4], async (n) => {
			done.push(`start ${n}`);
			// Work that gives way in slices: the next item waits for it.
			await new Promise((resolve) => setTimeout(resolve, 500));
			done.push(`end ${n}`);
		});
		expect(done).toEqual([]);
		await vi.advanceTimersByTimeAsync(200);
		expect(done).toEqual(['start 1']);
		await vi.advanceTimersByTimeAsync(500);
		expect(done).toEqual(['start 1', 'end 1']);
		await vi.advanceTimersByTimeAsync(200);
		expect(done).toEqual(['start 1', 'end 1', 'start 2']);
		stop();
		await vi.advanceTimersByTimeAsync(5000);
		expect(done).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
		const plain: number[] = [];
		eachWhenIdle([5, 6], (n) => plain.push(n));
		await vi.advanceTimersByTimeAsync(2000);
		expect(plain).toEqual([5, 6]);
	});
});
