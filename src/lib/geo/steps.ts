/**
 * Work written as a generator of steps (issue 26): run at once where the answer is needed now, or
 * in slices of a few milliseconds with the page given back between them, where it can wait.
 */
import { giveWay } from './paintLater.svelte';

export type Steps<T> = Generator<void, T, void>;

/** How long work in slices may hold the page before it gives way to input and paint. */
const SLICE_MS = 8;

/** Every step at once: the generator's result. */
export function runToEnd<T>(steps: Steps<T>): T {
	let step = steps.next();
	while (!step.done) step = steps.next();
	return step.value;
}

/**
 * The steps in slices, giving the page back between them; null once `signal` aborts. The first
 * slice waits too: not in the task that asked (a render, say), which has work of its own.
 */
export async function inSlices<T>(steps: Steps<T>, signal: AbortSignal): Promise<T | null> {
	await giveWay();
	if (signal.aborted) return null;
	let due = performance.now() + SLICE_MS;
	let step = steps.next();
	while (!step.done) {
		if (performance.now() > due) {
			await giveWay();
			if (signal.aborted) return null;
			due = performance.now() + SLICE_MS;
		}
		step = steps.next();
	}
	// What is done with the result runs in a task of its own, not after a slice of this work.
	await giveWay();
	return signal.aborted ? null : step.value;
}
