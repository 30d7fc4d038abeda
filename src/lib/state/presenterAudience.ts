/**
 * The audience window's side of the presenter view, as rules on the app controller: what it
 * tells the view (its state as plain data), and what a command from the view does. The channel
 * itself is presenterLink.svelte.ts.
 */
import { deckOf } from '$lib/domain/presenterRules';
import type { AudienceState, Deck, PresenterCommand } from '$lib/domain/presenterProtocol';
import type { AppController } from './app.svelte';

/** The lesson being played, or the built-in tour, as the plain deck the view shows. */
export function audienceDeck(app: AppController): Deck | null {
	const { timeline, lessons, tour } = app;
	return deckOf(lessons.playing?.title ?? null, tour.steps, timeline.maxYear, timeline.today);
}

/** Everything the view shows, as plain data (no proxies: it crosses a BroadcastChannel). */
export function audienceState(app: AppController, deck: Deck | null, presentingSince: number | null): AudienceState {
	const { timeline, selection, tour, presenter } = app;
	return {
		deck,
		index: deck && tour.index !== null && tour.index < deck.steps.length ? tour.index : null,
		year: timeline.year,
		minYear: timeline.minYear,
		maxYear: timeline.maxYear,
		today: timeline.today,
		country: selection.country,
		place: selection.place,
		summary: app.scene.summary,
		presenting: presenter.on,
		blank: presenter.blank,
		presentingSince
	};
}

/**
 * A command from the teacher's window, applied as the audience's own keys would: a step while
 * the screen is blanked only brings the picture back, as the clicker's does. The clock and
 * fullscreen are the link's (presenterLink.svelte.ts).
 */
export function applyCommand(app: AppController, command: PresenterCommand) {
	const { tour, presenter } = app;
	switch (command.kind) {
		case 'next':
		case 'prev':
		case 'first':
		case 'last':
			if (presenter.blank) presenter.toggleBlank();
			else app.clickerStep(command.kind);
			return;
		case 'goto':
			if (command.index < tour.steps.length) tour.start(command.index);
			return;
		case 'year':
			app.scrubTo(command.year);
			return;
		case 'blank':
			if (presenter.blank !== command.on) presenter.toggleBlank();
			return;
		case 'place':
			app.selectPlace(command.id, 'list');
			return;
		case 'deselect':
			app.deselect();
			return;
		case 'end':
			void presenter.exit();
			return;
		default:
			return;
	}
}
