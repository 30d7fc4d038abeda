/**
 * The "My lesson" editor's rules, pure: capture the view as a step, reorder, duplicate, delete
 * with undo. Steps are never changed in place; each rule returns a new list.
 */
import type { Lesson, LessonStep } from '$lib/data/lessonSchema';
import type { Camera } from './camera';
import { isCstoOnly, type OrgChoice } from './orgChoice';

export const LESSON_FORMAT_HEAD = { format: 'csto-atlas-lesson', version: 1 } as const;

export const emptyLesson = (title: string): Lesson => ({ ...LESSON_FORMAT_HEAD, title, steps: [] });

/** What the map shows now, as the controller knows it. */
export interface CapturedView {
	year: number;
	camera: Camera;
	country: string | null;
	place: string | null;
	highlight: { countries: readonly string[]; places: readonly string[] };
	hidden: readonly string[];
	past: boolean;
	view: 'map' | 'table' | 'compare';
	/** The organisations shown (issue 25); absent or the CSTO alone adds nothing to the step. */
	orgs?: OrgChoice;
}

/** Three decimals of a degree (~100 m) and of zoom: exact enough to frame, short in a link. */
const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;
export const roundCamera = (c: Camera): Camera => ({ center: [round(c.center[0], 3), round(c.center[1], 3)], zoom: round(c.zoom, 2) });

/** The view as a step's fields (no title or text): used to add a step and to re-capture one. */
export function viewFields(v: CapturedView): Omit<LessonStep, 'id' | 'title' | 'text'> {
	return {
		year: v.year,
		camera: roundCamera(v.camera),
		highlight: { countries: [...v.highlight.countries], places: [...v.highlight.places] },
		...(v.country ? { country: v.country } : {}),
		...(v.place ? { place: v.place } : {}),
		pins: { hidden: [...v.hidden].sort() as NonNullable<LessonStep['pins']>['hidden'], past: v.past },
		view: v.view,
		...orgFields(v.orgs)
	};
}

/** A step names its organisations only when they are not the CSTO alone, so old steps stay as they were. */
function orgFields(orgs: OrgChoice | undefined): Pick<LessonStep, 'org' | 'orgs'> {
	if (!orgs || isCstoOnly(orgs)) return {};
	return orgs.b === null ? { org: orgs.a } : { orgs: [orgs.a, orgs.b] };
}

/** An id no step of the list has yet: "step-4". */
export function newStepId(steps: readonly LessonStep[]): string {
	const used = new Set(steps.map((s) => s.id));
	let n = steps.length + 1;
	while (used.has(`step-${n}`)) n++;
	return `step-${n}`;
}

/** Moves a step to another position (clamped); the same list when nothing moves. */
export function moveStep<T>(steps: readonly T[], from: number, to: number): readonly T[] {
	const target = Math.max(0, Math.min(steps.length - 1, to));
	if (from < 0 || from >= steps.length || target === from) return steps;
	const out = [...steps];
	const [step] = out.splice(from, 1);
	out.splice(target, 0, step);
	return out;
}

/** A copy of a step right after it, with a new id; `copyTitle` words the copy's title ("Step 1 (copy)"). */
export function duplicateStep(steps: readonly LessonStep[], index: number, copyTitle: (title: string) => string): LessonStep[] {
	const step = steps[index];
	if (!step) return [...steps];
	const copy: LessonStep = structuredClone({
		...step,
		id: newStepId(steps),
		title: copyTitle(step.title).slice(0, 120)
	});
	return [...steps.slice(0, index + 1), copy, ...steps.slice(index + 1)];
}

export interface Removed {
	step: LessonStep;
	index: number;
}

export function removeStep(steps: readonly LessonStep[], index: number): { steps: LessonStep[]; removed: Removed | null } {
	const step = steps[index];
	if (!step) return { steps: [...steps], removed: null };
	return { steps: steps.filter((_, i) => i !== index), removed: { step, index } };
}

/** Puts the last deleted step back where it was (or at the end, if the list has shrunk since). */
export function undoRemove(steps: readonly LessonStep[], removed: Removed): LessonStep[] {
	const at = Math.min(removed.index, steps.length);
	const step = steps.some((s) => s.id === removed.step.id) ? { ...removed.step, id: newStepId(steps) } : removed.step;
	return [...steps.slice(0, at), step, ...steps.slice(at)];
}
