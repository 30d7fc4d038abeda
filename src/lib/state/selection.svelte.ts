/**
 * What the reader has picked on the map: one state or one place (never both, so one details
 * panel shows), and the pin filters (kinds hidden, past places shown).
 */
import { SYMBOLS, type PinSymbol } from '$lib/domain/places';

export class Selection {
	#country = $state<string | null>(null);
	#place = $state<string | null>(null);
	#showAllPast = $state(false);
	#hiddenSymbols = $state<ReadonlySet<PinSymbol>>(new Set());

	get country() {
		return this.#country;
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

	/** One details panel at a time: choosing a state closes a place's panel. */
	setCountry(iso3: string | null) {
		this.#country = iso3;
		if (iso3) this.#place = null;
	}

	/** And choosing a place closes a state's. */
	setPlace(id: string | null) {
		this.#place = id;
		if (id) this.#country = null;
	}

	clear() {
		this.#country = null;
		this.#place = null;
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

	/** Unknown kinds (from a URL or a lesson) are dropped. */
	setHiddenSymbols(symbols: Iterable<PinSymbol>) {
		this.#hiddenSymbols = new Set([...symbols].filter((s) => (SYMBOLS as readonly string[]).includes(s)));
	}
}
