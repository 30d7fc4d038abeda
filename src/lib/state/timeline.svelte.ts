/**
 * The dock's year: where it is, playback through the years, steps by the slider's keys and the
 * clicker, and a hold that keeps one year on screen while the quiz asks about it.
 */
import { isoDay, yearOf } from '$lib/data/dates';
import {
	MIN_YEAR,
	SPEEDS,
	clampYear,
	nextPlayYear,
	playStartYear,
	steppedYear,
	yearForKey,
	yearsFrom,
	type Speed,
	type YearStep
} from '$lib/domain/yearSteps';

export class Timeline {
	readonly today: string;
	readonly minYear = MIN_YEAR;
	readonly maxYear: number;
	/** Every year the slider offers, first to last. */
	readonly years: readonly number[];

	#year = $state(0);
	#playing = $state(false);
	/** The default is marked in the page as served too (YearControls' speed options). */
	#speed = $state<Speed>('normal');
	#timer: ReturnType<typeof setTimeout> | null = null;
	/** A year held by a question (the quiz): the slider, keys and playback leave it alone. */
	#held = $state(false);
	/** The year shown before the hold, given back on release. */
	#yearBeforeHold: number | null = null;

	/** `today` is the reader's date; tests pass a fixed one. The dock starts at its year. */
	constructor(today: string = isoDay(new Date())) {
		this.today = today;
		this.maxYear = yearOf(today);
		this.years = yearsFrom(this.minYear, this.maxYear);
		this.#year = this.maxYear;
	}

	get year() {
		return this.#year;
	}
	get playing() {
		return this.#playing;
	}
	get speed() {
		return this.#speed;
	}
	get held() {
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

	/** A key on the slider; returns true if it was a year key. */
	handleKey(key: string): boolean {
		const next = yearForKey(key, this.#year, this.minYear, this.maxYear);
		if (next === null) return false;
		this.scrubTo(next);
		return true;
	}

	/** A clicker's step through the years, as a hand on the slider. */
	step(step: YearStep) {
		this.scrubTo(steppedYear(step, this.#year, this.minYear, this.maxYear));
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
