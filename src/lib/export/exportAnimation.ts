/**
 * "Export animation": the years played into a video (or a GIF), frame by frame from scenes, so
 * the file never depends on how fast this screen can draw. Each year's map is drawn once (the
 * lite map offscreen, the detailed map live and copied), framed with the title, the year, the
 * legend and the sources, and held for its seconds. Loaded only when a reader exports.
 */
import type { MapRenderer, SceneDrawer } from '$lib/geo/renderer';
import type { Scene } from '$lib/domain/scene';
import { afterNextPaint } from '$lib/geo/nextPaint';
import { OCEAN_COLOR } from '$lib/domain/palette';
import {
	chooseFormat,
	frameLayout,
	frameSchedule,
	yearsOf,
	animationFilename,
	VIDEO_FPS,
	type AnimationFormat,
	type AnimationOptions,
	type FrameLayout
} from './animationPlan';
import { createEncoder, browserCodecProbe } from './animationEncoders';
import { drawFooter, drawHeading, layoutFooter, uiFontFamily, type LegendItem } from './overlays';
import { exportTitle, exportSubtitle, sourceLine } from './exportView';
import { m } from '$lib/paraglide/messages';

export interface AnimationProgress {
	/** Years finished, of `total`; `year` is the one being drawn. */
	done: number;
	total: number;
	year: number;
}

export interface AnimationJob {
	renderer: MapRenderer;
	sceneForYear: (year: number) => Scene;
	/** What the app shows now: the detailed map draws it again when the export ends. */
	currentScene: () => Scene;
	options: AnimationOptions;
	signal: AbortSignal;
	onProgress: (p: AnimationProgress) => void;
}

export interface AnimationResult {
	blob: Blob;
	filename: string;
	format: AnimationFormat;
	/** Wall-clock seconds the export took. */
	seconds: number;
}

/** Renders the whole file in memory; throws an AbortError when cancelled (nothing is saved then). */
export async function renderAnimation(job: AnimationJob): Promise<AnimationResult> {
	const started = performance.now();
	const { options: o, signal } = job;
	const format = await chooseFormat(browserCodecProbe, o.width, o.height);
	signal.throwIfAborted();

	const canvas = document.createElement('canvas');
	canvas.width = o.width;
	canvas.height = o.height;
	// The GIF writer reads every frame back: tell the canvas first, it cannot be changed later.
	const ctx = canvas.getContext('2d', { willReadFrequently: format.kind === 'gif' });
	if (!ctx) throw new Error(m.anim_error_no_canvas());
	const family = uiFontFamily();
	const sources = sourceLine();
	// One footer height for every frame: room for the legend with the widest counts, wrapped.
	const widest = legendOf(job.currentScene()).map((e) => ({ ...e, count: 888 }));
	const footer = layoutFooter(ctx, widest, [sources], o.width, 0, o.width / 1280, family);
	const layout = frameLayout(o.width, o.height, footer.height);
	const paintMap = await mapPainter(job, layout);
	const encoder = await createEncoder(format, canvas);
	const years = yearsOf(o.from, o.to);
	const schedule = frameSchedule(years, o.secondsPerYear, format.kind === 'gif' ? null : VIDEO_FPS);
	try {
		for (const [i, year] of years.entries()) {
			signal.throwIfAborted();
			job.onProgress({ done: i, total: years.length, year });
			const scene = job.sceneForYear(year);
			ctx.fillStyle = '#ffffff';
			ctx.fillRect(0, 0, o.width, o.height);
			await paintMap.paint(ctx, scene);
			drawOverlays(ctx, layout, scene, family, sources);
			for (const f of schedule) if (f.yearIndex === i) await encoder.add(f.timestamp, f.duration);
			// Let the page breathe between years: the progress bar moves and Cancel answers.
			await new Promise((r) => setTimeout(r, 0));
		}
		signal.throwIfAborted();
		job.onProgress({ done: years.length, total: years.length, year: years[years.length - 1] });
		const blob = await encoder.finish();
		signal.throwIfAborted();
		return { blob, filename: animationFilename(o, format), format, seconds: (performance.now() - started) / 1000 };
	} catch (e) {
		await encoder.cancel().catch(() => undefined);
		throw e;
	} finally {
		paintMap.done();
	}
}

interface MapPainter {
	paint(ctx: CanvasRenderingContext2D, scene: Scene): Promise<void>;
	done(): void;
}

/** The lite map draws offscreen; the detailed map is driven live, then shows the app's scene again. */
async function mapPainter(job: AnimationJob, layout: FrameLayout): Promise<MapPainter> {
	const { renderer } = job;
	const box = layout.map;
	if (renderer.sceneDrawer) {
		const draw: SceneDrawer = await renderer.sceneDrawer(box.width, box.height);
		return {
			async paint(ctx, scene) {
				ctx.save();
				ctx.translate(box.x, box.y);
				draw(ctx, scene);
				ctx.restore();
			},
			done: () => undefined
		};
	}
	return {
		async paint(ctx, scene) {
			renderer.draw(scene);
			// The map applies a scene after the next paint; only then is waiting for it to settle meaningful.
			await afterNextPaint();
			await renderer.whenDrawn();
			drawContained(ctx, await renderer.snapshot(), box);
		},
		done: () => renderer.draw(job.currentScene())
	};
}

/** The whole map picture inside the box, centred, the rest sea-coloured. */
function drawContained(ctx: CanvasRenderingContext2D, image: HTMLCanvasElement, box: FrameLayout['map']) {
	ctx.fillStyle = OCEAN_COLOR;
	ctx.fillRect(box.x, box.y, box.width, box.height);
	const k = Math.min(box.width / image.width, box.height / image.height);
	const w = image.width * k;
	const h = image.height * k;
	ctx.drawImage(image, box.x + (box.width - w) / 2, box.y + (box.height - h) / 2, w, h);
}

function drawOverlays(ctx: CanvasRenderingContext2D, layout: FrameLayout, scene: Scene, family: string, sources: string) {
	const { scale: s, footerTop } = layout;
	const width = ctx.canvas.width;
	drawHeading(ctx, { title: exportTitle(scene), subtitle: exportSubtitle(scene), year: scene.year }, width, s, family);
	const legend = legendOf(scene);
	drawFooter(ctx, layoutFooter(ctx, legend, [sources], width, footerTop, s, family), legend, width, s, family);
}

/** The video's legend uses the short labels. */
const legendOf = (scene: Scene): LegendItem[] => scene.legend.map(({ color, short, count }) => ({ color, label: short, count }));
