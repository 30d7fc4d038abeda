/**
 * Reading a lesson from outside (a link or a file): the version first, then the schema, then the
 * states and places it names. Either a whole lesson comes back, with notes on what was skipped, or
 * one clear message naming the step and the field; never half a lesson. Pure: no DOM.
 */
import { inLocale } from '$lib/i18n/locale';
import type { z } from 'zod';
import { Lesson, LESSON_FORMAT, LESSON_VERSION, LESSON_LIMITS, type LessonStep } from '$lib/data/lessonSchema';

export type LessonReading = { ok: true; lesson: Lesson; notes: string[] } | { ok: false; message: string };

export interface KnownIds {
	countries: ReadonlySet<string>;
	places: ReadonlySet<string>;
}

const plural = (n: number, one: string) => `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`;
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
/** A value from the lesson, quoted short: hostile strings are shown as text, never long. */
const quote = (v: unknown) => {
	const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
	return `“${s.length > 40 ? s.slice(0, 40) + '…' : s}”`;
};

export function readLesson(raw: unknown, known: KnownIds): LessonReading {
	if (!isRecord(raw) || Object.hasOwn(raw, 'format') === false || raw.format !== LESSON_FORMAT)
		return { ok: false, message: 'This is not a CSTO Atlas lesson.' };
	if (raw.version !== LESSON_VERSION) {
		const newer = typeof raw.version === 'number' && raw.version > LESSON_VERSION;
		return {
			ok: false,
			message: newer
				? `This lesson was made by a newer CSTO Atlas (lesson format ${raw.version}); this one reads format ${LESSON_VERSION}. Open it in an up-to-date copy of the atlas.`
				: `This lesson has an unknown format version (${quote(raw.version)}); this atlas reads format ${LESSON_VERSION}.`
		};
	}
	if (Array.isArray(raw.steps) && raw.steps.length > LESSON_LIMITS.steps)
		return { ok: false, message: `This lesson has ${plural(raw.steps.length, 'step')}; a lesson can have at most ${LESSON_LIMITS.steps}.` };
	const parsed = Lesson.safeParse(raw);
	if (!parsed.success) return { ok: false, message: describeIssue(parsed.error.issues[0], raw) };
	// A lesson with texts in several languages (like the built-in one) opens in the page's.
	return { ok: true, ...keepKnown(inLocale(parsed.data), known) };
}

/** "Step 3 (“Title”), field “text”: too long …": where the first problem is, in a teacher's words. */
export function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
	const path = [...issue.path];
	let where = 'The lesson';
	if (path[0] === 'steps' && typeof path[1] === 'number') {
		const step = Array.isArray((raw as { steps?: unknown }).steps) ? (raw as { steps: unknown[] }).steps[path[1]] : undefined;
		const title = isRecord(step) && typeof step.title === 'string' && step.title ? ` (${quote(step.title)})` : '';
		where = `Step ${path[1] + 1}${title}`;
		path.splice(0, 2);
	}
	const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
	const at = field ? `${where}, field “${field}”` : where;
	return `${at}: ${issueText(issue)}.`;
}

function issueText(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'too_big':
			if (issue.origin === 'string') return `too long (at most ${plural(Number(issue.maximum), 'character')})`;
			if (issue.origin === 'array') return `too many entries (at most ${Number(issue.maximum)})`;
			return `too large (at most ${Number(issue.maximum)})`;
		case 'too_small':
			if (issue.origin === 'string' || issue.origin === 'array') return issue.message.startsWith('Too small') ? 'is empty' : issue.message;
			return `too small (at least ${Number(issue.minimum)})`;
		case 'unrecognized_keys':
			return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map(quote).join(', ')}`;
		case 'invalid_type':
			return `expected ${issue.expected}`;
		case 'invalid_value':
			return `expected one of ${issue.values.map((v) => quote(v)).join(', ')}`;
		default:
			return issue.message;
	}
}

/** Drops states and places this atlas does not know, naming each; gives every step a unique id. */
function keepKnown(lesson: Lesson, known: KnownIds): { lesson: Lesson; notes: string[] } {
	const notes: string[] = [];
	const ids = new Set<string>();
	const steps = lesson.steps.map((step, i): LessonStep => {
		const skip = (what: string, id: string) => notes.push(`Step ${i + 1}: unknown ${what} ${quote(id)} skipped.`);
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
