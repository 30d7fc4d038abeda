// Lessons from outside: the link codec (size, round trip, damage) and the reader (version, caps,
// hostile keys, unknown ids), all without a DOM. Node 20 has CompressionStream as a global.
import { describe, expect, it } from 'vitest';
import { encodeLesson, lessonCodeOf, lessonLink, lessonFileName, LONG_LINK } from '$lib/domain/lessonCodec';
import { decodeLessonCode, readLessonFile } from '$lib/text/lessonCodeText';
import { readLesson } from '$lib/text/lessonReadText';
import { PIN_KINDS, BuiltInLesson, type Lesson, type LessonStep } from '$lib/data/lessonSchema';
import { SYMBOLS } from '$lib/domain/places';
import builtIn from '../../data/lessons/built-in.json';

const KNOWN = {
	countries: new Set(['ARM', 'RUS', 'KAZ', 'BLR', 'UZB', 'AZE']),
	places: new Set(['ru-gyumri-102nd-base', 'event-tashkent-signing-1992'])
};

function step(i: number, extra: Partial<LessonStep> = {}): LessonStep {
	return {
		id: `step-${i}`,
		title: `Step ${i}: the treaty in ${1992 + i}`,
		year: 1992 + i,
		camera: { center: [44.512, 40.183], zoom: 3.25 },
		highlight: { countries: ['ARM', 'RUS'], places: ['ru-gyumri-102nd-base'] },
		country: 'ARM',
		pins: { hidden: ['event'], past: false },
		view: 'map',
		text: `In ${1992 + i} Armenia was still a member. Ask the class why.\nWhat did Russia keep at Gyumri?\n\nDiscuss in pairs for two minutes.`,
		...extra
	};
}
const lesson = (steps: unknown[], extra: object = {}) => ({
	format: 'csto-atlas-lesson',
	version: 1,
	title: 'Armenia and the CSTO',
	steps,
	...extra
});
const read = (raw: unknown) => readLesson(raw, KNOWN);
const roundTrip = async (raw: unknown) => read(await decodeLessonCode((await encodeLesson(raw)) ?? ''));

