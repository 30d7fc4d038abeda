/**
 * Pins at the same spot, like the CSTO events held in Moscow, are fanned out in a ring around
 * it so each stays visible and clickable. Pins that are merely close (Gyumri and Yerevan, the
 * 201st base's two sites) keep their true place; where they overlap on screen, a click lists
 * them all (see the map's pin chooser).
 */
import { compareCodes } from './text';
export interface Spot {
	id: string;
	lon: number;
	lat: number;
}

/** Pixel offsets [dx, dy] per id; pins alone at their spot get [0, 0]. */
export function spreadOffsets(spots: readonly Spot[], radiusDeg = 0.05, stepPx = 11): Map<string, [number, number]> {
	const out = new Map<string, [number, number]>();
	const groups: Spot[][] = [];
	for (const s of [...spots].sort((a, b) => compareCodes(a.id, b.id))) {
		const g = groups.find((grp) => Math.hypot(grp[0].lon - s.lon, grp[0].lat - s.lat) <= radiusDeg);
		if (g) g.push(s);
		else groups.push([s]);
	}
	for (const g of groups) {
		if (g.length === 1) {
			out.set(g[0].id, [0, 0]);
			continue;
		}
		// A ring whose circumference leaves about two pin-widths between neighbours.
		const r = Math.max(stepPx, (g.length * stepPx * 2) / (2 * Math.PI));
		g.forEach((s, i) => {
			const a = (2 * Math.PI * i) / g.length - Math.PI / 2;
			out.set(s.id, [Math.round(r * Math.cos(a)), Math.round(r * Math.sin(a))]);
		});
	}
	return out;
}
