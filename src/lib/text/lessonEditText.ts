/** The lesson editor's words: a new lesson's title, a captured step's title and a copy's title. */
import { emptyLesson as emptyLessonTitled, duplicateStep as duplicateStepTitled, type CapturedView } from '$lib/domain/lessonEdit';
import type { Lesson, LessonStep } from '$lib/data/lessonSchema';
import { m } from '$lib/paraglide/messages';

export const emptyLesson = (title = m.lesson_default_title()): Lesson => emptyLessonTitled(title);

/** A copy of a step right after it: "Step 1 (copy)". */
export const duplicateStep = (steps: readonly LessonStep[], index: number): LessonStep[] =>
	duplicateStepTitled(steps, index, (title) => m.lesson_step_copy({ title }));

/** A first title for a captured step, for the teacher to change: "Armenia in 2008". */
export const stepTitle = (v: CapturedView, name: (iso3: string) => string) =>
	v.country ? m.lesson_step_title_country({ country: name(v.country), year: v.year }) : m.lesson_step_title_csto({ year: v.year });
