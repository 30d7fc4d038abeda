// The stage's framing maths (geo/camera.ts), the slide text (domain/tour.ts) and StageFrame: no DOM.
import { describe, it, expect } from 'vitest';
import { paddingForOverlay, mercator, NO_PADDING } from '$lib/geo/camera';
import { resolveCameraTarget, fitPadding, type CameraLookups } from '$lib/geo/cameraTargets';
import { slideOf } from '$lib/domain/slide';
import { SLIDE_MAX } from '$lib/data/slide';
import { StageFrame } from '$lib/state/stage.svelte';

const MAP = { left: 0, top: 0, right: 1000, bottom: 600 };
const look: CameraLookups = {
	countryBounds: (iso) => (iso === 'GEO' ? [40, 41, 46.7, 43.6] : undefined),
	placeLocation: () => ({ lon: 45, lat: 40, precision: 'town' }),
	current: { center: [50, 45], zoom: 3 },
	homeMargin: 20
};
/** Where a longitude lands on screen (x px) for a camera in a box of this width. */
const screenX = (lon: number, c: { center: [number, number]; zoom: number }, width: number) =>
	width / 2 + (mercator([lon, 0])[0] - mercator([c.center[0], 0])[0]) * 512 * 2 ** c.zoom;

describe('paddingForOverlay', () => {
	it('pads the side a caption lies over, by its depth plus a gap', () => {
		expect(paddingForOverlay(MAP, { left: 700, top: 0, right: 1000, bottom: 600 })).toEqual({ ...NO_PADDING, right: 316 });
		expect(paddingForOverlay(MAP, { left: 0, top: 450, right: 1000, bottom: 600 })).toEqual({ ...NO_PADDING, bottom: 166 });
	});
	it('pads nothing for a caption beside the map or none at all', () => {
		expect(paddingForOverlay(MAP, { left: 1000, top: 0, right: 1300, bottom: 600 })).toEqual(NO_PADDING);
		expect(paddingForOverlay(MAP, null)).toEqual(NO_PADDING);
	});
	it('in a corner, pads the side that leaves the larger clear part', () => {
		// 300 of 1000 px wide (30 %) against 100 of 600 px high (17 %): the top.
		expect(paddingForOverlay(MAP, { left: 700, top: 0, right: 1000, bottom: 100 })).toEqual({ ...NO_PADDING, top: 116 });
	});
});

describe('resolveCameraTarget', () => {
	it('frames a state in the part the padding leaves clear', () => {
		const padding = { ...NO_PADDING, right: 400 };
		const cam = resolveCameraTarget({ kind: 'country', iso3: 'GEO' }, 1000, 600, padding, look)!;
		const [west, east] = [screenX(40, cam, 1000), screenX(46.7, cam, 1000)];
		expect(west).toBeGreaterThanOrEqual(0);
		expect(east).toBeLessThanOrEqual(600);
		// Centred in the clear part (0–600 px), not in the whole box.
		expect((west + east) / 2).toBeCloseTo(300, 0);
	});
	it('without padding, is the plain framing', () => {
		const cam = resolveCameraTarget({ kind: 'camera', camera: { center: [45, 42], zoom: 4 } }, 1000, 650, NO_PADDING, look)!;
		expect(cam).toMatchObject({ center: [45, 42], zoom: 4 });
	});
	it('never lets a huge caption take more than two thirds of the box', () => {
		const p = fitPadding({ ...NO_PADDING, right: 2000 }, 1000, 600);
		expect(p.right).toBeCloseTo(670, 0);
	});
	it('returns null for a state it has no shape for', () => {
		expect(resolveCameraTarget({ kind: 'country', iso3: 'XXX' }, 1000, 600, NO_PADDING, look)).toBeNull();
	});
});

describe('slideOf', () => {
	it("uses a step's own slide text and offers the rest", () => {
		expect(slideOf({ text: 'A long story.', slide: 'Short.', citations: [] })).toEqual({ text: 'Short.', more: true });
	});
	it('cuts a long text at a word, with an ellipsis, and offers the rest', () => {
		const text = 'word '.repeat(100).trim();
		const slide = slideOf({ text });
		expect(slide.more).toBe(true);
		expect(slide.text.length).toBeLessThanOrEqual(SLIDE_MAX);
		expect(slide.text.endsWith('word…')).toBe(true);
	});
	it('shows a short text whole; More only where there are sources', () => {
		expect(slideOf({ text: 'Short.' })).toEqual({ text: 'Short.', more: false });
	});
});

describe('StageFrame', () => {
	it('re-frames when the caption starts to cover the map, or the stage is resized', () => {
		const stage = new StageFrame();
		expect(stage.measure(MAP, null, false)).toBe(false);
		expect(stage.measure(MAP, { left: 700, top: 0, right: 1000, bottom: 600 }, true)).toBe(true);
		expect(stage.padding.right).toBe(316);
		expect(stage.measure(MAP, { left: 700, top: 0, right: 1000, bottom: 600 }, true)).toBe(false);
		expect(stage.measure({ ...MAP, right: 1200 }, { left: 900, top: 0, right: 1200, bottom: 600 }, true)).toBe(true);
	});
	it('keeps clear of the zoom buttons over the left edge as well as the caption on the right', () => {
		const stage = new StageFrame();
		const buttons = { left: 10, top: 10, right: 57, bottom: 206 };
		expect(stage.measure(MAP, { left: 700, top: 0, right: 1000, bottom: 600 }, true, buttons)).toBe(true);
		expect([stage.padding.left, stage.padding.right]).toEqual([65, 316]);
		expect(stage.measure(MAP, null, false, null)).toBe(true);
		expect(stage.padding.left).toBe(0);
	});
	it('hides and shows the caption; leaving the stage shows it again', () => {
		const stage = new StageFrame();
		stage.toggleCaption();
		stage.setMoreOpen(true);
		expect([stage.captionHidden, stage.moreOpen]).toEqual([true, true]);
		stage.reset();
		expect([stage.captionHidden, stage.moreOpen]).toEqual([false, false]);
	});
});

describe('stage keys', async () => {
	const { keyAction } = await import('$lib/domain/keys');
	it('H hides or shows the caption, M opens its More', () => {
		expect([keyAction('h'), keyAction('H'), keyAction('m'), keyAction('M')]).toEqual(['caption', 'caption', 'more', 'more']);
	});
});
