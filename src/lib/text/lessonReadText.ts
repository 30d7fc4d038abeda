/**
 * A lesson's problems in a teacher's words, in the page's language: the words readLesson
 * (domain/lessonRead.ts) says them with, and the schema's first problem as "Step 3 (“Title”),
 * field “text”: too long …".
 */
import type { z } from 'zod';
import { readLesson as readWith, type KnownIds, type LessonReading, type LessonReadWords } from '$lib/domain/lessonRead';
import { inLocale } from '$lib/i18n/locale';
import { formatNumber } from '$lib/i18n/numbers';
import { m } from '$lib/paraglide/messages';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
/** A value from the lesson, quoted short: hostile strings are shown as text, never long. */
const quote = (v: unknown) => {
	const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
	return m.lesson_quoted({ text: s.length > 40 ? s.slice(0, 40) + '…' : s });
};

export const LESSON_READ_WORDS: LessonReadWords = {
	notLesson: () => m.lesson_read_not_lesson(),
	newer: (found, supported) => m.lesson_read_newer({ found, supported }),
	unknownVersion: (found, supported) => m.lesson_read_unknown_version({ found: quote(found), supported }),
	tooManySteps: (count, max) => m.lesson_read_too_many_steps({ count, shown: formatNumber(count), max: formatNumber(max) }),
	issue: (issue, raw) => describeIssue(issue, raw),
	unknown: (what, number, id) => (what === 'state' ? m.lesson_note_unknown_state : m.lesson_note_unknown_place)({ number, id: quote(id) }),
	inPageLanguage: (data) => inLocale(data)
};

/** A lesson from outside, read and checked, with its problems in the page's language. */
export const readLesson = (raw: unknown, known: KnownIds): LessonReading => readWith(raw, known, LESSON_READ_WORDS);

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
