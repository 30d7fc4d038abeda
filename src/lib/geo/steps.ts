/**
 * Work written as a generator of steps (issue 26): run at once where the answer is needed now, or
 * in slices of a few milliseconds with the page given back between them, where it can wait.
 */
import { giveWay, SLICE_MS } from './paintLater.svelte';

export type Steps<T> = Generator<void, T, void>;

/** Waits before a slice; resolves with how many ms that slice may take. */
export type Pause = () => Promise<number>;

/** Gives way to input and paint, then a slice of the usual length. */
const givingWay: Pause = () => giveWay().then(() => SLICE_MS);

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
export async function inSlices<T>(steps: Steps<T>, signal: AbortSignal, pause: Pause = givingWay): Promise<T | null> {
	// The budget is asked first: `now` is read once the pause is over.
	const first = await pause();
	if (signal.aborted) return null;
	let due = performance.now() + first;
	let step = steps.next();
	while (!step.done) {
		if (performance.now() > due) {
			const budget = await pause();
			if (signal.aborted) return null;
			due = performance.now() + budget;
		}
		step = steps.next();
	}
	// What is done with the result runs in a task of its own, not after a slice of this work.
	await pause();
	return signal.aborted ? null : step.value;
}
