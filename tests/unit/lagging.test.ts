// The rule of Lagging (state/lagging.svelte.ts), which the side panel's lists, the tab's title
// and the summary follow the year by. (Its $effect does not run in vitest's server build.)
import { describe, expect, it } from 'vitest';
import { lagFor } from '$lib/state/lagging.svelte';

/** Changes at these times (ms); what is on show at `at`, following the rule as Lagging does. */
function shownAt(changes: number[], delayMs: number, leading: boolean, at: number): number | null {
	let shown: number | null = null;
	let last = -Infinity;
	changes.forEach((t, i) => {
		const wait = lagFor(t, last, delayMs, leading);
		last = t;
		const next = changes[i + 1] ?? Infinity;
		// A wait that ends before the next change (or now) shows this change.
		if (t + wait <= Math.min(next - (wait === 0 ? 0 : 1e-9), at)) shown = t;
	});
	return shown;
}

describe('Lagging: when a change of the year is shown', () => {
	it('by default, only once the year has been still for the delay, even after a pause', () => {
		expect(lagFor(10_000, 0, 150, false)).toBe(150);
		expect(shownAt([0, 100, 200], 150, false, 349)).toBe(null);
		expect(shownAt([0, 100, 200], 150, false, 350)).toBe(200);
	});

	it('leading: at once after a still moment, so a key press or playback (250 ms a year at most) shows in its own frame', () => {
		expect(lagFor(1000, -Infinity, 150, true)).toBe(0);
		expect(lagFor(1000, 750, 150, true)).toBe(0);
		expect(shownAt([0, 250, 500], 150, true, 500)).toBe(500);
	});

	it('leading: a run of quick changes (a held key, 30 ms apart) shows its last once the run ends', () => {
		expect(lagFor(1030, 1000, 150, true)).toBe(150);
		const run = [0, 30, 60, 90];
		expect(shownAt(run, 150, true, 100)).toBe(0);
		expect(shownAt(run, 150, true, 239)).toBe(0);
		expect(shownAt(run, 150, true, 240)).toBe(90);
	});
});
