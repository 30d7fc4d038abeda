import { describe, expect, it } from 'vitest';
import { parsePath, placePath } from '$lib/svgmap/placedPath';
import { symbolPathAt } from '$lib/svgmap/screenPins';
import { SYMBOL_SVG, SYMBOL_BOX } from '$lib/geo/pinSymbols';

/** The absolute points a path visits (arcs by their end point), to compare two paths' geometry. */
function points(d: string): [number, number][] {
	const out: [number, number][] = [];
	let x = 0;
	let y = 0;
	let start: [number, number] = [0, 0];
	for (const { command, args: a } of parsePath(d)) {
		const rel = command === command.toLowerCase();
		switch (command.toUpperCase()) {
			case 'M':
			case 'L':
				[x, y] = rel ? [x + a[0], y + a[1]] : [a[0], a[1]];
				if (command.toUpperCase() === 'M') start = [x, y];
				break;
			case 'H':
				x = rel ? x + a[0] : a[0];
				break;
			case 'V':
				y = rel ? y + a[0] : a[0];
				break;
			case 'A':
				[x, y] = rel ? [x + a[5], y + a[6]] : [a[5], a[6]];
				break;
			case 'Z':
				[x, y] = start;
		}
		out.push([x, y]);
	}
	return out;
}

describe('a path placed by moving its numbers', () => {
	it('reads repeated numbers after a move as lines, relative after m', () => {
		expect(parsePath('M1 2 3 4m5 6 7 8z').map((s) => s.command)).toEqual(['M', 'L', 'm', 'l', 'z']);
	});
	it('draws what translate(left top) scale(s) would, for every pin symbol', () => {
		for (const [symbol, { d }] of Object.entries(SYMBOL_SVG)) {
			const placed = points(placePath(parsePath(d), 100, 50, 0.75));
			const expected = points(d).map(([x, y]) => [100 + x * 0.75, 50 + y * 0.75]);
			expect(placed.length, symbol).toBe(expected.length);
			placed.forEach(([x, y], i) => {
				expect(x, symbol).toBeCloseTo(expected[i][0], 1);
				expect(y, symbol).toBeCloseTo(expected[i][1], 1);
			});
		}
	});
	it('scales an arc’s radii and keeps its flags', () => {
		expect(placePath(parsePath('M12 4.5a7.5 7.5 0 1 0 0.01 0z'), 0, 0, 2)).toBe('M24 9a15 15 0 1 0 0.02 0Z');
	});
	it('centres a pin’s symbol on its point at its size', () => {
		// The base's square, 5..19 in a 24 box: at 48 px centred on (100, 100) it spans 86..114.
		const xs = points(symbolPathAt('base', [100, 100], 2 * SYMBOL_BOX)).map(([x]) => x);
		expect(Math.min(...xs)).toBe(86);
		expect(Math.max(...xs)).toBe(114);
	});
	it('refuses a command it cannot move rather than drawing it wrong', () => {
		expect(() => parsePath('M0 0C1 1 2 2 3 3')).toThrow(/cannot move the path command "C"/);
	});
});
