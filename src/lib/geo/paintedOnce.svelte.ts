/**
 * Work split off a long first frame (issue 26): counters that move on as the component's first
 * frames are painted. Call during a component's initialisation; `now` skips the waits.
 */
import { onMount } from 'svelte';
import { afterNextPaint } from './nextPaint';

/**
 * How many of a component's first `count` frames have been painted: 0 while the first is drawn,
 * then up to `count`. Work that waits for `reached` to pass its stage lands in a frame (and a
 * task) of its own.
 */
export function paintStages(count: number, now = false): { readonly reached: number } {
	let reached = $state(now ? count : 0);
	onMount(() => {
		let gone = false;
		void (async () => {
			while (reached < count) {
				await afterNextPaint();
				if (gone) return;
				reached += 1;
			}
		})();
		return () => void (gone = true);
	});
	return {
		get reached() {
			return reached;
		}
	};
}

/** A flag that turns true once the component's first frame has painted. */
export function paintedOnce(now = false): { readonly done: boolean } {
	const stages = paintStages(1, now);
	return {
		get done() {
			return stages.reached >= 1;
		}
	};
}
