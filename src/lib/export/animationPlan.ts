/**
 * The animation export's rules, without a browser: which years, which frame shows which year
 * and for how long, the frame layout, and which file format this browser can make. Pure.
 */
import { m } from '$lib/paraglide/messages';
import { formatDecimal, formatNumber } from '$lib/i18n/numbers';

// Labels are getters: a message reads the page's language when it is called.
export const ANIMATION_SIZES = [
	{
		width: 1280,
		height: 720,
		get label() {
			return m.anim_size_hd();
		}
	},
	{
		width: 1920,
		height: 1080,
		get label() {
			return m.anim_size_full_hd();
		}
	}
] as const;

export const DEFAULT_SECONDS_PER_YEAR = 0.8;
/** Video frames per second: players and slide software expect a normal rate, not one frame a year. */
export const VIDEO_FPS = 10;

export interface AnimationOptions {
	from: number;
	to: number;
	secondsPerYear: number;
	width: number;
	height: number;
}

/** The years in order, from either end (a range typed backwards plays backwards). */
export function yearsOf(from: number, to: number): number[] {
	const step = from <= to ? 1 : -1;
	return Array.from({ length: Math.abs(to - from) + 1 }, (_, i) => from + i * step);
}

/** Options as typed, made safe: years inside the data, a sensible hold, a known size. */
export function clampOptions(o: AnimationOptions, minYear: number, maxYear: number): AnimationOptions {
	const year = (y: number, fallback: number) => (Number.isFinite(y) ? Math.min(maxYear, Math.max(minYear, Math.round(y))) : fallback);
	const size = ANIMATION_SIZES.find((s) => s.width === o.width && s.height === o.height) ?? ANIMATION_SIZES[0];
	const seconds = Number.isFinite(o.secondsPerYear) ? Math.min(10, Math.max(0.1, o.secondsPerYear)) : DEFAULT_SECONDS_PER_YEAR;
	return { from: year(o.from, minYear), to: year(o.to, maxYear), secondsPerYear: seconds, width: size.width, height: size.height };
}

export interface ScheduledFrame {
	year: number;
	/** Index of the year in the range (0-based): the map is drawn once per year. */
	yearIndex: number;
	/** Start and length in seconds. */
	timestamp: number;
	duration: number;
}

/**
 * Every frame of the file. With a frame rate, each year is held by repeating its one drawn
 * picture (the encoder turns repeats into almost nothing); without one (GIF), each year is one
 * frame that lasts the whole hold. Times are exact multiples of the hold, so years never drift.
 */
export function frameSchedule(years: readonly number[], secondsPerYear: number, fps: number | null): ScheduledFrame[] {
	const frames: ScheduledFrame[] = [];
	years.forEach((year, yearIndex) => {
		const start = yearIndex * secondsPerYear;
		const count = fps ? Math.max(1, Math.round(secondsPerYear * fps)) : 1;
		for (let i = 0; i < count; i++) {
			const t0 = start + (i * secondsPerYear) / count;
			const t1 = start + ((i + 1) * secondsPerYear) / count;
			frames.push({ year, yearIndex, timestamp: round6(t0), duration: round6(t1 - t0) });
		}
	});
	return frames;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export type AnimationFormat = { kind: 'video'; codec: 'avc' | 'vp9'; container: 'mp4' | 'webm' } | { kind: 'gif' };

/** What the format choice needs to know about the browser (faked in unit tests). */
export interface CodecProbe {
	/** WebCodecs' VideoEncoder exists. */
	webCodecs: boolean;
	/** The first of these codecs the browser can encode at this size, or null (mediabunny's getFirstEncodableVideoCodec). */
	firstEncodable(codecs: ('avc' | 'vp9')[], width: number, height: number): Promise<string | null>;
}

/** MP4 (H.264) where the browser encodes it, WebM (VP9) otherwise, an animated GIF without WebCodecs. */
export async function chooseFormat(probe: CodecProbe, width: number, height: number): Promise<AnimationFormat> {
	if (!probe.webCodecs) return { kind: 'gif' };
	const codec = await probe.firstEncodable(['avc', 'vp9'], width, height).catch(() => null);
	if (codec === 'avc') return { kind: 'video', codec: 'avc', container: 'mp4' };
	if (codec === 'vp9') return { kind: 'video', codec: 'vp9', container: 'webm' };
	return { kind: 'gif' };
}

export const fileExtension = (f: AnimationFormat) => (f.kind === 'gif' ? 'gif' : f.container);
export const formatName = (f: AnimationFormat) =>
	f.kind === 'gif' ? 'GIF' : f.container === 'mp4' ? m.anim_format_mp4() : m.anim_format_webm();
export const animationFilename = (o: AnimationOptions, f: AnimationFormat) => `csto-atlas-${o.from}-${o.to}.${fileExtension(f)}`;

/** Where the map and the overlays go in a frame; everything scales with the width (1280 = 1). */
export interface FrameLayout {
	scale: number;
	header: number;
	map: { x: number; y: number; width: number; height: number };
	footerTop: number;
}

/** `footerHeight`: what the legend and the sources need at this width (they wrap); 78 px at scale 1 by default. */
export function frameLayout(width: number, height: number, footerHeight?: number): FrameLayout {
	const scale = width / 1280;
	const header = Math.round(86 * scale);
	const footer = Math.round(footerHeight ?? 78 * scale);
	return { scale, header, map: { x: 0, y: header, width, height: height - header - footer }, footerTop: height - footer };
}

/** The progress line: "Year 3 of 33 (2001) · 9 %". */
export function progressText(done: number, total: number, year: number): string {
	const percent = total ? Math.floor((done / total) * 100) : 0;
	return m.anim_progress({ current: Math.min(done + 1, total), total, year, percent });
}

/** What the dialog says once a file is saved. */
export function savedMessage(
	r: { filename: string; format: AnimationFormat; bytes: number; seconds: number },
	o: AnimationOptions
): string {
	const years = Math.abs(o.to - o.from) + 1;
	const length = Math.round(years * o.secondsPerYear * 10) / 10;
	const size =
		r.bytes >= 1e6
			? m.anim_megabytes({ size: formatDecimal(r.bytes / 1e6, 1) })
			: m.anim_kilobytes({ size: Math.max(1, Math.round(r.bytes / 1e3)) });
	return m.anim_saved({
		count: years,
		filename: r.filename,
		format: formatName(r.format),
		width: o.width,
		height: o.height,
		length: formatNumber(length),
		size,
		made: Math.round(r.seconds)
	});
}

export const cancelledMessage = () => m.anim_cancelled();

export function failedMessage(e: unknown): string {
	return m.anim_failed({ error: e instanceof Error ? e.message : String(e) });
}

/** A job stopped by Cancel (exportNeeds.ts). */
export { isAbort } from './exportNeeds';
