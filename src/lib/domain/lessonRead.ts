/**
 * Reading a lesson from outside (a link or a file): the version first, then the schema, then the
 * states and places it names. Either a whole lesson comes back, with notes on what was skipped, or
 * one clear message naming the step and the field; never half a lesson. Pure: no DOM.
 */
import { inLocale } from '$lib/i18n/locale';
import { formatNumber } from '$lib/i18n/formatMore';
import { m } from '$lib/paraglide/messages';
import type { z } from 'zod';
import { Lesson, LESSON_FORMAT, LESSON_VERSION, LESSON_LIMITS, type LessonStep } from '$lib/data/lessonSchema';

export type LessonReading = { ok: true; lesson: Lesson; notes: string[] } | { ok: false; message: string };

export interface KnownIds {
	countries: ReadonlySet<string>;
	places: ReadonlySet<string>;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
/** A value from the lesson, quoted short: hostile strings are shown as text, never long. */
const quote = (v: unknown) => {
	const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
	return m.lesson_quoted({ text: s.length > 40 ? s.slice(0, 40) + '…' : s });
};

export function readLesson(raw: unknown, known: KnownIds): LessonReading {
	if (!isRecord(raw) || Object.hasOwn(raw, 'format') === false || raw.format !== LESSON_FORMAT)
		return { ok: false, message: m.lesson_read_not_lesson() };
	if (raw.version !== LESSON_VERSION) {
		const newer = typeof raw.version === 'number' && raw.version > LESSON_VERSION;
		return {
			ok: false,
			message: newer
				? m.lesson_read_newer({ found: String(raw.version), supported: LESSON_VERSION })
				: m.lesson_read_unknown_version({ found: quote(raw.version), supported: LESSON_VERSION })
		};
	}
	if (Array.isArray(raw.steps) && raw.steps.length > LESSON_LIMITS.steps) {
		const count = raw.steps.length;
		return {
			ok: false,
			message: m.lesson_read_too_many_steps({ count, shown: formatNumber(count), max: formatNumber(LESSON_LIMITS.steps) })
		};
	}
	const parsed = Lesson.safeParse(raw);
	if (!parsed.success) return { ok: false, message: describeIssue(parsed.error.issues[0], raw) };
	// A lesson with texts in several languages (like the built-in one) opens in the page's.
	return { ok: true, ...keepKnown(inLocale(parsed.data), known) };
}

/** "Step 3 (“Title”), field “text”: too long …": where the first problem is, in a teacher's words. */
export function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
	const path = [...issue.path];
	let where = m.lesson_issue_where_lesson();
	if (path[0] === 'steps' && typeof path[1] === 'number') {
		const step = Array.isArray((raw as { steps?: unknown }).steps) ? (raw as { steps: unknown[] }).steps[path[1]] : undefined;
		const number = path[1] + 1;
		where =
			isRecord(step) && typeof step.title === 'string' && step.title
				? m.lesson_issue_where_step_titled({ number, title: quote(step.title) })
				: m.lesson_issue_where_step({ number });
		path.splice(0, 2);
	}
	const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
	const at = field ? m.lesson_issue_at_field({ where, field: quote(fieldName(field)) }) : where;
	return m.lesson_issue_line({ at, problem: issueText(issue) });
}

/** The fields a teacher fills in the editor, named in the page's language; the others as in the file. */
const FIELD_NAMES: Record<string, () => string> = {
	title: m.lesson_field_title,
	text: m.lesson_field_text,
	steps: m.lesson_field_steps,
	year: m.lesson_field_year
};
const fieldName = (field: string) => (Object.hasOwn(FIELD_NAMES, field) ? FIELD_NAMES[field]() : field);

/** The schemas' own messages (lessonSchema.ts, schema.ts), in the page's language. */
const SCHEMA_MESSAGES: Record<string, () => string> = {
	'a lesson needs a title': m.lesson_issue_lesson_needs_title,
	'a step needs a title': m.lesson_issue_step_needs_title,
	'a lesson needs at least one step': m.lesson_issue_needs_step,
	'expected lower-case letters, digits and hyphens': m.lesson_issue_slug,
	'expected an ISO 3166-1 alpha-3 code such as "ARM"': m.lesson_issue_iso3,
	'expected a date as YYYY, YYYY-MM or YYYY-MM-DD': m.lesson_issue_date_format,
	'not a real calendar date': m.lesson_issue_not_a_date,
	'every fact needs at least one citation': m.lesson_issue_needs_citation
};
const schemaMessage = (message: string) =>
	Object.hasOwn(SCHEMA_MESSAGES, message) ? SCHEMA_MESSAGES[message]() : m.lesson_issue_other({ message });

/** zod's type names: "expected array". */
const EXPECTED: Record<string, () => string> = {
	string: m.lesson_issue_expected_string,
	number: m.lesson_issue_expected_number,
	int: m.lesson_issue_expected_int,
	boolean: m.lesson_issue_expected_boolean,
	array: m.lesson_issue_expected_array,
	object: m.lesson_issue_expected_object
};

function issueText(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'too_big':
			if (issue.origin === 'string') {
				const count = Number(issue.maximum);
				return m.lesson_issue_too_long({ count, shown: formatNumber(count) });
			}
			if (issue.origin === 'array') return m.lesson_issue_too_many({ max: Number(issue.maximum) });
			return m.lesson_issue_too_large({ max: Number(issue.maximum) });
		case 'too_small':
			if (issue.origin === 'string' || issue.origin === 'array')
				return issue.message.startsWith('Too small') ? m.lesson_issue_empty() : schemaMessage(issue.message);
			return m.lesson_issue_too_small({ min: Number(issue.minimum) });
		case 'unrecognized_keys':
			return m.lesson_issue_unknown_fields({ several: issue.keys.length === 1 ? 'no' : 'yes', fields: issue.keys.map(quote).join(', ') });
		case 'invalid_type':
			return Object.hasOwn(EXPECTED, issue.expected) ? EXPECTED[issue.expected]() : m.lesson_issue_expected_other({ type: issue.expected });
		case 'invalid_value':
			return m.lesson_issue_expected_one_of({ values: issue.values.map((v) => quote(v)).join(', ') });
		default:
			return schemaMessage(issue.message);
	}
}

/** Drops states and places this atlas does not know, naming each; gives every step a unique id. */
function keepKnown(lesson: Lesson, known: KnownIds): { lesson: Lesson; notes: string[] } {
	const notes: string[] = [];
	const ids = new Set<string>();
	const steps = lesson.steps.map((step, i): LessonStep => {
		const skip = (what: 'state' | 'place', id: string) =>
			notes.push((what === 'state' ? m.lesson_note_unknown_state : m.lesson_note_unknown_place)({ number: i + 1, id: quote(id) }));
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
