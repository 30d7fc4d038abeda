/**
 * The one download: a finished file handed to the browser through an <a download>. Every export
 * (PNG, animation, handout SVG, lesson file) saves through here.
 */
import { m } from '$lib/paraglide/messages';

/** How long the object URL outlives the click: the browser has started the save by then. */
const RELEASE_AFTER_MS = 10_000;

/** Starts the download of a finished file; the object URL is released shortly after. */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), RELEASE_AFTER_MS);
}

/** Text as a file of this type (an SVG, a lesson's JSON). */
export function downloadText(text: string, type: string, filename: string): void {
	downloadBlob(new Blob([text], { type }), filename);
}

/** A canvas as a PNG file. */
export function downloadCanvas(canvas: HTMLCanvasElement, filename: string): Promise<void> {
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => {
			if (!blob) return reject(new Error(m.export_encode_failed()));
			downloadBlob(blob, filename);
			resolve();
		}, 'image/png')
	);
}
