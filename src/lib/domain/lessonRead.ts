/**
 * Reading a lesson from outside (a link or a file): the version first, then the schema, then the
 * states and places it names. Either a whole lesson comes back, with notes on what was skipped, or
 * one clear message naming the step and the field; never half a lesson. Pure: no DOM. The words
 * come in as LessonReadWords (text/lessonReadText.ts, in the page's language).
 */
import type { z } from 'zod';
import { Lesson, LESSON_FORMAT, LESSON_VERSION, LESSON_LIMITS, type LessonStep } from '$lib/data/lessonSchema';
import type { InLocale } from '$lib/data/schema';

export type LessonReading = { ok: true; lesson: Lesson; notes: string[] } | { ok: false; message: string };

/** What to say, read only when something is wrong, and how a lesson's texts are put in the page's language. */
export interface LessonReadWords {
	notLesson(): string;
	newer(found: string, supported: number): string;
	unknownVersion(found: unknown, supported: number): string;
	tooManySteps(count: number, max: number): string;
	/** The first problem the schema found, where it is and what it is. */
	issue(issue: z.core.$ZodIssue, raw: unknown): string;
	unknown(what: 'state' | 'place', step: number, id: string): string;
	inPageLanguage<T>(data: T): InLocale<T>;
}

export interface KnownIds {
	countries: ReadonlySet<string>;
	places: ReadonlySet<string>;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
export function readLesson(raw: unknown, known: KnownIds, words: LessonReadWords): LessonReading {
	if (!isRecord(raw) || Object.hasOwn(raw, 'format') === false || raw.format !== LESSON_FORMAT)
		return { ok: false, message: words.notLesson() };
	if (raw.version !== LESSON_VERSION) {
		const newer = typeof raw.version === 'number' && raw.version > LESSON_VERSION;
		return {
			ok: false,
			message: newer ? words.newer(String(raw.version), LESSON_VERSION) : words.unknownVersion(raw.version, LESSON_VERSION)
		};
	}
	if (Array.isArray(raw.steps) && raw.steps.length > LESSON_LIMITS.steps) {
		const count = raw.steps.length;
		return { ok: false, message: words.tooManySteps(count, LESSON_LIMITS.steps) };
	}
	const parsed = Lesson.safeParse(raw);
	if (!parsed.success) return { ok: false, message: words.issue(parsed.error.issues[0], raw) };
	// A lesson with texts in several languages (like the built-in one) opens in the page's.
	return { ok: true, ...keepKnown(words.inPageLanguage(parsed.data), known, words) };
}

/** Drops states and places this atlas does not know, naming each; gives every step a unique id. */
function keepKnown(lesson: Lesson, known: KnownIds, words: LessonReadWords): { lesson: Lesson; notes: string[] } {
	const notes: string[] = [];
	const ids = new Set<string>();
	const steps = lesson.steps.map((step, i): LessonStep => {
		const skip = (what: 'state' | 'place', id: string) => notes.push(words.unknown(what, i + 1, id));
		const countries = step.highlight.countries.filter((c) => known.countries.has(c) || void skip('state', c));
		const places = step.highlight.places.filter((p) => known.places.has(p) || void skip('place', p));
		const out: LessonStep = { ...step, highlight: { countries, places } };
		if (step.country && !known.countries.has(step.country)) {
			skip('state', step.country);
			delete out.country;
		}
		if (step.place && !known.places.has(step.place)) {
			skip('place', step.place);
			delete out.place;
		}
		let id = step.id && !ids.has(step.id) ? step.id : `step-${i + 1}`;
		while (ids.has(id)) id += '-b';
		ids.add(id);
		return { ...out, id };
	});
	return { lesson: { ...lesson, steps }, notes };
}
