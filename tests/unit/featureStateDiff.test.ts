// The detailed map's feature-state bookkeeping and its after-paint scheduler, without MapLibre:
// what reaches the map is recorded by the `apply` callbacks.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeatureStateDiff, MarkedFeatures, afterPaintScheduler } from '$lib/map/featureStateDiff';

describe('FeatureStateDiff', () => {
	function recording(missing: string[] = []) {
		const applied: [string, string][] = [];
		const diff = new FeatureStateDiff<string>((key, value) => {
			if (missing.includes(key)) return false;
			applied.push([key, value]);
			return true;
		}, 'never');
		return { applied, diff };
	}

	it('applies only what differs from what was applied, and counts it', () => {
		const { applied, diff } = recording();
		expect(
			diff.update(
				new Map([
					['UZB', 'former'],
					['KAZ', 'member'],
					['GEO', 'never']
				])
			)
		).toBe(2);
		// GEO equals the fallback the map starts with: nothing to set.
		expect(applied).toEqual([
			['UZB', 'former'],
			['KAZ', 'member']
		]);
		applied.length = 0;
		expect(
			diff.update(
				new Map([
					['UZB', 'member'],
					['KAZ', 'member'],
					['GEO', 'never']
				])
			)
		).toBe(1);
		expect(applied).toEqual([['UZB', 'member']]);
		expect(diff.get('UZB')).toBe('member');
		expect(diff.get('ARM')).toBe('never');
	});

	it('does not remember keys the map does not have, so they are tried again', () => {
		const missing = ['XXK'];
		const { applied, diff } = recording(missing);
		expect(diff.update(new Map([['XXK', 'member']]))).toBe(0);
		expect(diff.get('XXK')).toBe('never');
		missing.length = 0;
		expect(diff.update(new Map([['XXK', 'member']]))).toBe(1);
		expect(applied).toEqual([['XXK', 'member']]);
	});

	it('after forget (a lost context) applies everything again', () => {
		const { applied, diff } = recording();
		const state = new Map([
			['UZB', 'member'],
			['KAZ', 'member']
		]);
		diff.update(state);
		expect(diff.update(state)).toBe(0);
		diff.forget();
		applied.length = 0;
		expect(diff.update(state)).toBe(2);
		expect(applied).toEqual([...state]);
	});
});

describe('MarkedFeatures', () => {
	it('clears the keys that left the set and sets the new ones, each once', () => {
		const calls: string[] = [];
		const flag = new MarkedFeatures((key, on) => calls.push(`${key}:${on}`));
		flag.set(['UZB', 'KAZ']);
		expect(calls).toEqual(['UZB:true', 'KAZ:true']);
		calls.length = 0;
		flag.set(['KAZ', 'ARM']);
		expect(calls).toEqual(['UZB:false', 'ARM:true']);
		calls.length = 0;
		flag.set(['KAZ', 'ARM']);
		expect(calls).toEqual([]);
		flag.forget();
		flag.set(['KAZ']);
		expect(calls).toEqual(['KAZ:true']);
	});
});

describe('afterPaintScheduler', () => {
	/** A fake frame clock: frames run only when `paint` is called. */
	function frames() {
		let next = 1;
		const pending = new Map<number, FrameRequestCallback>();
		vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => (pending.set(next, cb), next++));
		vi.stubGlobal('cancelAnimationFrame', (id: number) => pending.delete(id));
		return {
			paint() {
				const due = [...pending.values()];
				pending.clear();
				for (const cb of due) cb(performance.now());
			},
			get waiting() {
				return pending.size;
			}
		};
	}
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('runs once, after the next frame is painted, however often it was asked within the frame', () => {
		vi.useFakeTimers();
		const clock = frames();
		let flushes = 0;
		const scheduler = afterPaintScheduler(() => flushes++);
		scheduler.schedule();
		scheduler.schedule();
		expect(clock.waiting).toBe(1);
		vi.runAllTimers();
		expect(flushes).toBe(0);
		clock.paint();
		// The frame is painted before the flush runs: it waits for the task after the frame.
		expect(flushes).toBe(0);
		scheduler.schedule();
		expect(clock.waiting).toBe(0);
		vi.runAllTimers();
		expect(flushes).toBe(1);
		// A request after the flush waits for a frame of its own.
		scheduler.schedule();
		clock.paint();
		vi.runAllTimers();
		expect(flushes).toBe(2);
	});

	it('cancel drops a pending flush, before or after the frame', () => {
		vi.useFakeTimers();
		const clock = frames();
		let flushes = 0;
		const scheduler = afterPaintScheduler(() => flushes++);
		scheduler.schedule();
		scheduler.cancel();
		clock.paint();
		vi.runAllTimers();
		expect(flushes).toBe(0);
		scheduler.schedule();
		clock.paint();
		scheduler.cancel();
		vi.runAllTimers();
		expect(flushes).toBe(0);
		// And it can be scheduled again afterwards.
		scheduler.schedule();
		clock.paint();
		vi.runAllTimers();
		expect(flushes).toBe(1);
	});
});
