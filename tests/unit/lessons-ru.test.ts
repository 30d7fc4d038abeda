// Lessons, the tour and the quiz in Russian: the reader's and the codec's messages, the editor's
// titles and the plural forms (1 шаг, 2 шага, 5 шагов; 21 шаг, 101 шаг). English is covered by
// lessons.test.ts and lessonEdit.test.ts, unchanged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { formatNumber } from '$lib/i18n/numbers';
import { readLesson } from '$lib/text/lessonReadText';
import { decodeLessonCode, readLessonFile } from '$lib/text/lessonCodeText';
import { duplicateStep, emptyLesson, stepTitle } from '$lib/text/lessonEditText';
import { LessonDraft } from '$lib/state/lessonDraft.svelte';
import type { LessonStep } from '$lib/data/lessonSchema';

const KNOWN = { countries: new Set(['ARM', 'RUS']), places: new Set(['ru-gyumri-102nd-base']) };
const step = (i: number, extra: Partial<LessonStep> = {}): LessonStep => ({
	id: `step-${i}`,
	title: `Шаг ${i}`,
	year: 2000,
	camera: { center: [44.5, 40.2], zoom: 3 },
	highlight: { countries: ['ARM'], places: [] },
	text: '',
	...extra
});
const lesson = (steps: unknown[], extra: object = {}) => ({
	format: 'csto-atlas-lesson',
	version: 1,
	title: 'Армения и ОДКБ',
	steps,
	...extra
});
const read = (raw: unknown) => readLesson(raw, KNOWN);
const message = (raw: unknown) => {
	const r = read(raw);
	return r.ok ? null : r.message;
};