describe('the lesson link', () => {
	it('round-trips a lesson exactly', async () => {
		const l = lesson([step(1), step(2), step(3)]);
		const r = await roundTrip(l);
		expect(r).toEqual({ ok: true, lesson: l, notes: [] });
	});
	it('keeps a typical 8-step lesson under about 2,000 characters', async () => {
		const l = lesson(
			Array.from({ length: 8 }, (_, i) =>
				step(i + 1, {
					text: `${['Tashkent', 'Moscow', 'Yerevan', 'Minsk', 'Astana', 'Bishkek', 'Dushanbe', 'Baku'][i]}: what changed this year, and who decided? Look at the map and name the members.`
				})
			)
		);
		const code = await encodeLesson(l);
		const link = lessonLink('https://school.example/atlas/?year=2000', code);
		expect(link.length).toBeLessThan(LONG_LINK);
		expect(link).toMatch(/^https:\/\/school\.example\/atlas\/\?year=2000#lesson=[A-Za-z0-9_-]+$/);
	});
	it('finds the code in a fragment, with or without other keys', () => {
		expect(lessonCodeOf('#lesson=abc_-1')).toBe('abc_-1');
		expect(lessonCodeOf('#x=1&lesson=abc')).toBe('abc');
		expect(lessonCodeOf('#nothing')).toBeNull();
	});
	it('says a truncated or garbled link is damaged', async () => {
		const code = await encodeLesson(lesson([step(1), step(2)]));
		for (const bad of [code.slice(0, code.length - 7), code.slice(0, 10), 'not base64 at all!', '%3Cscript%3E', code.slice(0, -1) + '$'])
			await expect(decodeLessonCode(bad), bad.slice(0, 20)).rejects.toThrow(/damaged/);
		await expect(decodeLessonCode('')).rejects.toThrow(/empty/);
	});
	it('refuses a small link that unpacks into more than 200 KB (a zip bomb)', async () => {
		const code = await encodeLesson({ junk: 'a'.repeat(1_000_000) });
		expect(code.length).toBeLessThan(5000);
		await expect(decodeLessonCode(code)).rejects.toThrow(/too large/);
	});
	it('names files after the title', () => {
		expect(lessonFileName('Armenia & the CSTO: 1992–2024!')).toBe('lesson-armenia-the-csto-1992-2024.csto.json');
		expect(lessonFileName('<script>')).toBe('lesson-script.csto.json');
		// Letters of any script are kept (#22 item 4); only Latin letters lose their accents.
		expect(lessonFileName('Ереван')).toBe('lesson-ереван.csto.json');
		expect(lessonFileName('Армения и ОДКБ: 1992–2024 гг.')).toBe('lesson-армения-и-одкб-1992-2024-гг.csto.json');
		expect(lessonFileName('Йошкар-Ола, Ёлки')).toBe('lesson-йошкар-ола-ёлки.csto.json');
		expect(lessonFileName('Ça Über Erevan')).toBe('lesson-ca-uber-erevan.csto.json');
		expect(lessonFileName('Հայաստան / ქართული')).toBe('lesson-հայաստան-ქართული.csto.json');
		expect(lessonFileName('../../etc/passwd')).toBe('lesson-etc-passwd.csto.json');
		expect(lessonFileName('—!?')).toBe('lesson-untitled.csto.json');
		expect(lessonFileName('Я'.repeat(80))).toBe(`lesson-${'я'.repeat(60)}.csto.json`);
	});
	it('reads a file, refusing one that is too large or not JSON', async () => {
		await expect(readLessonFile(new Blob([JSON.stringify(lesson([step(1)]))]))).resolves.toMatchObject({ title: 'Armenia and the CSTO' });
		await expect(readLessonFile(new Blob(['x'.repeat(250_000)]))).rejects.toThrow(/too large/);
		await expect(readLessonFile(new Blob(['{"format": ']))).rejects.toThrow(/not readable JSON/);
	});
});

describe('reading a lesson', () => {
	it('refuses what is not a lesson, and a wrong or newer version with a clear message', () => {
		expect(read(null)).toEqual({ ok: false, message: 'This is not a CSTO Atlas lesson.' });
		expect(read([1, 2])).toMatchObject({ ok: false, message: /not a CSTO Atlas lesson/ });
		expect(read(lesson([step(1)], { version: 2 }))).toMatchObject({ ok: false, message: /newer CSTO Atlas \(lesson format 2\)/ });
		expect(read(lesson([step(1)], { version: '1' }))).toMatchObject({ ok: false, message: /unknown format version/ });
	});
	it('refuses 500 steps, naming the cap', () => {
		const r = read(lesson(Array.from({ length: 500 }, (_, i) => step(i))));
		expect(r).toEqual({ ok: false, message: 'This lesson has 500 steps; a lesson can have at most 100.' });
	});
	it('refuses a 20,000-character text, naming the step and the field', () => {
		const r = read(lesson([step(1), step(2, { text: 'x'.repeat(20_000) })]));
		expect(r).toEqual({ ok: false, message: 'Step 2 (“Step 2: the treaty in 1994”), field “text”: too long (at most 5,000 characters).' });
	});
	it('refuses __proto__ and other unknown keys, anywhere, without copying them', async () => {
		const hostile = JSON.parse(
			`{"format":"csto-atlas-lesson","version":1,"title":"x","steps":[{"title":"a","year":2000,"camera":{"center":[40,40],"zoom":3},"highlight":{"countries":[],"places":[],"__proto__":{"polluted":true}},"text":""}]}`
		);
		const r = await roundTrip(hostile);
		expect(r).toEqual({ ok: false, message: 'Step 1 (“a”), field “highlight”: unknown field “__proto__”.' });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(read(JSON.parse('{"__proto__":{"x":1},"format":"csto-atlas-lesson","version":1,"title":"t","steps":[]}'))).toMatchObject({
			ok: false,
			message: /unknown field “__proto__”/
		});
		expect(read(lesson([{ ...step(1), onerror: 'alert(1)' }]))).toMatchObject({ ok: false, message: /Step 1 .*unknown field “onerror”/ });
	});
	it('keeps script and HTML in titles and texts as plain text', () => {
		const title = '<img src=x onerror=alert(1)><script>alert(2)</script>';
		const r = read(lesson([step(1, { title, text: title })], { title }));
		expect(r.ok && r.lesson.title).toBe(title);
		expect(r.ok && r.lesson.steps[0].text).toBe(title);
	});
	it('names unknown states and places and skips them; malformed ids refuse the lesson', () => {
		const r = read(
			lesson([step(1, { highlight: { countries: ['ARM', 'XYZ'], places: ['no-such-place'] }, country: 'QQQ', place: 'nowhere' })])
		);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.lesson.steps[0].highlight).toEqual({ countries: ['ARM'], places: [] });
		expect(r.lesson.steps[0].country).toBeUndefined();
		expect(r.notes).toEqual([
			'Step 1: unknown state “XYZ” skipped.',
			'Step 1: unknown place “no-such-place” skipped.',
			'Step 1: unknown state “QQQ” skipped.',
			'Step 1: unknown place “nowhere” skipped.'
		]);
		expect(read(lesson([step(1, { highlight: { countries: ['<b>'], places: [] } })]))).toMatchObject({
			ok: false,
			message: /Step 1 .*field “highlight\.countries\[0\]”/
		});
	});
	it('gives every step a unique id', () => {
		const r = read(lesson([step(1, { id: 'a' }), step(2, { id: 'a' }), step(3, { id: undefined })]));
		expect(r.ok && r.lesson.steps.map((s) => s.id)).toEqual(['a', 'step-2', 'step-3']);
	});
	it('the built-in tour is a lesson in the same format', () => {
		expect(BuiltInLesson.safeParse(builtIn).success).toBe(true);
		const r = readLesson(builtIn, {
			countries: new Set(builtIn.steps.flatMap((s) => s.highlight.countries)),
			places: new Set(builtIn.steps.flatMap((s) => s.highlight.places))
		});
		expect(r).toMatchObject({ ok: true, notes: [] });
		expect((r as { lesson: Lesson }).lesson.steps).toHaveLength(builtIn.steps.length);
	});
	it('pin kinds in the format are the map’s pin kinds', () => {
		expect([...PIN_KINDS]).toEqual([...SYMBOLS]);
	});
});
