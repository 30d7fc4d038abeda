/**
 * The lesson being made in "My lesson", and the lessons saved by name. Every change is written to
 * localStorage at once, so a reload or a closed tab loses nothing. What is read back is checked
 * like any lesson from outside (storage can hold anything). Loaded with the editor, not before.
 */
import { inLocale } from '$lib/i18n/locale';
import { z } from 'zod';
import { Lesson, LessonStep, LESSON_LIMITS } from '$lib/data/lessonSchema';
import { m } from '$lib/paraglide/messages';
import { moveStep, removeStep, undoRemove, newStepId, type Removed } from '$lib/domain/lessonEdit';
import { emptyLesson, duplicateStep } from '$lib/text/lessonEditText';

export const DRAFT_KEY = 'csto-atlas:lesson-draft';
export const SAVED_KEY = 'csto-atlas:lessons';

/** localStorage, or a Map-backed fake in unit tests. */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

/** Checks a stored lesson; null when it is not one. Steps may be empty: a draft just begun. */
export type CheckLesson = (raw: unknown) => Lesson | null;

export class LessonDraft {
	#lesson = $state.raw<Lesson>(emptyLesson());
	#removed = $state.raw<Removed | null>(null);
	#saved = $state.raw<readonly Lesson[]>([]);
	#storageRefused = $state(false);
	readonly #store: KeyValueStore | null;

	constructor(store: KeyValueStore | null, check: CheckLesson) {
		this.#store = store;
		const read = (key: string): unknown => {
			try {
				return JSON.parse(store?.getItem(key) ?? 'null');
			} catch {
				return null;
			}
		};
		const draft = read(DRAFT_KEY);
		this.#lesson = check(draft) ?? emptyLesson();
		const saved = read(SAVED_KEY);
		this.#saved = Array.isArray(saved) ? saved.slice(0, 50).flatMap((l) => check(l) ?? []) : [];
	}

	get lesson() {
		return this.#lesson;
	}
	get steps(): readonly LessonStep[] {
		return this.#lesson.steps;
	}
	get saved() {
		return this.#saved;
	}
	/** The last deleted step, while Undo can bring it back. */
	get removed() {
		return this.#removed;
	}
	/** Why the draft is not kept, in the page's language; null while it is. */
	get storageProblem(): string | null {
		return this.#storageRefused ? m.lesson_storage_problem() : null;
	}

	setTitle(title: string) {
		this.#set({ ...this.#lesson, title });
	}
	/** Adds a step at the end; returns its index. */
	add(fields: Omit<LessonStep, 'id'>): number {
		this.#set({ ...this.#lesson, steps: [...this.steps, { id: newStepId(this.steps), ...fields }] });
		return this.steps.length - 1;
	}
	/** Changes a step's title, text or captured view. */
	update(index: number, patch: Partial<Omit<LessonStep, 'id'>>) {
		const step = this.steps[index];
		if (!step) return;
		const next: LessonStep = { ...step, ...patch };
		// A re-captured step without a selection loses the old one.
		if ('year' in patch) {
			if (!('country' in patch)) delete next.country;
			if (!('place' in patch)) delete next.place;
		}
		this.#set({ ...this.#lesson, steps: this.steps.map((s, i) => (i === index ? next : s)) });
	}
	move(from: number, to: number) {
		const steps = moveStep(this.steps, from, to);
		if (steps !== this.steps) this.#set({ ...this.#lesson, steps: [...steps] });
	}
	duplicate(index: number) {
		this.#set({ ...this.#lesson, steps: duplicateStep(this.steps, index) });
	}
	remove(index: number) {
		const { steps, removed } = removeStep(this.steps, index);
		if (!removed) return;
		this.#removed = removed;
		this.#set({ ...this.#lesson, steps });
	}
	/** Brings back the last deleted step; returns where it went, or null. */
	undo(): number | null {
		const removed = this.#removed;
		if (!removed) return null;
		this.#removed = null;
		this.#set({ ...this.#lesson, steps: undoRemove(this.steps, removed) });
		return Math.min(removed.index, this.steps.length - 1);
	}

	/** Keeps the draft under its title among the saved lessons (replacing one of the same title). */
	save() {
		const title = this.#lesson.title.trim() || m.lesson_default_title();
		const lesson = { ...this.#lesson, title };
		this.#lesson = lesson;
		this.#saved = [lesson, ...this.#saved.filter((l) => l.title !== title)];
		this.#write();
	}
	/** Makes a lesson the draft; the current one is saved first if it has steps. */
	open(lesson: Lesson) {
		if (this.steps.length) {
			this.save();
			// The draft was that lesson being edited: keep the newer version.
			if (lesson.title === this.#lesson.title) return;
		}
		this.#removed = null;
		this.#set(structuredClone(lesson));
	}
	/** A fresh draft; the current one is saved first if it has steps. */
	startNew() {
		if (this.steps.length) this.save();
		this.#removed = null;
		this.#set(emptyLesson());
	}
	forget(title: string) {
		this.#saved = this.#saved.filter((l) => l.title !== title);
		this.#write();
	}

	#set(lesson: Lesson) {
		this.#lesson = lesson;
		this.#write();
	}
	#write() {
		try {
			this.#store?.setItem(DRAFT_KEY, JSON.stringify(this.#lesson));
			this.#store?.setItem(SAVED_KEY, JSON.stringify(this.#saved));
			this.#storageRefused = false;
		} catch {
			// Private windows and full storage refuse writes: the lesson still works until the tab closes.
			this.#storageRefused = true;
		}
	}
}

/** A stored draft: the lesson schema, except that a draft just begun has no steps yet. */
const StoredLesson = Lesson.extend({ steps: z.array(LessonStep).max(LESSON_LIMITS.steps) });
const checkStored: CheckLesson = (raw) => {
	const r = StoredLesson.safeParse(raw);
	return r.success ? inLocale(r.data) : null;
};

function browserStore(): KeyValueStore | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

let shared: LessonDraft | null = null;
/** The page's one draft, made when the editor first opens. */
export const lessonDraft = (): LessonDraft => (shared ??= new LessonDraft(browserStore(), checkStored));
