/**
 * Where an SVG map draws its pins: projected once per map size, moved by the camera in screen space
 * (so a pin keeps its size while the map zooms), and gathered into badges where they overlap.
 */
import type { Place, Visibility } from '$lib/domain/places';
import type { Box } from '$lib/geo/labelPlacement';
import { OVERLAP_PX, type PinLayout } from '$lib/geo/pinLayout';
import { badgeBox, groupPins, placeBadges, type PinGroup } from '$lib/geo/pinGroups';
import type { ProjectedMap } from './paths';
import { applyTransform, type ViewTransform } from './viewTransform';
import { Remembered } from '$lib/geo/remembered';

export interface ScreenPin {
	readonly p: Place;
	/** The symbol's centre, in the map's CSS px. */
	readonly xy: [number, number];
}
interface BasePin {
	readonly p: Place;
	readonly at: [number, number];
	readonly offset: readonly [number, number];
}

/** Pins at the map's base scale, with the spread that keeps pins at one spot apart. */
export function basePins(map: ProjectedMap, layout: PinLayout): BasePin[] {
	return layout.pins.flatMap((p) => {
		const at = map.project([p.location.lon, p.location.lat]);
		return at ? [{ p, at, offset: layout.offsets.get(p.id) ?? ([0, 0] as const) }] : [];
	});
}

/** The pins within the map (give or take a symbol), where the camera puts them. */
export function pinsOnScreen(
	base: readonly BasePin[],
	view: ViewTransform,
	pinScale: number,
	size: number,
	map: { width: number; height: number }
): ScreenPin[] {
	return base
		.map(({ p, at, offset }) => {
			const [x, y] = applyTransform(view, at);
			return { p, xy: [x + offset[0] * pinScale, y + offset[1] * pinScale] as [number, number] };
		})
		.filter(({ xy }) => xy[0] >= -size && xy[0] <= map.width + size && xy[1] >= -size && xy[1] <= map.height + size);
}

/** The pins a year shows (past ones dimmed count too). */
export function shownPins(pins: readonly ScreenPin[], visibility: ReadonlyMap<string, Visibility> | undefined): ScreenPin[] {
	return pins.filter(({ p }) => (visibility?.get(p.id) ?? 'hidden') !== 'hidden');
}

/** What the names keep clear of: the shown pins drawn on their own, and the badges. */
export function pinObstacles(shown: readonly ScreenPin[], groups: readonly PinGroup[], size: number): Box[] {
	const grouped = new Set(groups.flatMap((g) => g.ids));
	return [
		...shown
			.filter(({ p }) => !grouped.has(p.id))
			.map(({ xy }): Box => [xy[0] - size / 2, xy[1] - size / 2, xy[0] + size / 2, xy[1] + size / 2]),
		...groups.map(badgeBox)
	];
}

/** Badges for the shown pins that overlap, placed off the named states so that their colour shows. */
export function pinBadges(
	shown: readonly ScreenPin[],
	size: number,
	map: ProjectedMap,
	view: ViewTransform,
	named: ReadonlySet<string>
): PinGroup[] {
	const grouped = groupPins(
		shown.map(({ p, xy }) => ({ id: p.id, x: xy[0], y: xy[1] })),
		size
	).groups;
	return placeBadges(grouped, (x, y) => {
		const iso = map.stateAt([(x - view.x) / view.k, (y - view.y) / view.k]);
		return iso && named.has(iso) ? iso : null;
	});
}

/**
 * `pinBadges` with a memory of the last `size` results: the years come back to the same pins and
 * named states, and the same inputs give the same array (so nothing downstream runs again). A new
 * map starts it afresh; the view and the pin size are part of the key.
 */
export function rememberedPinBadges(size = 48): typeof pinBadges {
	const remembered = new Remembered<PinGroup[]>(size);
	let mapOf: ProjectedMap | null = null;
	return (shown, pinSize, map, view, named) => {
		if (map !== mapOf) remembered.clear();
		mapOf = map;
		const key = [
			pinSize,
			view.x,
			view.y,
			view.k,
			shown.map(({ p, xy }) => `${p.id}@${Math.round(xy[0] * 10)},${Math.round(xy[1] * 10)}`).join(),
			[...named].sort().join()
		].join('|');
		return remembered.get(key, () => pinBadges(shown, pinSize, map, view, named));
	};
}

/** A clicked pin and the drawn pins whose symbols overlap it: offered together, as on the detailed map. */
export function pinsAtClick(drawn: readonly ScreenPin[], id: string, xy: [number, number], size: number): string[] {
	const reach = size / 2 + OVERLAP_PX;
	const near = drawn.filter(({ xy: q }) => Math.hypot(q[0] - xy[0], q[1] - xy[1]) <= reach);
	return [id, ...near.map(({ p }) => p.id).filter((x) => x !== id)];
}
