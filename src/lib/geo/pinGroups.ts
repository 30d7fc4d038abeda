/**
 * Pins that would overlap on screen are drawn as one badge with a count, on both maps, so a
 * crowd of pins does not hide a small state's colour. Zooming in separates them again.
 */
import { compareCodes } from '$lib/domain/text';
import type { Box } from './labelPlacement';

export interface ScreenPin {
	id: string;
	x: number;
	y: number;
}

/**
 * Two or more pins drawn as one badge; ids in a fixed order. The badge sits at (x, y): the pins'
 * centre, or beside it (see `placeBadges`), when `centre` says where the pins are.
 */
export interface PinGroup {
	ids: string[];
	x: number;
	y: number;
	centre?: { x: number; y: number };
}

/** A badge's diameter in CSS px: a 24 px target, readable on a projector. */
export const BADGE_PX = 24;
/** Badges keep this far apart, centre to centre, so none covers part of another (target size). */
const BADGE_SPACING = BADGE_PX + 4;

/**
 * Groups pins whose centres lie within `radius` px of another pin of the group (chains join).
 * Deterministic: the result depends only on the pins given, not on their order, so a year step
 * that shows the same pins gives the same groups.
 */
export function groupPins(pins: readonly ScreenPin[], radius: number): { singles: string[]; groups: PinGroup[] } {
	const sorted = [...pins].sort((a, b) => compareCodes(a.id, b.id));
	const parent = sorted.map((_, i) => i);
	const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i])));
	for (let i = 0; i < sorted.length; i++)
		for (let j = i + 1; j < sorted.length; j++)
			if (Math.hypot(sorted[i].x - sorted[j].x, sorted[i].y - sorted[j].y) < radius) parent[root(j)] = root(i);
	const members = new Map<number, ScreenPin[]>();
	sorted.forEach((p, i) => members.set(root(i), [...(members.get(root(i)) ?? []), p]));
	const singles: string[] = [];
	const groups: PinGroup[] = [];
	for (const g of members.values()) {
		if (g.length === 1) singles.push(g[0].id);
		else
			groups.push({
				ids: g.map((p) => p.id),
				x: g.reduce((s, p) => s + p.x, 0) / g.length,
				y: g.reduce((s, p) => s + p.y, 0) / g.length
			});
	}
	return { singles, groups };
}

/** The box a badge takes on screen: state names keep clear of it as of a pin. */
export function badgeBox(g: PinGroup): Box {
	const half = BADGE_PX / 2;
	return [g.x - half, g.y - half, g.x + half, g.y + half];
}

/** Where a badge may go, in order of preference: on its pins, else one badge-width away. */
const SPOTS: [number, number][] = [
	[0, 0],
	[0, -1],
	[1, 0],
	[-1, 0],
	[0, 1],
	[1, -1],
	[-1, -1],
	[1, 1],
	[-1, 1]
];
/** Points of a badge sampled for what it would cover: its middle and eight around its edge. */
const SAMPLES: [number, number][] = SPOTS.map(([dx, dy]) => [(dx * BADGE_PX) / 2.5, (dy * BADGE_PX) / 2.5]);

/**
 * Moves a badge whose pins sit on a state too small to show around it (Armenia at the home view)
 * off the states whose colour matters: `statusAt(x, y)` names the state with a status this year
 * there, or null. A badge on a large state, or on none, stays on its pins. Ids are unchanged.
 */
export function placeBadges(groups: readonly PinGroup[], statusAt: (x: number, y: number) => string | null): PinGroup[] {
	const cost = (x: number, y: number) => SAMPLES.filter(([sx, sy]) => statusAt(x + sx, y + sy) !== null).length;
	const placed: { x: number; y: number }[] = [];
	const free = (x: number, y: number) => placed.every((p) => Math.hypot(p.x - x, p.y - y) >= BADGE_SPACING);
	const place = (g: PinGroup, x: number, y: number): PinGroup => {
		placed.push({ x, y });
		return x === g.x && y === g.y ? g : { ids: g.ids, x, y, centre: { x: g.x, y: g.y } };
	};
	return groups.map((g) => {
		const under = statusAt(g.x, g.y);
		// Large: the state still fills most of a ring around the badge.
		const around = SPOTS.slice(1).filter(([dx, dy]) => statusAt(g.x + dx * BADGE_PX * 1.5, g.y + dy * BADGE_PX * 1.5) === under);
		if ((under === null || around.length >= 5) && free(g.x, g.y)) return place(g, g.x, g.y);
		let best = { cost: Infinity, x: g.x, y: g.y };
		for (const [dx, dy] of SPOTS) {
			// Never on a badge placed already: one would hide part of the other.
			const x = g.x + dx * BADGE_SPACING;
			const y = g.y + dy * BADGE_SPACING;
			if (!free(x, y)) continue;
			const c = under === null || around.length >= 5 ? 0 : cost(x, y);
			if (c < best.cost) best = { cost: c, x, y };
			if (c === 0) break;
		}
		return place(g, best.x, best.y);
	});
}
