/**
 * The two years Compare shows: the second is always the dock's year (one year control, no third
 * year on screen); the first is the reader's pick for it, else the latest turning point.
 */
import { atlasCountries } from '$lib/data/atlasData';
import { defaultCompareYears } from '$lib/domain/compare';
import type { Timeline } from './timeline.svelte';

export class CompareYears {
	readonly #timeline: Timeline;
	/** The first year as the reader picked it, for the second year it was picked against. */
	#pick = $state<{ a: number; b: number } | null>(null);
	/** The first year before any pick: the year before the latest change up to the dock's year. */
	readonly #default: number;

	constructor(timeline: Timeline) {
		this.#timeline = timeline;
		this.#default = $derived(defaultCompareYears(atlasCountries(), timeline.year, timeline.minYear, timeline.today).a);
	}

	get years(): { a: number; b: number } {
		const b = this.#timeline.year;
		return { a: this.#pick?.b === b ? this.#pick.a : this.#default, b };
	}

	/** Both years picked: the dock moves to the second. */
	pick(a: number, b: number) {
		this.#timeline.scrubTo(b);
		this.#pick = { a, b: this.#timeline.year };
	}
}
