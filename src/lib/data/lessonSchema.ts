/**
 * The lesson format: a titled list of steps, each a view of the map (year, camera, selection,
 * highlights, pin filters, view) with a title and a plain text. The built-in tour is one lesson
 * (data/lessons/built-in.json); teachers make others and share them as a link or a file.
 * Lessons from outside are untrusted: strict objects (an unknown key, `__proto__` included, is
 * refused, never copied) and a cap on every length. The version lets the format grow: a lesson
 * made today still opens later.
 */
import { z } from 'zod';
import { Iso3, PartialDate, Citations, localizedText, type InLocale } from './schema.ts';
import { SLIDE_MAX } from './slide.ts';
import { ORG_IDS } from './orgIds.ts';

/** A teacher's lesson is in one language (a plain string); the built-in one is in every language. */
const LessonText = (min: number, max: number, empty: string) =>
	z.union([z.string().min(min, empty).max(max), localizedText(min, max)]);

export const LESSON_FORMAT = 'csto-atlas-lesson';
export const LESSON_VERSION = 1;

/** Caps for lessons from links and files: enough for a long lesson, too little to hurt the page. */
export const LESSON_LIMITS = {
	steps: 100,
	title: 120,
	text: 5000,
	slide: SLIDE_MAX,
	highlights: 60,
	/** The decoded JSON of a link or the size of a file, in bytes. */
	bytes: 200_000
} as const;

/** Pin kinds, as in $lib/domain/places SYMBOLS (a unit test keeps the two equal). */
export const PIN_KINDS = ['base', 'airbase', 'range-radar', 'peacekeeping', 'nuclear', 'conflict', 'event', 'territory'] as const;
export const MAIN_VIEWS = ['map', 'table', 'compare'] as const;

const Slug = z.string().max(80).regex(/^[a-z0-9-]+$/, 'expected lower-case letters, digits and hyphens');

export const LessonCamera = z.strictObject({
	center: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]),
	/** Web Mercator zoom, framed for a 1000×650 map (geo/camera.ts). */
	zoom: z.number().min(0.5).max(8)
});

export const LessonStep = z.strictObject({
	/** Stable within a lesson; given on load where missing. */
	id: Slug.optional(),
	title: LessonText(1, LESSON_LIMITS.title, 'a step needs a title'),
	/** "today": the current year, whatever it is when the lesson is shown (see tourStepYear). */
	year: z.union([z.number().int().min(1991).max(2100), z.literal('today')]),
	/** The date the step is about, as precise as known, or "today". */
	date: z.union([PartialDate, z.literal('today')]).optional(),
	camera: LessonCamera,
	highlight: z.strictObject({
		countries: z.array(Iso3).max(LESSON_LIMITS.highlights),
		places: z.array(Slug).max(LESSON_LIMITS.highlights)
	}),
	/** The state or place whose story the panel shows. */
	country: Iso3.optional(),
	place: Slug.optional(),
	/** Pin filters: kinds switched off, and "show all past". Left as they are when absent. */
	pins: z.strictObject({ hidden: z.array(z.enum(PIN_KINDS)).max(PIN_KINDS.length), past: z.boolean() }).optional(),
	view: z.enum(MAIN_VIEWS).optional(),
	/**
	 * The organisation the map shows (issue 25), or two compared, ["csto", "sco"]; `orgs` wins
	 * when both are given (domain/orgChoice.ts stepOrgChoice). Absent: the choice stays as it is.
	 */
	org: z.enum(ORG_IDS).optional(),
	orgs: z.tuple([z.enum(ORG_IDS), z.enum(ORG_IDS)]).optional(),
	/** Plain text; blank lines part paragraphs. Never read as HTML. */
	text: LessonText(0, LESSON_LIMITS.text, ''),
	/** The step as a slide in presenter mode: a short text that fits the stage. Absent: the text is the slide. */
	slide: LessonText(0, LESSON_LIMITS.slide, '').optional(),
	/** The teacher's own notes, shown only in the presenter view. */
	notes: LessonText(0, LESSON_LIMITS.text, '').optional(),
	citations: Citations.max(20).optional()
});

export const Lesson = z.strictObject({
	format: z.literal(LESSON_FORMAT),
	version: z.literal(LESSON_VERSION),
	title: LessonText(1, LESSON_LIMITS.title, 'a lesson needs a title'),
	steps: z.array(LessonStep).min(1, 'a lesson needs at least one step').max(LESSON_LIMITS.steps)
});

/** The built-in tour keeps the data's standards: ids, dates, short captions in our words, sources. */
export const BuiltInStep = LessonStep.extend({
	id: Slug,
	title: localizedText(3, 80),
	date: z.union([PartialDate, z.literal('today')]),
	text: localizedText(20, 600),
	/** Every built-in step has its presenter caption, in every language, shorter than the cap for teachers' lessons. */
	slide: localizedText(20, 220),
	citations: Citations
});
export const BuiltInLesson = Lesson.extend({ title: localizedText(3, LESSON_LIMITS.title), steps: z.array(BuiltInStep).min(15) });

export type LessonStep = InLocale<z.infer<typeof LessonStep>>;
export type Lesson = InLocale<z.infer<typeof Lesson>>;
export type LessonCamera = InLocale<z.infer<typeof LessonCamera>>;
export type BuiltInStep = InLocale<z.infer<typeof BuiltInStep>>;
/** A lesson as read from a file, link or data/, with every language's text where it has them. */
export type LessonData = z.infer<typeof Lesson>;
