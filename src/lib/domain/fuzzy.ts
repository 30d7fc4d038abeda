/**
 * Small typos in search: "Armenai", "Kazakstan", "Bishkec". Optimal string alignment distance
 * (Levenshtein plus swapped neighbours), pure and small; the index is a few hundred short names.
 */

/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`; stops early above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let before: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
			row.push(d);
			best = Math.min(best, d);
		}
		if (best > max) return max + 1;
		before = prev;
		prev = row;
	}
	return prev[b.length];
}

/** Typos forgiven in a typed word: none under five letters, one up to seven, two from eight. */
export function typosAllowed(word: string): number {
	return word.length < 5 ? 0 : word.length < 8 ? 1 : 2;
}

/**
 * Whether a typed word is a near miss for one of a record's words, whole or as its beginning
 * (a name still being typed: "Armena" for "Armenia").
 */
export function nearMiss(word: string, tokens: readonly string[]): boolean {
	const max = typosAllowed(word);
	if (!max) return false;
	return tokens.some(
		(t) =>
			t.length >= 4 &&
			(editDistance(word, t, max) <= max || (t.length > word.length && editDistance(word, t.slice(0, word.length), max) <= max))
	);
}
