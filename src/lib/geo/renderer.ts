/**
 * The contract both maps keep: draw a scene, fly to a camera target, say where it looks, give a snapshot; and
 * report clicks, hovers and being ready. The app holds a MapRenderer and never asks which map
 * it is.
 */
import type { Scene } from '$lib/domain/scene';
import type { Camera, CameraTarget, Padding } from './camera';
import type { PinGroup } from './pinGroups';

export interface ScreenPoint {
	x: number;
	y: number;
}

export interface MapRenderer {
	/** Show this scene. Renderers touch only what differs from the last scene, once per frame. */
	draw(scene: Scene): void;
	/** Move the view so the target is framed clear of the padding (the presenter caption); `animate: false` for reduced motion. */
	fly(target: CameraTarget, animate: boolean, padding: Padding): void;
	/** Where the map looks now, framed for 1000×650 like tour cameras (a lesson step captures it). */
	camera(): Camera;
	/** The drawn map as pixels (Export PNG, animation frames). */
	snapshot(): Promise<HTMLCanvasElement>;
	/** Resolves once what was last drawn is on screen (tests and benchmarks). */
	whenDrawn(): Promise<number>;
	/**
	 * For the animation export, where a map can: draws any scene offscreen into a box of this size,
	 * showing the area on screen now, without touching the screen. Maps without it are driven
	 * live instead (draw, whenDrawn, snapshot).
	 */
	sceneDrawer?(width: number, height: number): Promise<SceneDrawer>;
	/**
	 * Where a map remembers what a scene needs beyond its colours (the lite map: its names and pin
	 * badges), it works that out in idle time for these years, nearest the shown one first, so the
	 * first pass through the years steps as quickly as the later ones. Maps without it need nothing.
	 */
	prepare?(years: readonly number[], sceneAt: (year: number) => Scene): void;
	destroy(): void;
}

/** Draws one scene onto a 2D context, filling the box the drawer was made for. */
export type SceneDrawer = (ctx: CanvasRenderingContext2D, scene: Scene) => void;

/** What a map reports back; positions are in CSS px relative to the map's box. */
export interface RendererEvents {
	/** A state was clicked (not a pin). */
	onCountryClick(iso3: string): void;
	/** Visible pins under a click, topmost first: one opens it, several offer a chooser. */
	onPinsClick(ids: string[], at: ScreenPoint): void;
	/** The pin under the pointer, or null: the dated tooltip. */
	onPinHover(id: string | null, at: ScreenPoint | null): void;
	/** Pins that overlap on screen, to draw as badges with a count (none on maps that do not group). */
	onPinGroups?(groups: PinGroup[]): void;
	/** The first scene is on screen. */
	onReady(): void;
}
