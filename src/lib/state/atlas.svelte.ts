/**
 * App state in one small runes class: the selected year, country and view, and playback.
 * Everything else (statuses, counts, summary) is derived from it.
 */
import { atlasCountries } from '$lib/data/atlasData';
import { placesStore } from './placesStore.svelte';
import { visibilityIn, SYMBOLS, type PinSymbol, type Visibility } from '$lib/domain/places';
import { isoDay, yearOf } from '$lib/data/dates';
import { yearView, type YearView } from '$lib/domain/yearView';
import { summarySentence } from '$lib/text/summaryText';
import { pinVisibility } from '$lib/domain/scene';
import { MIN_YEAR, SPEEDS, clampYear, nextPlayYear, playStartYear, yearForKey, type Speed } from '$lib/domain/timelineController';

export type MainView = 'map' | 'table' | 'compare';

export class AtlasState {
	readonly today: string;
	readonly minYear = MIN_YEAR;
	readonly maxYear: number;

	/** `today` is the reader's date; tests pass a fixed one. */
	constructor(today: string = isoDay(new Date())) {
		this.today = today;
		this.maxYear = yearOf(today);
		this.#year = this.maxYear;
		this.yearView = $derived(yearView(atlasCountries(), this.#year, this.today));
		/** Every pin's visibility in the selected year, after the kind filters. */
		this.pinVisibility = $derived(pinVisibility(placesStore.places, this.#year, this.today, this.#hiddenSymbols, this.#showAllPast));
		this.summary = $derived(summarySentence(this.yearView));
	}

	#year = $state(0);
	#country = $state<string | null>(null);
	#view = $state<MainView>('map');
	#playing = $state(false);
	#speed = $state<Speed>('normal');
	#timer: ReturnType<typeof setTimeout> | null = null;
	#place = $state<string | null>(null);
	#showAllPast = $state(false);
	#hiddenSymbols = $state<ReadonlySet<PinSymbol>>(new Set());
	/** A year held by a question (the quiz): the slider, keys and playback leave it alone. */
	#held = $state(false);
	/** The year shown before the hold, given back on release. */
	#yearBeforeHold: number | null = null;

	readonly yearView: YearView;
	/** Every pin's visibility in the selected year, after the kind filters. */
	readonly pinVisibility: ReadonlyMap<string, Visibility>;
	readonly summary: string;

	get year() {
		return this.#year;
	}
	get country() {
		return this.#country;
	}
	get view() {
		return this.#view;
	}
	get playing() {
		return this.#playing;
	}
	get speed() {
		return this.#speed;
	}

	get yearHeld() {
		return this.#held;
	}

	setYear(year: number) {
		if (!this.#held) this.#year = clampYear(year, this.minYear, this.maxYear);
	}

	/** Shows `year` and keeps it until released: one year on screen while a question is about it. */
	holdYear(year: number) {
		this.pause();
		if (!this.#held) this.#yearBeforeHold = this.#year;
		this.#held = false;
		this.setYear(year);
		this.#held = true;
	}

	/** Ends the hold and goes back to the year shown before it. */
	releaseYear() {
		if (!this.#held) return;
		this.#held = false;
		if (this.#yearBeforeHold !== null) this.setYear(this.#yearBeforeHold);
		this.#yearBeforeHold = null;
	}

	/** A user moving the slider by hand takes over from playback. */
	scrubTo(year: number) {
		this.pause();
		this.setYear(year);
	}

	/** Handles a key on the slider; returns true if it was a year key. */
	handleKey(key: string): boolean {
		const next = yearForKey(key, this.#year, this.minYear, this.maxYear);
		if (next === null) return false;
		this.scrubTo(next);
		return true;
	}

	get place() {
		return this.#place;
	}
	get showAllPast() {
		return this.#showAllPast;
	}
	get hiddenSymbols() {
		return this.#hiddenSymbols;
	}

	/** One details panel at a time: choosing a country closes a pin's panel and vice versa. */
	select(iso3: string | null) {
		this.#country = iso3;
		if (iso3) this.#place = null;
	}

	selectPlace(id: string | null) {
		this.#place = id;
		if (id) this.#country = null;
	}

	/** Opens a place from search or a tour: moves to a year where it shows and unhides its kind. */
	openPlace(id: string) {
		const p = placesStore.byId.get(id);
		if (!p) return;
		if (this.#hiddenSymbols.has(p.symbol)) this.toggleSymbol(p.symbol);
		if (visibilityIn(p, this.#year, this.today, this.#showAllPast) === 'hidden') this.scrubTo(yearOf(p.start));
		this.selectPlace(id);
	}

	setShowAllPast(on: boolean) {
		this.#showAllPast = on;
	}

	toggleSymbol(symbol: PinSymbol) {
		const next = new Set(this.#hiddenSymbols);
		if (next.has(symbol)) next.delete(symbol);
		else next.add(symbol);
		this.#hiddenSymbols = next;
	}

	setHiddenSymbols(symbols: Iterable<PinSymbol>) {
		this.#hiddenSymbols = new Set([...symbols].filter((s) => (SYMBOLS as readonly string[]).includes(s)));
	}

	setView(view: MainView) {
		this.#view = view;
	}

	setSpeed(speed: Speed) {
		this.#speed = speed;
		if (this.#playing) this.#schedule();
	}

	play() {
		if (this.#playing || this.#held) return;
		this.#year = playStartYear(this.#year, this.minYear, this.maxYear);
		this.#playing = true;
		this.#schedule();
	}

	pause() {
		this.#playing = false;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
	}

	togglePlay() {
		if (this.#playing) this.pause();
		else this.play();
	}

	#schedule() {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			const next = nextPlayYear(this.#year, this.maxYear);
			if (next === null) {
				this.pause();
				return;
			}
			this.#year = next;
			if (next >= this.maxYear) this.pause();
			else this.#schedule();
		}, SPEEDS[this.#speed]);
	}
}
