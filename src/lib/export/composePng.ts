/**
 * "Export PNG": the drawn map with a title, the year, the legend and a source line with the
 * view's URL ("cite this view"), composed on a 2D canvas. No network, no HTML rendering.
 */
import { m } from '$lib/paraglide/messages';
import type { PinKeyItem } from '$lib/text/symbolLabels';
import { drawFooter, drawHeading, layoutFooter, uiFontFamily, type LegendItem } from './overlays';

export interface ExportSpec {
	map: HTMLCanvasElement;
	title: string;
	year: number;
	subtitle: string;
	legend: LegendItem[];
	/** The pin symbols the view shows, named. */
	pinKey: readonly PinKeyItem[];
	sourceLine: string;
	url: string;
}

export const EXPORT_HEADER = 86;

export function composeViewImage(spec: ExportSpec): HTMLCanvasElement {
	const width = Math.max(900, spec.map.width);
	const mapHeight = Math.round((spec.map.height / spec.map.width) * width);
	const canvas = document.createElement('canvas');
	const ctx = canvas.getContext('2d')!;
	const family = uiFontFamily();
	// The legend and the source lines wrap to the width; the picture grows to hold them.
	const footer = layoutFooter(
		ctx,
		spec.legend,
		[spec.sourceLine, m.export_cite_view({ url: spec.url })],
		width,
		EXPORT_HEADER + mapHeight,
		1,
		family,
		spec.pinKey
	);
	canvas.width = width;
	canvas.height = EXPORT_HEADER + mapHeight + footer.height;

	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	drawHeading(ctx, spec, width, 1, family);
	ctx.drawImage(spec.map, 0, EXPORT_HEADER, width, mapHeight);
	drawFooter(ctx, footer, spec.legend, width, 1, family, spec.pinKey);
	return canvas;
}