describe('lesson messages in Russian', () => {
	beforeEach(() => overwriteGetLocale(() => 'ru'));
	afterEach(() => overwriteGetLocale(() => 'en'));

	it('count steps with the right plural form', () => {
		const steps = (n: number) => m.lesson_steps_count({ count: n, shown: formatNumber(n) });
		expect([1, 2, 5, 11, 21, 22, 25, 101].map(steps)).toEqual([
			'1 шаг',
			'2 шага',
			'5 шагов',
			'11 шагов',
			'21 шаг',
			'22 шага',
			'25 шагов',
			'101 шаг'
		]);
		expect(m.lesson_steps_count({ count: 3, shown: '3' }, { locale: 'en' })).toBe('3 steps');
	});
	it('refuse a lesson with too many steps, naming the count in the right form', () => {
		const many = (n: number) => message(lesson(Array.from({ length: n }, (_, i) => step(i + 1))));
		expect(many(101)).toBe('В этом уроке 101 шаг, а в уроке может быть не больше 100.');
		expect(many(102)).toBe('В этом уроке 102 шага, а в уроке может быть не больше 100.');
		expect(many(500)).toBe('В этом уроке 500 шагов, а в уроке может быть не больше 100.');
	});
	it('name the step and the field in Russian, with Russian quotes and digit grouping', () => {
		expect(message(lesson([step(1), step(2, { text: 'x'.repeat(5001) })]))).toBe(
			`Шаг 2 («Шаг 2»), поле «текст»: слишком длинный текст (максимум ${formatNumber(5000, 'ru')} символов).`
		);
		expect(formatNumber(5000, 'ru')).toMatch(/^5\s000$/);
		expect(message(lesson([step(1)], { title: '' }))).toBe('Урок, поле «название»: у урока должно быть название.');
		expect(message(lesson([step(1, { title: '' })]))).toBe('Шаг 1, поле «название»: у шага должно быть название.');
		expect(message(lesson([]))).toBe('Урок, поле «шаги»: в уроке должен быть хотя бы один шаг.');
		expect(message(lesson([{ ...step(1), a: 1 }]))).toBe('Шаг 1 («Шаг 1»): неизвестное поле «a».');
		expect(message(lesson([{ ...step(1), a: 1, b: 2 }]))).toBe('Шаг 1 («Шаг 1»): неизвестные поля «a», «b».');
		expect(message(lesson([step(1, { year: 1800 })]))).toBe('Шаг 1 («Шаг 1»), поле «год»: слишком маленькое значение (минимум 1991).');
		expect(message(lesson([step(1, { date: '2021-02-30' })]))).toBe('Шаг 1 («Шаг 1»), поле «date»: такой даты в календаре нет.');
		expect(message(lesson([step(1, { year: 'x' as never })]))).toBe('Шаг 1 («Шаг 1»), поле «год»: недопустимое значение.');
	});
	it('refuse what is not a lesson, and other versions', () => {
		expect(message(null)).toBe('Это не урок «Атласа ОДКБ».');
		expect(message(lesson([step(1)], { version: 2 }))).toMatch(/^Этот урок сделан в более новой версии «Атласа ОДКБ» \(формат урока 2\)/);
		expect(message(lesson([step(1)], { version: '1' }))).toBe(
			'У этого урока неизвестная версия формата («1»); этот атлас читает формат 1.'
		);
	});
	it('name skipped states and places', () => {
		const r = read(lesson([step(1, { highlight: { countries: ['ARM', 'XYZ'], places: ['no-such-place'] } })]));
		expect(r.ok && r.notes).toEqual([
			'Шаг 1: неизвестное государство «XYZ» пропущено.',
			'Шаг 1: неизвестное место «no-such-place» пропущено.'
		]);
	});
	it('explain damaged links and unreadable files', async () => {
		await expect(decodeLessonCode('')).rejects.toThrow('Ссылка на урок пуста.');
		await expect(decodeLessonCode('not base64 at all!')).rejects.toThrow(/^Ссылка на урок повреждена/);
		await expect(decodeLessonCode('a'.repeat(300_001))).rejects.toThrow(
			`Ссылка на урок слишком длинная (${formatNumber(300_001, 'ru')} символ).`
		);
		await expect(decodeLessonCode('a'.repeat(300_002))).rejects.toThrow(/\(300\s002 символа\)/);
		await expect(readLessonFile(new Blob(['x'.repeat(250_000)]))).rejects.toThrow(
			'Этот файл слишком велик для урока (250 КБ; максимум 200 КБ).'
		);
		await expect(readLessonFile(new Blob(['{"format": ']))).rejects.toThrow('Этот файл — не урок: его содержимое не удаётся прочитать.');
	});
	it('title new lessons, captured steps and copies in Russian', () => {
		expect(emptyLesson().title).toBe('Мой урок');
		expect(stepTitle({ year: 2008, country: 'ARM' } as never, () => 'Армения')).toBe('Армения в 2008 году');
		expect(stepTitle({ year: 2024, country: null } as never, () => '')).toBe('ОДКБ в 2024 году');
		expect(duplicateStep([step(1)], 0)[1].title).toBe('Шаг 1 (копия)');
		const store = new Map<string, string>();
		const draft = new LessonDraft(
			{
				getItem: (k) => store.get(k) ?? null,
				setItem: () => {
					throw new Error('full');
				}
			},
			() => null
		);
		expect(draft.lesson.title).toBe('Мой урок');
		draft.setTitle('  ');
		draft.save();
		expect(draft.lesson.title).toBe('Мой урок');
		expect(draft.storageProblem).toMatch(/^Этот браузер не сохраняет черновик/);
	});
	it('score the quiz with the right forms', () => {
		const wrong = (n: number) => m.quiz_wrong_picks({ count: n, shown: formatNumber(n), names: 'Грузия' });
		expect(wrong(1)).toBe(', ошибочно выбрано: 1 (Грузия)');
		expect(m.quiz_wrong_picks({ count: 2, shown: '2', names: 'x' }, { locale: 'en' })).toBe(', with 2 wrong picks (x)');
		expect(m.lesson_captured_pins_hidden({ count: 1, shown: '1' })).toBe('скрыт 1 вид меток');
		expect(m.lesson_captured_pins_hidden({ count: 3, shown: '3' })).toBe('скрыто 3 вида меток');
		expect(m.lesson_captured_pins_hidden({ count: 5, shown: '5' })).toBe('скрыто 5 видов меток');
	});
});
