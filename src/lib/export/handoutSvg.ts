/**
 * The handout as one vector SVG file: the same sheet as the print view, placed by the same
 * layout (mm), with the same projected small-map paths. Text stays text; nothing is rendered
 * from HTML. Each state's outline is written once in <defs> and reused by every map.
 */
import { handoutLayout, wrapText, type Paper, type Box } from '$lib/domain/handout';
import type { HandoutLines } from '$lib/text/handoutText';
import { m } from '$lib/paraglide/messages';
import { COUNTRY_BORDER, LINKED_OUTLINE } from '$lib/geo/theme';
import { OCEAN_COLOR, OTHER_LAND_COLOR } from '$lib/domain/palette';
import type { PlacedLabel } from '$lib/geo/labelPlacement';

export interface HandoutMapData {
	year: number;
	/** "6 members". */
	note: string;
	/** Colour per state. */
	fills: ReadonlyMap<string, string>;
	/** Observers and partners of two organisations compared, outlined over the fills. */
	linked?: ReadonlySet<string>;
	changes: readonly string[];
	/** State names placed on the small map (svgmap/mapLabels.ts), in its units. */
	labels?: readonly PlacedLabel[];
}

export interface HandoutSheet {
	paper: Paper;
	texts: HandoutLines;
	legend: readonly { color: string; label: string }[];
	maps: readonly HandoutMapData[];
	/** The projected small map (the same paths the print view draws). */
	shapes: { width: number; height: number; countries: readonly { iso3: string; d: string }[] };
	/** The names' size in the small map's units (as placed). */
	labelSize?: number;
}

const FONT = "'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
/** Average width of a character, in ems: enough to wrap lines without measuring text. */
const CHAR_EM = 0.52;

function escapeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const n = (v: number) => String(Math.round(v * 100) / 100);

function text(x: number, y: number, size: number, content: string, extra = ''): string {
	return `<text x="${n(x)}" y="${n(y)}" font-size="${n(size)}"${extra}>${escapeText(content)}</text>`;
}

/** Wrapped lines from the top of a box (the layout leaves room for them all). */
function lines(box: Box, size: number, content: readonly string[], extra = ''): string[] {
	const maxChars = Math.max(8, Math.floor(box.w / (size * CHAR_EM)));
	const wrapped = content.flatMap((c) => wrapText(c, maxChars));
	return wrapped.map((line, i) => text(box.x, box.y + size + i * size * 1.3, size, line, extra));
}

