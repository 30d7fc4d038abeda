/**
 * A path drawn at a place and a scale by moving its numbers, not by a `transform` attribute. In
 * Chromium every SVG element with a transform is a paint chunk of its own. The lite map's ninety
 * pins made every frame that changed anything cost more, and the year step's p95 with it
 * (docs/performance.md, "Pins without transforms"). Knows the commands the pin symbols use.
 */
export interface PathSegment {
	readonly command: string;
	readonly args: readonly number[];
}

/** Numbers per command; a command's numbers may repeat, as `M x y x y` (the rest are lines). */
const ARITY: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, A: 7, Z: 0 };

/** The path's segments, or an error naming what it cannot move (curves, which no symbol uses). */
export function parsePath(d: string): PathSegment[] {
	const tokens = d.match(/[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
	const segments: PathSegment[] = [];
	let i = 0;
	while (i < tokens.length) {
		const command = tokens[i++];
		const arity = ARITY[command.toUpperCase()];
		if (arity === undefined) throw new Error(`placedPath: cannot move the path command "${command}"`);
		if (arity === 0) {
			segments.push({ command, args: [] });
			continue;
		}
		// Repeated numbers after a move are lines, relative after `m`.
		let current = command;
		do {
			const args = tokens.slice(i, i + arity).map(Number);
			if (args.length < arity || args.some(Number.isNaN)) throw new Error(`placedPath: "${command}" lacks numbers`);
			segments.push({ command: current, args });
			i += arity;
			if (current === 'M') current = 'L';
			if (current === 'm') current = 'l';
		} while (i < tokens.length && !/[a-zA-Z]/.test(tokens[i]));
	}
	return segments;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The segments scaled by `scale` about the origin, then moved by (`left`, `top`): what `translate(left top) scale(scale)` would draw. */
export function placePath(segments: readonly PathSegment[], left: number, top: number, scale: number): string {
	const x = (n: number) => round(left + n * scale);
	const y = (n: number) => round(top + n * scale);
	const s = (n: number) => round(n * scale);
	return segments
		.map(({ command, args: a }) => {
			switch (command) {
				case 'M':
				case 'L':
					return `${command}${x(a[0])} ${y(a[1])}`;
				case 'H':
					return `H${x(a[0])}`;
				case 'V':
					return `V${y(a[0])}`;
				case 'A':
					return `A${s(a[0])} ${s(a[1])} ${a[2]} ${a[3]} ${a[4]} ${x(a[5])} ${y(a[6])}`;
				case 'a':
					return `a${s(a[0])} ${s(a[1])} ${a[2]} ${a[3]} ${a[4]} ${s(a[5])} ${s(a[6])}`;
				case 'Z':
				case 'z':
					return 'Z';
				default:
					// m, l, h, v: relative steps only scale.
					return command + a.map(s).join(' ');
			}
		})
		.join('');
}
