/**
 * The file writers behind the animation export, one interface for both: video through WebCodecs
 * and mediabunny (MP4 with H.264, or WebM with VP9), or an animated GIF through gifenc. Each
 * takes the frame canvas's current picture for a span of time; nothing is written to disk until
 * `finish` gives the whole file, so a cancelled export leaves nothing behind.
 */
import type { AnimationFormat } from './animationPlan';

export interface FrameEncoder {
	/** Adds what the frame canvas shows now, from `timestamp` for `duration` seconds. Resolves when it can take more. */
	add(timestamp: number, duration: number): Promise<void>;
	finish(): Promise<Blob>;
	/** Drops everything written so far and frees the encoder. */
	cancel(): Promise<void>;
}

type Mediabunny = typeof import('mediabunny');

export async function createEncoder(format: AnimationFormat, canvas: HTMLCanvasElement, mediabunny: Mediabunny | null): Promise<FrameEncoder> {
	if (format.kind === 'gif') return gifEncoder(canvas);
	if (!mediabunny) throw new Error('video encoding is not available in this browser');
	return videoEncoder(format, canvas, mediabunny);
}

async function videoEncoder(format: Extract<AnimationFormat, { kind: 'video' }>, canvas: HTMLCanvasElement, mb: Mediabunny): Promise<FrameEncoder> {
	const container = format.container === 'mp4' ? new mb.Mp4OutputFormat({ fastStart: 'in-memory' }) : new mb.WebMOutputFormat();
	const output = new mb.Output({ format: container, target: new mb.BufferTarget() });
	// A key frame every second: slide software and the test seek to any year quickly.
	const source = new mb.CanvasSource(canvas, { codec: format.codec, quality: mb.QUALITY_HIGH, keyFrameInterval: 1 });
	output.addVideoTrack(source);
	await output.start();
	return {
		add: (timestamp, duration) => source.add(timestamp, duration),
		async finish() {
			await output.finalize();
			const buffer = output.target.buffer;
			if (!buffer) throw new Error('the video came out empty');
			return new Blob([buffer], { type: container.mimeType });
		},
		async cancel() {
			if (output.state !== 'canceled' && output.state !== 'finalized') await output.cancel();
		}
	};
}

async function gifEncoder(canvas: HTMLCanvasElement): Promise<FrameEncoder> {
	const { GIFEncoder, quantize, applyPalette } = await import('gifenc');
	const ctx = canvas.getContext('2d', { willReadFrequently: true });
	if (!ctx) throw new Error('no 2D canvas');
	const { width, height } = canvas;
	let gif: ReturnType<typeof GIFEncoder> | null = GIFEncoder();
	return {
		async add(_timestamp, duration) {
			const { data } = ctx.getImageData(0, 0, width, height);
			// Flat map colours: a 256-colour palette per frame keeps them exact.
			const palette = quantize(data, 256);
			gif?.writeFrame(applyPalette(data, palette), width, height, { palette, delay: Math.round(duration * 1000) });
		},
		async finish() {
			if (!gif) throw new Error('the export was cancelled');
			gif.finish();
			return new Blob([gif.bytes() as Uint8Array<ArrayBuffer>], { type: 'image/gif' });
		},
		async cancel() {
			gif = null;
		}
	};
}
