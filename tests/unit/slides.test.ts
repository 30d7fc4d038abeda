// The built-in tour's slides (issue 21): every step has a short caption for presenter mode, in every
// language, that fits the stage at 1024×768 (≤ 220 characters), is shorter than the step's full
// text and is in our own words: no quoted passage, and no long run of words, from a cited source.
import { describe, expect, it } from 'vitest';
import builtIn from '../../data/lessons/built-in.json';
import { LOCALES } from '$lib/data/schema';
import { BuiltInLesson, BuiltInStep } from '$lib/data/lessonSchema';

const SLIDE_MAX = 220;
/** A run of this many words shared with a source quote counts as quoting it, marks or not. */
const RUN = 8;

type Texts = Record<string, string>;
type RawStep = { id: string; text: Texts; slide?: Texts; citations: { kind: string; quote?: string }[] };
const steps = builtIn.steps as unknown as RawStep[];

/** Every source quote the built-in tour cites, on any step. */
const QUOTES = steps.flatMap((s) => s.citations.flatMap((c) => (c.kind === 'source' && c.quote ? [c.quote] : [])));

const words = (s: string) =>
	s
		.toLowerCase()
		.replace(/[’‘`]/g, "'")
		.split(/[^\p{L}\p{N}']+/u)
		.filter(Boolean);
const normal = (s: string) => words(s).join(' ');
/** Passages between quotation marks: "…", “…”, «…», „…“. */
const quoted = (s: string) => [...s.matchAll(/"([^"]+)"|“([^”]+)”|«([^»]+)»|„([^“”]+)[“”]/g)].map((m) => m.slice(1).find(Boolean)!);

/** What is wrong with one step's slides; empty when nothing is. */
function slideProblems(step: RawStep, quotes: readonly string[] = QUOTES): string[] {
	const problems: string[] = [];
	const sources = quotes.map(normal);
	for (const locale of LOCALES) {
		const slide = step.slide?.[locale];
		const where = `${step.id} (${locale})`;
		if (typeof slide !== 'string' || !slide.trim()) {
			problems.push(`${where}: no slide`);
			continue;
		}
		const length = [...slide].length;
		if (length > SLIDE_MAX) problems.push(`${where}: ${length} characters, more than ${SLIDE_MAX}`);
		const full = step.text[locale] ?? '';
		if (length >= [...full].length) problems.push(`${where}: not shorter than the full text`);
		for (const q of quoted(slide)) {
			const n = normal(q);
			if (n && sources.some((s) => s.includes(n))) problems.push(`${where}: quotes a source verbatim: “${q}”`);
		}
		const w = words(slide);
		for (let i = 0; i + RUN <= w.length; i++) {
			const run = w.slice(i, i + RUN).join(' ');
			if (sources.some((s) => ` ${s} `.includes(` ${run} `))) {
				problems.push(`${where}: repeats a source word for word: “${run}”`);
				break;
			}
		}
	}
	return problems;
}

describe('the built-in tour’s slides', () => {
	it('has a slide in every language on every step, short enough for the stage and in our own words', () => {
		expect(steps.length).toBeGreaterThanOrEqual(15);
		expect(steps.flatMap((s) => slideProblems(s))).toEqual([]);
	});
	it('passes the built-in schema, which requires the slide', () => {
		expect(BuiltInLesson.safeParse(builtIn).success).toBe(true);
	});
	it('keeps the slide right after the full text in the file', () => {
		for (const s of builtIn.steps) {
			const keys = Object.keys(s);
			expect(keys[keys.indexOf('text') + 1], s.id).toBe('slide');
		}
	});
});

describe('the slide checks catch a bad slide', () => {
	const base = steps[0];
	const withSlide = (slide: Partial<Texts> | undefined) => ({ ...base, slide: slide as Texts | undefined });
	const ok = base.slide!;

	it('a missing slide, or one missing a language', () => {
		expect(slideProblems(withSlide(undefined))).toHaveLength(LOCALES.length);
		expect(slideProblems(withSlide({ en: ok.en }))).toEqual([`${base.id} (ru): no slide`]);
	});
	it('a slide over 220 characters, in either language', () => {
		const long = { ...ok, ru: ok.ru + ' ' + 'Очень длинное продолжение.'.repeat(3) };
		expect(slideProblems(withSlide(long)).join('\n')).toMatch(/\(ru\): \d+ characters, more than 220/);
		const parsed = BuiltInStep.safeParse({ ...builtIn.steps[0], slide: long });
		expect(parsed.success).toBe(false);
	});
	it('a slide as long as the full text', () => {
		const stepShortText = { ...base, text: { en: 'Six states sign.', ru: 'Шесть государств.' } };
		expect(slideProblems({ ...stepShortText, slide: ok })).toEqual(LOCALES.map((l) => `${base.id} (${l}): not shorter than the full text`));
	});
	it('a quoted passage from a source, or a long run of its words without marks', () => {
		const q = { ...ok, en: 'Source 004 writes: “Russia was the initiator and founding member.” Discuss.' };
		expect(slideProblems(withSlide(q)).join('\n')).toMatch(/\(en\): quotes a source verbatim/);
		const run = { ...ok, en: 'In 1993 Azerbaijan, Belarus, and Georgia joined the CST, in the same year.' };
		expect(slideProblems(withSlide(run)).join('\n')).toMatch(/\(en\): repeats a source word for word/);
	});
	it('the schema refuses a built-in step without a slide', () => {
		const { slide: _, ...noSlide } = builtIn.steps[0];
		expect(BuiltInStep.safeParse(noSlide).success).toBe(false);
	});
});
