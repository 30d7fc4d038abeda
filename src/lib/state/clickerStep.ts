/**
 * The clicker's step, whichever window it was pressed in: the tour's step while a tour plays,
 * else the year (shortcuts.ts in the audience's window, presenterAudience.ts for the teacher's).
 */
import type { AppController } from './app.svelte';

export type StepAction = 'next' | 'prev' | 'first' | 'last';

export function clickerStep(app: AppController, action: StepAction) {
	const { atlas, tour } = app;
	if (tour.active) {
		if (action === 'next') tour.next();
		else if (action === 'prev') tour.prev();
		else if (action === 'first') tour.start(0);
		else tour.start(tour.steps.length - 1);
	} else {
		const y = action === 'next' ? atlas.year + 1 : action === 'prev' ? atlas.year - 1 : action === 'first' ? atlas.minYear : atlas.maxYear;
		atlas.scrubTo(y);
	}
}
