/**
 * The lesson side of the app, as the controller holds it: whether "My lesson" is open, the
 * highlights being picked for the next step, and the lesson being played (null: the built-in
 * tour). Opening a lesson is lessonOpener.svelte.ts. Small on purpose: the editor, the codec and
 * the schema load only when a lesson is made or opened.
 */
import type { Lesson } from '$lib/data/lessonSchema';
import type { Highlight } from '$lib/domain/scene';

const NONE: Highlight = { countries: [], places: [] };

export class LessonMode {
	#panelOpen = $state(false);
	#picking = $state(false);
	#picks = $state.raw<Highlight>(NONE);
	#playing = $state.raw<Lesson | null>(null);

	get panelOpen() {
		return this.#panelOpen;
	}
	/** Map clicks toggle highlights instead of selecting. */
	get picking() {
		return this.#picking;
	}
	get picks() {
		return this.#picks;
	}
	/** The teacher's lesson the tour plays; null while it plays the built-in one. */
	get playing() {
		return this.#playing;
	}
	setPanelOpen(open: boolean) {
		this.#panelOpen = open;
		if (!open) this.#picking = false;
	}
	setPicking(on: boolean) {
		this.#picking = on && this.#panelOpen;
	}
	setPicks(h: Highlight) {
		this.#picks = { countries: [...h.countries], places: [...h.places] };
	}
	togglePick(kind: keyof Highlight, id: string) {
		const list = this.#picks[kind];
		const next = list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
		this.#picks = { ...this.#picks, [kind]: next };
	}
	setPlaying(lesson: Lesson | null) {
		this.#playing = lesson;
	}
}
