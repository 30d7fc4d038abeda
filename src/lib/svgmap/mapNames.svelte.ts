/**
 * The state names an SVG map writes (mapLabels.ts). A map's first names can wait (issue 26): they
 * are worked out a few milliseconds at a time once `startWhen` says so, and drawn when done;
 * whatever changed meanwhile (a flight, a year) is placed at once then. Every later placement (a
 * year step, a pan) is at once, and remembered. Create during a component's initialisation.
 */
import { untrack } from 'svelte';
import type { Steps } from '$lib/geo/steps';
import type { PlacedLabel } from '$lib/geo/labelPlacement';
import type { ProjectedMap } from './paths';
import { rememberedLabelMap, type MapLabelOptions } from './mapLabels';

export class MapNames {
	readonly #place = rememberedLabelMap();
	readonly #map: () => ProjectedMap;
	readonly #options: () => MapLabelOptions;
	#due = $state(false);
	/** The names as drawn: none until they are due. */
	readonly placed: PlacedLabel[] = $derived.by(() => (this.#due ? this.#place(this.#map(), this.#options()) : []));

	/** `now`: the names are placed with the map's first frame, not later. */
	constructor(map: () => ProjectedMap, options: () => MapLabelOptions, startWhen: () => boolean, now: boolean) {
		this.#map = map;
		this.#options = options;
		this.#due = now;
		$effect(() => {
			if (this.#due || !startWhen()) return;
			const stop = new AbortController();
			void this.#place.inSlices(map(), untrack(options), stop.signal).then(() => {
				if (!stop.signal.aborted) this.#due = true;
			});
			return () => stop.abort();
		});
	}

	/** The names for other options (another year's) as steps, remembered for when they are drawn. */
	prepareSteps(options: MapLabelOptions): Steps<void> {
		return this.#place.steps(this.#map(), options);
	}

	/** The names are drawn: the map is complete. */
	get done(): boolean {
		return this.#due;
	}
}
