/**
 * What each export declares it needs from the app and the map, and what it hands back. The
 * components only gather the needs and run the export as a job (state/exportJob.svelte.ts).
 *  - Export PNG needs a snapshot: the drawn map as pixels (exportView.ts).
 *  - Export animation needs a scene drawer, or a map to drive live, and scenes for years (exportAnimation.ts).
 *  - The handout needs scenes for years, drawn as small maps (state/handoutSheet.svelte.ts).
 */
import type { Scene } from '$lib/domain/scene';
import type { MapRenderer } from '$lib/geo/renderer';

/** The drawn map as pixels, from either map. */
export interface SnapshotNeed {
	snapshot(): Promise<HTMLCanvasElement>;
}

/** A map that draws any scene (its sceneDrawer offscreen, or live on screen). */
export interface SceneDrawerNeed {
	renderer: MapRenderer;
}

/** The scene of any year, as the app would show it. */
export interface ScenesNeed {
	sceneForYear(year: number): Scene;
}

/** What a running export can read and tell: cancel, and how far it is. */
export interface JobControl<P> {
	signal: AbortSignal;
	progress(p: P): void;
}

/** A job stopped by Cancel: what `signal.throwIfAborted()` throws. */
export const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';
