import { describe, expect, test } from 'vitest';
import {
	yearsOf,
	clampOptions,
	frameSchedule,
	chooseFormat,
	animationFilename,
	frameLayout,
	progressText,
	savedMessage,
	failedMessage,
	isAbort,
	type CodecProbe
} from '$lib/export/animationPlan';

const probe = (webCodecs: boolean, encodable: string[]): CodecProbe & { asked: string[][] } => {
	const asked: string[][] = [];
	return {
		webCodecs,
		asked,
		firstEncodable: async (codecs) => {
			asked.push(codecs);
			return codecs.find((c) => encodable.includes(c)) ?? null;
		}
	};
};

describe('frame schedule', () => {
	test('a video holds each year for its seconds at 10 fps, with no gaps or drift', () => {
		const frames = frameSchedule(yearsOf(1999, 2001), 0.8, 10);
		expect(frames).toHaveLength(24);
		expect(frames.filter((f) => f.year === 2000)).toHaveLength(8);
		expect(frames[0]).toEqual({ year: 1999, yearIndex: 0, timestamp: 0, duration: 0.1 });
		expect(frames[8]).toMatchObject({ year: 2000, timestamp: 0.8 });
		for (let i = 1; i < frames.length; i++) expect(frames[i].timestamp).toBeCloseTo(frames[i - 1].timestamp + frames[i - 1].duration, 6);
		const last = frames[frames.length - 1];
		expect(last.year).toBe(2001);
		expect(last.timestamp + last.duration).toBeCloseTo(2.4, 6);
	});

	test('a hold that is not a whole number of frames still ends on time', () => {
		const frames = frameSchedule([2004, 2005], 0.35, 10);
		expect(frames.filter((f) => f.year === 2004)).toHaveLength(4);
		const first2005 = frames.find((f) => f.year === 2005)!;
		expect(first2005.timestamp).toBeCloseTo(0.35, 6);
	});

	test('a short hold still gets one frame', () => {
		expect(frameSchedule([1991], 0.05, 10)).toEqual([{ year: 1991, yearIndex: 0, timestamp: 0, duration: 0.05 }]);
	});

	test('a GIF has one frame per year lasting the whole hold', () => {
		expect(frameSchedule(yearsOf(2004, 2006), 0.8, null).map((f) => [f.year, f.timestamp, f.duration])).toEqual([
			[2004, 0, 0.8],
			[2005, 0.8, 0.8],
			[2006, 1.6, 0.8]
		]);
	});
});

describe('options', () => {
	test('years run either way', () => {
		expect(yearsOf(1991, 1993)).toEqual([1991, 1992, 1993]);
		expect(yearsOf(1993, 1991)).toEqual([1993, 1992, 1991]);
		expect(yearsOf(2000, 2000)).toEqual([2000]);
	});

	test('typed values are clamped to the data and to known sizes', () => {
		expect(clampOptions({ from: 1980, to: 2100, secondsPerYear: 0, width: 640, height: 480 }, 1991, 2026)).toEqual({
			from: 1991,
			to: 2026,
			secondsPerYear: 0.1,
			width: 1280,
			height: 720
		});
		expect(clampOptions({ from: NaN, to: 2000.4, secondsPerYear: NaN, width: 1920, height: 1080 }, 1991, 2026)).toEqual({
			from: 1991,
			to: 2000,
			secondsPerYear: 0.8,
			width: 1920,
			height: 1080
		});
	});
});

describe('format choice', () => {
	test('MP4 (H.264) where the browser encodes it', async () => {
		const p = probe(true, ['avc', 'vp9']);
		expect(await chooseFormat(p, 1280, 720)).toEqual({ kind: 'video', codec: 'avc', container: 'mp4' });
		expect(p.asked).toEqual([['avc', 'vp9']]);
	});

	test('WebM (VP9) without H.264 (Chromium builds without proprietary codecs)', async () => {
		expect(await chooseFormat(probe(true, ['vp9']), 1280, 720)).toEqual({ kind: 'video', codec: 'vp9', container: 'webm' });
	});

	test('GIF without WebCodecs, without asking for codecs', async () => {
		const p = probe(false, ['avc']);
		expect(await chooseFormat(p, 1280, 720)).toEqual({ kind: 'gif' });
		expect(p.asked).toEqual([]);
	});

	test('GIF when no codec encodes, or the probe fails', async () => {
		expect(await chooseFormat(probe(true, []), 1920, 1080)).toEqual({ kind: 'gif' });
		const failing: CodecProbe = { webCodecs: true, firstEncodable: () => Promise.reject(new Error('boom')) };
		expect(await chooseFormat(failing, 1280, 720)).toEqual({ kind: 'gif' });
	});

	test('file names carry the range and the format', () => {
		const o = { from: 1991, to: 2026, secondsPerYear: 0.8, width: 1280, height: 720 };
		expect(animationFilename(o, { kind: 'video', codec: 'avc', container: 'mp4' })).toBe('csto-atlas-1991-2026.mp4');
		expect(animationFilename(o, { kind: 'video', codec: 'vp9', container: 'webm' })).toBe('csto-atlas-1991-2026.webm');
		expect(animationFilename(o, { kind: 'gif' })).toBe('csto-atlas-1991-2026.gif');
	});
});

describe('layout and messages', () => {
	test('the map fills the frame between the heading and the legend, scaled with the width', () => {
		expect(frameLayout(1280, 720)).toEqual({ scale: 1, header: 86, map: { x: 0, y: 86, width: 1280, height: 556 }, footerTop: 642 });
		const full = frameLayout(1920, 1080);
		expect(full.scale).toBe(1.5);
		expect(full.map.y + full.map.height).toBe(full.footerTop);
	});

	test('progress reads "year n of N" with a percentage', () => {
		expect(progressText(0, 36, 1991)).toBe('Year 1 of 36 (1991) · 0 %');
		expect(progressText(18, 36, 2009)).toBe('Year 19 of 36 (2009) · 50 %');
		expect(progressText(36, 36, 2026)).toBe('Year 36 of 36 (2026) · 100 %');
	});

	test('what the dialog says', () => {
		const o = { from: 2004, to: 2006, secondsPerYear: 0.2, width: 1280, height: 720 };
		expect(
			savedMessage(
				{ filename: 'csto-atlas-2004-2006.mp4', format: { kind: 'video', codec: 'avc', container: 'mp4' }, bytes: 68_000, seconds: 0.6 },
				o
			)
		).toBe('Saved csto-atlas-2004-2006.mp4: MP4 (H.264), 1280×720, 3 years in 0.6 s, 68 KB (made in 1 s).');
		expect(failedMessage(new Error('encoder closed'))).toBe('The animation could not be made (encoder closed). No file was saved.');
		expect(isAbort(new DOMException('stop', 'AbortError'))).toBe(true);
		expect(isAbort(new Error('AbortError'))).toBe(false);
	});
});
