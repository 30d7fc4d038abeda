/**
 * The printable year grid ("Handout"): which years a teacher may pick, the presets, and where
 * everything sits on one landscape page (in millimetres). The print view (HTML) and the downloaded
 * SVG both place their parts from `handoutLayout`, so they are the same page. Pure: no DOM, no
 * words (text/handoutText.ts writes the sheet's lines).
 */
import { wrapText as wrapMeasured } from './exportLayout';

export const MIN_HANDOUT_YEARS = 2;
export const MAX_HANDOUT_YEARS = 9;

export type HandoutPreset = 'turning-points' | 'every-five';

/**
 * A preset's years within [min, max]; "today" is `max`, the current year. `turning`: the years
 * membership changed (text/handoutCaptions.ts, turningPoints), today's year added.
 */
export function presetYears(preset: HandoutPreset, min: number, max: number, turning: readonly number[]): number[] {
	if (preset === 'turning-points') return normaliseYears([...turning, max], min, max);
	// Counted back from today so the current year is always on the sheet; at most nine.
	const years: number[] = [];
	for (let y = max; y >= min && years.length < MAX_HANDOUT_YEARS; y -= 5) years.push(y);
	return years.reverse();
}

/** Sorted, unique, in range, at most nine. */
export function normaliseYears(years: readonly number[], min: number, max: number): number[] {
	const valid = years.filter((y) => Number.isInteger(y) && y >= min && y <= max);
	return [...new Set(valid)].sort((a, b) => a - b).slice(0, MAX_HANDOUT_YEARS);
}

/** Ticks or unticks a year; a tenth year is refused (the choice is returned unchanged). */
export function toggleYear(years: readonly number[], year: number, min: number, max: number): number[] {
	if (years.includes(year)) return years.filter((y) => y !== year);
	if (years.length >= MAX_HANDOUT_YEARS) return [...years];
	return normaliseYears([...years, year], min, max);
}

export type Paper = 'a4' | 'letter';

/** Landscape sheets, in millimetres (text/handoutText.ts names them). */
export const PAPER_SIZE: Record<Paper, { width: number; height: number; css: string }> = {
	a4: { width: 297, height: 210, css: 'A4 landscape' },
	letter: { width: 279.4, height: 215.9, css: 'letter landscape' }
};

/**
 * Columns and rows for n maps on a landscape sheet: as large as the maps can be. Nine go in two
 * rows of five (52 mm wide on A4) rather than three of three (45 mm, short of height).
 */
export function handoutGrid(n: number): { cols: number; rows: number } {
	const cols = n <= 3 ? Math.max(n, 1) : n === 4 ? 2 : n <= 6 ? 3 : n <= 8 ? 4 : 5;
	return { cols, rows: Math.ceil(n / cols) };
}

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface HandoutCell {
	/** The whole cell. */
	box: Box;
	/** The year's title line. */
	title: Box;
	/** The map, with the map's aspect ratio, centred in its row. */
	map: Box;
	/** Where the change lines go. */
	changes: Box;
}

export interface HandoutLayout {
	width: number;
	height: number;
	margin: number;
	header: Box;
	cells: HandoutCell[];
	footer: Box;
	/** Type sizes in mm (1 pt ≈ 0.353 mm). */
	type: { title: number; meta: number; year: number; change: number; footer: number };
}

/** Lines of change text each cell leaves room for (1992 needs two, at the smallest cell). */
export const CHANGE_LINES = 3;

/** Where each part of the sheet goes, in mm from the top left, for n maps of aspect `mapAspect` (w/h). */
export function handoutLayout(n: number, paper: Paper, mapAspect: number): HandoutLayout {
	const { width, height } = PAPER_SIZE[paper];
	const margin = 10;
	const type = { title: 6, meta: 3.2, year: n > 6 ? 4.6 : 5.4, change: 3, footer: 2.6 };
	const header: Box = { x: margin, y: margin, w: width - 2 * margin, h: 13 };
	const footerH = 21;
	const footer: Box = { x: margin, y: height - margin - footerH, w: width - 2 * margin, h: footerH };
	const gap = 4;
	const { cols, rows } = handoutGrid(n);
	const top = header.y + header.h + 2;
	const areaH = footer.y - 2 - top;
	const cellW = (header.w - gap * (cols - 1)) / cols;
	const cellH = (areaH - gap * (rows - 1)) / rows;
	const titleH = type.year * 1.35;
	const changesH = type.change * 1.3 * CHANGE_LINES;
	const changesGap = 0.8;
	// The map keeps its shape: as wide as a cell, or as high as a cell leaves it, whichever is less.
	const mapW = Math.min(cellW, (cellH - titleH - changesGap - changesH) * mapAspect);
	const mapH = mapW / mapAspect;
	const contentH = titleH + mapH + changesGap + changesH;
	// Height the maps do not need is shared out above, between and below the rows, not left as one hole.
	const spare = (areaH - rows * contentH - gap * (rows - 1)) / (rows + 1);
	const cells = Array.from({ length: n }, (_, i): HandoutCell => {
		const col = i % cols;
		const row = Math.floor(i / cols);
		const box: Box = { x: margin + col * (cellW + gap), y: top + spare + row * (contentH + gap + spare), w: cellW, h: contentH };
		const map: Box = { x: box.x + (box.w - mapW) / 2, y: box.y + titleH, w: mapW, h: mapH };
		return {
			box,
			title: { x: map.x, y: box.y, w: mapW, h: titleH },
			map,
			changes: { x: map.x, y: map.y + mapH + changesGap, w: mapW, h: changesH }
		};
	});
	return { width, height, margin, header, cells, footer, type };
}

/** Breaks text into lines of at most `maxChars` characters (a long word stays whole). */
export const wrapText = (text: string, maxChars: number): string[] => wrapMeasured(text, (t) => t.length, maxChars);
