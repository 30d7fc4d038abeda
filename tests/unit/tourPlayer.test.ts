// The tour player's end: the last step offers Finish, and Finish is undone by any move.
import { describe, expect, it } from 'vitest';
import { TourState } from '$lib/state/classroom.svelte';
import type { LessonStep } from '$lib/data/lessonSchema';

const steps = [1, 2, 3].map((n) => ({ id: `s${n}`, title: `Step ${n}`, text: '', year: 2000 + n }) as unknown as LessonStep);

describe('the tour player', () => {
	it('finishes only on the last step', () => {
		const tour = new TourState(() => steps);
		tour.start(0);
		expect(tour.atLast).toBe(false);
		tour.finish();
		expect(tour.finished).toBe(false);
		tour.next();
		tour.next();
		expect(tour.atLast).toBe(true);
		tour.finish();
		expect(tour.finished).toBe(true);
	});

	it('goes back from the end card to the last step, and a replay starts afresh', () => {
		const tour = new TourState(() => steps);
		tour.start(2);
		tour.finish();
		tour.prev();
		expect([tour.finished, tour.index]).toEqual([false, 2]);
		tour.finish();
		tour.start(0);
		expect([tour.finished, tour.index]).toEqual([false, 0]);
		tour.finish();
		tour.exit();
		expect([tour.active, tour.finished]).toEqual([false, false]);
	});
});
