/**
 * The presenter view's rules that need no DOM: a lesson's steps as the plain deck the audience
 * sends, which command a clicker key means in the teacher's window, the step after this one,
 * and the clock.
 */
import type { LessonStep } from '$lib/data/lessonSchema';
import { keyAction } from './keys';
import { tourStepYear } from './tour';
import type { Deck, DeckStep, PresenterCommand } from './presenterProtocol';
import { stepOrgChoice, type OrgChoice } from './orgChoice';

/** Tells one lesson from another: a reloaded audience resumes only the lesson the view last saw. */
export function deckKey(title: string | null, steps: readonly Pick<LessonStep, 'title'>[]): string {
	return [title ?? '', steps.length, steps[0]?.title ?? '', steps.at(-1)?.title ?? ''].join('\u241f').slice(0, 400);
}

/** The steps as plain data: years and "today" resolved, absent fields null. */
export function deckOf(title: string | null, steps: readonly LessonStep[], maxYear: number, today: string): Deck | null {
	if (!steps.length) return null;
	// A step without org or orgs keeps what the steps before it chose.
	let orgs: OrgChoice | null = null;
	return {
		key: deckKey(title, steps),
		title,
		steps: steps.map((s): DeckStep => ({
			title: s.title,
			text: s.text,
			slide: s.slide ?? null,
			notes: s.notes ?? null,
			year: tourStepYear(s, maxYear),
			date: s.date === 'today' ? today : (s.date ?? null),
			citations: s.citations ? [...s.citations] : [],
			highlight: { countries: [...s.highlight.countries], places: [...s.highlight.places] },
			orgs: (orgs = stepOrgChoice(s) ?? orgs)
		}))
	};
}

/** The step after `index`; the first one while no tour plays (what Next would start). */
export function nextStep(deck: Deck | null, index: number | null): DeckStep | null {
	if (!deck) return null;
	return deck.steps[index === null ? 0 : index + 1] ?? null;
}

/**
 * A key pressed in the teacher's window, as the command the audience's clicker key would be.
 * `blank`: whether the audience's screen is blanked now (B and . toggle it; Escape brings it back).
 */
export function commandForKey(key: string, shift: boolean, blank: boolean): PresenterCommand | null {
	const action = keyAction(key, shift);
	switch (action) {
		case 'next':
		case 'prev':
		case 'first':
		case 'last':
			return { kind: action };
		case 'blank':
			return { kind: 'blank', on: !blank };
		case 'exit':
			return blank ? { kind: 'blank', on: false } : null;
		default:
			return null;
	}
}

/** Elapsed time as a clock: 4:05, 1:02:09. Negative (a clock set ahead) reads 0:00. */
export function formatElapsed(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const mm = Math.floor((total % 3600) / 60);
	const ss = String(total % 60).padStart(2, '0');
	return h ? `${h}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}
