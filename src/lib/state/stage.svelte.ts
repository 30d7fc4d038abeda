/**
 * The presenter stage's framing: the padding that keeps the camera's subject clear of the caption,
 * measured from the caption's box over the map's, the caption hidden or shown (H), and its
 * "More" (M). The maths is geo/camera.ts and geo/cameraTargets.ts; this class only holds the result and watches the boxes.
 */
import { NO_PADDING, paddingForOverlay, samePadding, type Padding, type ScreenBox } from '$lib/geo/camera';

const widestPadding = (a: Padding, b: Padding): Padding => ({
	top: Math.max(a.top, b.top),
	right: Math.max(a.right, b.right),
	bottom: Math.max(a.bottom, b.bottom),
	left: Math.max(a.left, b.left)
});

export class StageFrame {
	#padding = $state.raw<Padding>(NO_PADDING);
	#captionHidden = $state(false);
	#moreOpen = $state(false);
	#size = { width: 0, height: 0 };

	/** What every camera move keeps clear: the caption's side of the map, while presenting. */
	get padding() {
		return this.#padding;
	}
	get captionHidden() {
		return this.#captionHidden;
	}
	/** The caption's full story (text and citations, or a state's whole record) in a dialog. */
	get moreOpen() {
		return this.#moreOpen;
	}
	toggleCaption() {
		this.#captionHidden = !this.#captionHidden;
	}
	setMoreOpen(open: boolean) {
		this.#moreOpen = open;
	}
	/** Leaving the stage shows the caption again next time. */
	reset() {
		this.#captionHidden = false;
		this.#moreOpen = false;
	}

	/**
	 * Takes the boxes as measured; true when the subject should be framed again: the padding changed,
	 * or, on the stage, the map's box did (a resize).
	 */
	measure(map: ScreenBox, caption: ScreenBox | null, presenting: boolean, controls: ScreenBox | null = null): boolean {
		// The zoom buttons sit over the map's left edge while presenting: Home keeps the states there clear of them.
		const next = widestPadding(paddingForOverlay(map, caption), paddingForOverlay(map, controls, 8));
		const size = { width: map.right - map.left, height: map.bottom - map.top };
		const resized = Math.abs(size.width - this.#size.width) > 4 || Math.abs(size.height - this.#size.height) > 4;
		this.#size = size;
		if (samePadding(next, this.#padding) && !(presenting && resized)) return false;
		this.#padding = next;
		return true;
	}

	/**
	 * Watches the map's box and the caption's (null: none shown) and measures them whenever either
	 * changes size; `onChange` re-frames the subject. Returns how to stop.
	 */
	watch(
		map: HTMLElement,
		caption: HTMLElement | null,
		presenting: boolean,
		onChange: () => void,
		controls: () => Element | null = () => null
	): () => void {
		let frame = 0;
		const check = () => {
			cancelAnimationFrame(frame);
			// After layout settles: a caption that grows with its text is measured at its new size.
			frame = requestAnimationFrame(() => {
				const box = presenting ? (controls()?.getBoundingClientRect() ?? null) : null;
				if (this.measure(map.getBoundingClientRect(), caption?.getBoundingClientRect() ?? null, presenting, box)) onChange();
			});
		};
		const observer = new ResizeObserver(check);
		observer.observe(map);
		if (caption) observer.observe(caption);
		check();
		return () => {
			cancelAnimationFrame(frame);
			observer.disconnect();
		};
	}
}
