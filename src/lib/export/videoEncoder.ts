/**
 * Video through WebCodecs and mediabunny: MP4 with H.264, or WebM with VP9. Named imports, so
 * the bundle keeps only the muxers and the canvas source this needs.
 */
import {
	Output,
	Mp4OutputFormat,
	WebMOutputFormat,
	BufferTarget,
	CanvasSource,
	QUALITY_HIGH,
	getFirstEncodableVideoCodec
} from 'mediabunny';
import type { AnimationFormat } from './animationPlan';
import type { FrameEncoder } from './animationEncoders';
import { m } from '$lib/paraglide/messages';

/** The first of these codecs this browser can encode at this size, or null. */
export async function firstEncodableCodec(codecs: ('avc' | 'vp9')[], width: number, height: number): Promise<string | null> {
	return getFirstEncodableVideoCodec(codecs, { width, height });
}

export async function createVideoEncoder(
	format: Extract<AnimationFormat, { kind: 'video' }>,
	canvas: HTMLCanvasElement
): Promise<FrameEncoder> {
	const container = format.container === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat();
	const output = new Output({ format: container, target: new BufferTarget() });
	// A key frame every second: slide software (and the tests) seek to any year quickly.
	const source = new CanvasSource(canvas, { codec: format.codec, quality: QUALITY_HIGH, keyFrameInterval: 1 });
	output.addVideoTrack(source);
	await output.start();
	return {
		add: (timestamp, duration) => source.add(timestamp, duration),
		async finish() {
			await output.finalize();
			const buffer = output.target.buffer;
			if (!buffer) throw new Error(m.anim_error_empty_video());
			return new Blob([buffer], { type: container.mimeType });
		},
		async cancel() {
			if (output.state !== 'canceled' && output.state !== 'finalized') await output.cancel();
		}
	};
}
