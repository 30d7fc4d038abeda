/** Work put off until the page has time: when idle, or after giving way to input and paint. */

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
 * Runs `work` for each item in order, each started in an idle moment and finished before the next
 * (work that gives way in slices returns a promise); returns how to stop. For work done ahead of
 * need, which must never hold up what the reader does now.
 */
export function eachWhenIdle<T>(items: readonly T[], work: (item: T, signal: AbortSignal) => unknown): () => void {
	const stop = new AbortController();
	const idle = () =>
		new Promise<void>((resolve) => {
			const cancel = whenIdle(resolve);
			stop.signal.addEventListener('abort', cancel, { once: true });
		});
	void (async () => {
		for (const item of items) {
			await idle();
			if (stop.signal.aborted) return;
			await work(item, stop.signal);
		}
	})();
	return () => stop.abort();
}

/** Lets the page handle input and paint before the work goes on (scheduler.yield where there is one). */
export function giveWay(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (scheduler?.yield) return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}
