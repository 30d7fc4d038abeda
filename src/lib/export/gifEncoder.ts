/** An animated GIF through gifenc, where WebCodecs is missing: one frame per year, held by its delay. */
import { GIFEncoder, quantize, applyPalette } from 'gifenc';
import type { FrameEncoder } from './animationEncoders';
import { m } from '$lib/paraglide/messages';

export function createGifEncoder(canvas: HTMLCanvasElement): FrameEncoder {
	const ctx = canvas.getContext('2d', { willReadFrequently: true });
	if (!ctx) throw new Error(m.anim_error_no_canvas());
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
			if (!gif) throw new Error(m.anim_error_cancelled());
			gif.finish();
			return new Blob([gif.bytes() as Uint8Array<ArrayBuffer>], { type: 'image/gif' });
		},
		async cancel() {
			gif = null;
		}
	};
}
