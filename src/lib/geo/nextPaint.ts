/**
 * Resolves (with the time) once the next frame has been painted. Its own module: the first page
 * needs it (paintLater.svelte.ts), the map's test hooks only once a map is drawn.
 */
export const afterNextPaint = () =>
	new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
