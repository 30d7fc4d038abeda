/** The pin symbols in words, in the page's language, and the pin key of an export. */
import { SYMBOLS, type PinSymbol, type Place, type Visibility } from '$lib/domain/places';
import { m } from '$lib/paraglide/messages';
import { messageMap } from '$lib/i18n/messageMap';

export const SYMBOL_LABEL: Readonly<Record<PinSymbol, string>> = messageMap({
	base: m.symbol_base,
	airbase: m.symbol_airbase,
	'range-radar': m.symbol_range_radar,
	peacekeeping: m.symbol_peacekeeping,
	nuclear: m.symbol_nuclear,
	conflict: m.symbol_conflict,
	event: m.symbol_event,
	territory: m.symbol_territory
});

/** One row of an export's pin key: a symbol shown on the map, its name and how many show. */
export interface PinKeyItem {
	symbol: PinSymbol;
	label: string;
	count: number;
}

/** The symbols the map shows (active or dimmed past), in the legend's order, with their names. */
export function pinKey(places: readonly Place[], visibility: ReadonlyMap<string, Visibility>): PinKeyItem[] {
	const counts = new Map<PinSymbol, number>();
	for (const p of places) if ((visibility.get(p.id) ?? 'hidden') !== 'hidden') counts.set(p.symbol, (counts.get(p.symbol) ?? 0) + 1);
	return SYMBOLS.filter((s) => counts.has(s)).map((symbol) => ({ symbol, label: SYMBOL_LABEL[symbol], count: counts.get(symbol)! }));
}
