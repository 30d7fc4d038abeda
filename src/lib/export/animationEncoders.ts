/**
 * The file writers behind the animation export, one interface for both: video (videoEncoder.ts,
 * mediabunny) or an animated GIF (gifEncoder.ts, gifenc), each loaded only when used. A writer
 * takes the frame canvas's current picture for a span of time; nothing is saved until `finish`
 * gives the whole file, so a cancelled export leaves nothing behind.
 */
import type { AnimationFormat, CodecProbe } from './animationPlan';

export interface FrameEncoder {
	/** Adds what the frame canvas shows now, from `timestamp` for `duration` seconds. Resolves when it can take more. */
	add(timestamp: number, duration: number): Promise<void>;
	finish(): Promise<Blob>;
	/** Drops everything written so far and frees the encoder. */
	cancel(): Promise<void>;
}

/** What this browser offers; mediabunny loads only where WebCodecs exists. */
export const browserCodecProbe: CodecProbe = {
	webCodecs: typeof VideoEncoder === 'function',
	firstEncodable: (codecs, width, height) => import('./videoEncoder').then((v) => v.firstEncodableCodec(codecs, width, height))
};

export async function createEncoder(format: AnimationFormat, canvas: HTMLCanvasElement): Promise<FrameEncoder> {
	if (format.kind === 'gif') return (await import('./gifEncoder')).createGifEncoder(canvas);
	return (await import('./videoEncoder')).createVideoEncoder(format, canvas);
}
