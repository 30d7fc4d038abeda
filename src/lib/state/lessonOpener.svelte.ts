/**
 * Opening a teacher's lesson from a link (`#lesson=…`) or a file: loads the reader (lessonOpen.ts)
 * and the places it is checked against, then hands a whole lesson over to be played, or says why
 * not. Holds the message about the last lesson opened, and that lesson until it is set aside.
 */
import type { Lesson } from '$lib/data/lessonSchema';
import type { PlacesStore } from './placesStore.svelte';
import type { LessonSource } from './lessonOpen';

export interface LessonNotice {
	kind: 'error' | 'opened';
	text: string;
	/** States and places that were skipped, one line each. */
	notes: readonly string[];
}

/** What opening a lesson needs of the places store: the places it checks a lesson's pins against. */
export type KnownPlaces = Pick<PlacesStore, 'load' | 'byId'>;

export class LessonOpener {
	readonly #places: KnownPlaces;
	readonly #play: (lesson: Lesson) => void;
	#notice = $state.raw<LessonNotice | null>(null);
	#opened = $state.raw<Lesson | null>(null);

	constructor(places: KnownPlaces, play: (lesson: Lesson) => void) {
		this.#places = places;
		this.#play = play;
	}

	get notice() {
		return this.#notice;
	}
	/** The last lesson opened from a link or file, until the teacher edits it or sets it aside. */
	get opened() {
		return this.#opened;
	}

	dismissNotice() {
		this.#notice = null;
	}
	setAside() {
		this.#opened = null;
	}

	/** Checked whole, then played from step 1; false (and a notice saying why) when it cannot be. */
	async open(source: LessonSource): Promise<boolean> {
		// Without the places a lesson's pins would all be dropped as unknown: wait for them, but open without them if they fail.
		const [{ openLessonFrom, openedNotice }] = await Promise.all([import('./lessonOpen'), this.#places.load().catch(() => undefined)]);
		const reading = await openLessonFrom(source, new Set(this.#places.byId.keys()));
		if (!reading.ok) {
			this.#notice = { kind: 'error', text: reading.message, notes: [] };
			return false;
		}
		this.#notice = { kind: 'opened', text: openedNotice(reading.lesson.title), notes: reading.notes };
		this.#opened = reading.lesson;
		this.#play(reading.lesson);
		return true;
	}
}
