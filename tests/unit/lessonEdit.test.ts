// The "My lesson" editor's pure rules, and the draft kept in storage.
import { describe, expect, it } from 'vitest';
import { moveStep, removeStep, undoRemove, viewFields, newStepId } from '$lib/domain/lessonEdit';
import { duplicateStep, stepTitle } from '$lib/text/lessonEditText';
import { LessonDraft, DRAFT_KEY } from '$lib/state/lessonDraft.svelte';
import { Lesson, type LessonStep } from '$lib/data/lessonSchema';
import { inLocale } from '$lib/i18n/locale';

const s = (id: string): LessonStep => ({
	id,
	title: id,
	year: 2000,
	camera: { center: [40, 40], zoom: 3 },
	highlight: { countries: [], places: [] },
	text: ''
});
const ids = (steps: readonly LessonStep[]) => steps.map((x) => x.id);
const ABC = [s('a'), s('b'), s('c')];

describe('editing steps', () => {
	it('moves a step up and down, clamped at the ends', () => {
		expect(ids(moveStep(ABC, 2, 0))).toEqual(['c', 'a', 'b']);
		expect(ids(moveStep(ABC, 0, 1))).toEqual(['b', 'a', 'c']);
		expect(moveStep(ABC, 0, -1)).toBe(ABC);
		expect(ids(moveStep(ABC, 1, 9))).toEqual(['a', 'c', 'b']);
	});
	it('duplicates right after, with a new id and a deep copy', () => {
		const out = duplicateStep(ABC, 0);
		expect(ids(out)).toEqual(['a', 'step-4', 'b', 'c']);
		expect(out[1].title).toBe('a (copy)');
		expect(out[1].highlight).not.toBe(ABC[0].highlight);
	});
	it('deletes, and undo puts the step back where it was', () => {
		const { steps, removed } = removeStep(ABC, 1);
		expect(ids(steps)).toEqual(['a', 'c']);
		expect(ids(undoRemove(steps, removed!))).toEqual(['a', 'b', 'c']);
		expect(ids(undoRemove([], removed!))).toEqual(['b']);
		expect(removeStep(ABC, 7).removed).toBeNull();
	});
	it('captures the view, rounded for short links', () => {
		const f = viewFields({
			year: 2008,
			camera: { center: [44.51234567, 40.1876543], zoom: 3.14159 },
			country: 'ARM',
			place: null,
			highlight: { countries: ['RUS'], places: [] },
			hidden: ['nuclear', 'base'],
			past: true,
			view: 'table'
		});
		expect(f).toEqual({
			year: 2008,
			camera: { center: [44.512, 40.188], zoom: 3.14 },
			highlight: { countries: ['RUS'], places: [] },
			country: 'ARM',
			pins: { hidden: ['base', 'nuclear'], past: true },
			view: 'table'
		});
		expect(stepTitle({ year: 2008, country: 'ARM' } as never, () => 'Armenia')).toBe('Armenia in 2008');
		expect(newStepId([s('step-2')])).toBe('step-3');
	});
});

class MemoryStore {
	map = new Map<string, string>();
	getItem = (k: string) => this.map.get(k) ?? null;
	setItem = (k: string, v: string) => void this.map.set(k, v);
}
const check = (raw: unknown) => {
	const r = Lesson.extend({ steps: Lesson.shape.steps.unwrap().array() }).safeParse(raw);
	return r.success ? inLocale(r.data, 'en') : null;
};

describe('the draft', () => {
	it('is written on every change and read back after a reload', () => {
		const store = new MemoryStore();
		const d = new LessonDraft(store, check);
		d.setTitle('Armenia');
		d.add({ ...s('x'), title: 'One' });
		d.add({ ...s('x'), title: 'Two' });
		d.move(1, 0);
		const again = new LessonDraft(store, check);
		expect(again.lesson.title).toBe('Armenia');
		expect(again.steps.map((x) => x.title)).toEqual(['Two', 'One']);
	});
	it('undoes the last deletion only', () => {
		const d = new LessonDraft(null, check);
		for (const t of ['A', 'B', 'C']) d.add({ ...s('x'), title: t });
		d.remove(0);
		d.remove(0);
		expect(d.undo()).toBe(0);
		expect(d.steps.map((x) => x.title)).toEqual(['B', 'C']);
		expect(d.undo()).toBeNull();
	});
	it('keeps several lessons by name; opening one saves the current draft first', () => {
		const store = new MemoryStore();
		const d = new LessonDraft(store, check);
		d.setTitle('First');
		d.add({ ...s('x'), title: 'One' });
		d.startNew();
		d.setTitle('Second');
		d.add({ ...s('x'), title: 'Two' });
		d.save();
		expect(d.saved.map((l) => l.title)).toEqual(['Second', 'First']);
		d.open(d.saved[1]);
		expect(d.lesson.title).toBe('First');
		expect(new LessonDraft(store, check).saved).toHaveLength(2);
	});
	it('ignores a damaged stored draft', () => {
		const store = new MemoryStore();
		store.setItem(DRAFT_KEY, '{"format":"csto-atlas-lesson","version":1,"title":"t","steps":[{"__proto__":1}]}');
		expect(new LessonDraft(store, check).steps).toEqual([]);
		store.setItem(DRAFT_KEY, 'not json');
		expect(new LessonDraft(store, check).lesson.title).toBe('My lesson');
	});
});
