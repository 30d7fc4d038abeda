/** Work put off until the page has time: when idle, or after giving way to input and paint. */

/** How long work in slices may hold the page before it gives way to input and paint. */
export const SLICE_MS = 8;
/** The most an idle moment is used for: under 50 ms on a phone four times slower. */
const IDLE_SLICE_MS = 12;

/**
 * Runs `work` once the main thread is idle (within a second), in a task of its own; returns how to
 * cancel it. Browsers without requestIdleCallback wait a moment instead.
 */
export function whenIdle(work: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(work, { timeout: 1000 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(work, 200);
	return () => clearTimeout(id);
}

/**
 * Waits for an idle moment and resolves with how long the work may take in it: for
 * work done ahead of need in slices, which must not push back the next frame. Browsers without
 * requestIdleCallback wait a moment and take a slice.
 */
export function idleSlice(): Promise<number> {
	if (typeof requestIdleCallback === 'function')
		return new Promise((resolve) => requestIdleCallback((d) => resolve(Math.max(1, Math.min(IDLE_SLICE_MS, d.timeRemaining() - 1)))));
	return new Promise((resolve) => setTimeout(() => resolve(SLICE_MS), 200));
}

/** Lets the page handle input and paint before the work goes on (scheduler.yield where there is one). */
export function giveWay(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (scheduler?.yield) return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}