export function handoutSvg(sheet: HandoutSheet): string {
	const { shapes, texts } = sheet;
	const layout = handoutLayout(sheet.maps.length, sheet.paper, shapes.width / shapes.height);
	const { width, height, header, footer, type } = layout;
	const out: string[] = [];
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}mm" height="${n(height)}mm" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${escapeText(FONT)}" fill="#111">`,
		`<title>${escapeText(texts.title)}</title>`
	);
	// Every map has the same size, so one scale and one stroke width serve all of them.
	const scale = layout.cells.length ? layout.cells[0].map.w / shapes.width : 1;
	out.push('<defs>', `<clipPath id="map-clip"><rect width="${shapes.width}" height="${shapes.height}"/></clipPath>`);
	out.push(`<g id="outlines" stroke="${COUNTRY_BORDER}" stroke-width="${n(0.25 / scale)}" stroke-linejoin="round">`);
	shapes.countries.forEach((c, i) => out.push(`<path id="s${i}" d="${c.d}"/>`));
	out.push('</g>', '</defs>');
	out.push(`<rect width="${n(width)}" height="${n(height)}" fill="#fff"/>`);

	out.push(text(header.x, header.y + type.title, type.title, texts.title, ' font-weight="700"'));
	out.push(text(header.x, header.y + type.title + type.meta * 1.6, type.meta, texts.made, ' fill="#444"'));

	sheet.maps.forEach((map, i) => {
		const cell = layout.cells[i];
		out.push(`<g class="small-map" data-year="${map.year}">`);
		const baseline = cell.title.y + type.year;
		out.push(text(cell.title.x, baseline, type.year, String(map.year), ' font-weight="800"'));
		if (map.note) out.push(text(cell.title.x + type.year * 2.9, baseline, type.change, map.note, ' fill="#444"'));
		out.push(`<g transform="translate(${n(cell.map.x)} ${n(cell.map.y)}) scale(${scale.toFixed(5)})" clip-path="url(#map-clip)">`);
		out.push(`<rect width="${shapes.width}" height="${shapes.height}" fill="${OCEAN_COLOR}"/>`);
		shapes.countries.forEach((c, j) =>
			out.push(`<use href="#s${j}" data-iso="${escapeText(c.iso3)}" fill="${map.fills.get(c.iso3) ?? OTHER_LAND_COLOR}"/>`)
		);
		// Outlines after every fill, so neighbours' borders do not cut through them.
		shapes.countries.forEach((c, j) => {
			if (map.linked?.has(c.iso3))
				out.push(
					`<use href="#s${j}" data-linked="${escapeText(c.iso3)}" fill="none" stroke="${LINKED_OUTLINE.color}" stroke-width="${n((LINKED_OUTLINE.width * 0.5) / scale)}"/>`
				);
		});
		out.push('</g>');
		out.push(...mapLabels(map.labels ?? [], cell.map, scale, sheet.labelSize ?? 13));
		out.push(
			`<rect x="${n(cell.map.x)}" y="${n(cell.map.y)}" width="${n(cell.map.w)}" height="${n(cell.map.h)}" fill="none" stroke="#888" stroke-width="0.25"/>`
		);
		out.push(
			...lines(
				cell.changes,
				type.change,
				map.changes.length ? map.changes : [m.handout_no_change()],
				map.changes.length ? '' : ' fill="#555"'
			)
		);
		out.push('</g>');
	});

	// The shared legend, then the year rule and the sources.
	let x = footer.x;
	const legendY = footer.y + type.footer * 1.4;
	for (const e of sheet.legend) {
		out.push(
			`<rect x="${n(x)}" y="${n(legendY - type.footer * 1.05)}" width="${n(type.footer * 1.4)}" height="${n(type.footer * 1.4)}" fill="${e.color}" stroke="#555" stroke-width="0.2"/>`
		);
		out.push(text(x + type.footer * 2, legendY, type.footer * 1.15, e.label));
		x += type.footer * 2 + e.label.length * type.footer * 1.15 * CHAR_EM + 6;
	}
	const below: Box = { x: footer.x, y: legendY + type.footer * 0.8, w: footer.w, h: footer.h - type.footer * 2.2 };
	out.push(...lines(below, type.footer, [texts.rule, texts.sources], ' fill="#333"'));
	out.push('</svg>');
	return out.join('\n');
}

/** Names and leader lines in sheet millimetres, white-haloed like the map's. */
function mapLabels(labels: readonly PlacedLabel[], at: Box, scale: number, size: number): string[] {
	const x = (v: number) => n(at.x + v * scale);
	const y = (v: number) => n(at.y + v * scale);
	const halo = ` font-weight="700" text-anchor="middle" dominant-baseline="central" stroke="#fff" stroke-width="${n(0.6)}" paint-order="stroke"`;
	return labels.flatMap(({ text: t, xy, leader }) => [
		...(leader
			? [
					`<line x1="${x(leader.from[0])}" y1="${y(leader.from[1])}" x2="${x(leader.to[0])}" y2="${y(leader.to[1])}" stroke="#111" stroke-width="0.2"/>`
				]
			: []),
		`<text x="${x(xy[0])}" y="${y(xy[1])}" font-size="${n(size * scale)}"${halo}>${escapeText(t)}</text>`
	]);
}

/** The file's name: "csto-handout-1992-2026-a4.svg". */
export function handoutFileName(years: readonly number[], paper: Paper): string {
	return `csto-handout-${years[0] ?? ''}-${years[years.length - 1] ?? ''}-${paper}.svg`;
}
