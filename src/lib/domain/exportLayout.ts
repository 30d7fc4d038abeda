/**
 * Where an exported picture's footer puts things: the legend's swatches and labels, wrapped to as
 * many rows as the width needs, then the small lines (the sources, the view's URL), wrapped too.
 * Pure: the caller measures text (a canvas's measureText, or an estimate in tests). All sizes are
 * at scale 1 and grow with `scale`, as in the PNG (scale 1) and the video frames (width / 1280).
 */

/** The width of a text in the font the caller set for it, in pixels. */
export type Measure = (text: string) => number;

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface PlacedLegendItem {
	swatch: Box;
	/** Where the label's text starts; `y` is its baseline. */
	text: { x: number; y: number; value: string; width: number };
}

export interface FooterLayout {
	legend: PlacedLegendItem[];
	/** The pin key, from a row of its own under the legend: the box is where the symbol goes. */
	key: PlacedLegendItem[];
	rows: number;
	/** Wrapped small lines, each with its baseline. */
	lines: { y: number; value: string }[];
	/** The footer's height from `top`, margin below included. */
	height: number;
}

/** Sizes at scale 1 (px): margins, swatch, gaps, line spacing. */
export const FOOTER = {
	margin: 20,
	firstBaseline: 30,
	rowStep: 26,
	swatch: 16,
	swatchGap: 6,
	itemGap: 22,
	linesGap: 30,
	lineStep: 22,
	bottom: 20
} as const;

/** Words into lines no wider than `maxWidth`; a word longer than a line gets a line of its own. */
export function wrapText(text: string, measure: Measure, maxWidth: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && measure(next) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * The footer of an export `width` px wide whose top is at `top`: legend items ("label (count)")
 * in rows, the pin key's items ("Military base (3)") from a new row, then the small texts.
 * `measureLegend` and `measureSmall` measure in the two fonts.
 */
export function footerLayout(
	width: number,
	top: number,
	legendTexts: readonly string[],
	smallTexts: readonly string[],
	measureLegend: Measure,
	measureSmall: Measure,
	scale = 1,
	keyTexts: readonly string[] = []
): FooterLayout {
	const s = (v: number) => v * scale;
	const left = s(FOOTER.margin);
	const right = width - s(FOOTER.margin);
	let row = -1;
	// Items after one another, a new row when the next would not fit; each group starts a row.
	const place = (texts: readonly string[]): PlacedLegendItem[] => {
		let x = left;
		return texts.map((value, i) => {
			const textWidth = measureLegend(value);
			const itemWidth = s(FOOTER.swatch + FOOTER.swatchGap) + textWidth;
			if (i === 0 || (x > left && x + itemWidth > right)) {
				row++;
				x = left;
			}
			const y = top + s(FOOTER.firstBaseline + row * FOOTER.rowStep);
			const item = {
				swatch: { x, y: y - s(13), width: s(FOOTER.swatch), height: s(FOOTER.swatch) },
				text: { x: x + s(FOOTER.swatch + FOOTER.swatchGap), y, value, width: textWidth }
			};
			x += itemWidth + s(FOOTER.itemGap);
			return item;
		});
	};
	const legend = place(legendTexts);
	const key = place(keyTexts);
	const rows = row + 1;
	const legendBottom = top + s(FOOTER.firstBaseline + (rows - 1) * FOOTER.rowStep);
	const wrapped = smallTexts.flatMap((t) => wrapText(t, measureSmall, right - left));
	const lines = wrapped.map((value, i) => ({ value, y: legendBottom + s(FOOTER.linesGap + i * FOOTER.lineStep) }));
	const last = lines.length ? lines[lines.length - 1].y : legendBottom;
	return { legend, key, rows, lines, height: Math.ceil(last - top + s(FOOTER.bottom)) };
}

/** "Member (6)": what a legend item says in an export. */
export const legendText = (e: { label: string; count: number }) => `${e.label} (${e.count})`;
