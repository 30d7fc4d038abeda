/**
 * Work split off a long first frame (issue 26): a flag that turns true once the component's first
 * frame has painted. Call during a component's initialisation; `now` skips the wait.
 */
import { onMount } from 'svelte';
import { afterNextPaint } from './nextPaint';

export function paintedOnce(now = false): { readonly done: boolean } {
	let done = $state(now);
	onMount(() => {
		let gone = false;
		if (!done) void afterNextPaint().then(() => (done = !gone));
		return () => void (gone = true);
	});
	return {
		get done() {
			return done;
		}
	};
}
