/**
 * "Export PNG" of the current view: the drawn map (either map's snapshot) with the title, the
 * year, the legend and the sources, saved as a download. Loaded only when a reader exports.
 */
import { sources } from '$lib/data/atlasData';
import { STATUSES, STATUS_LABEL, type Status } from '$lib/domain/status';
import { STATUS_COLOR } from '$lib/palette';
import { composeViewImage, downloadCanvas } from './composePng';

export interface ViewToExport {
	/** The drawn map as pixels. */
	snapshot: () => Promise<HTMLCanvasElement>;
	year: number;
	/** The date the statuses hold on: "31 December 1999", or today's date for the current year. */
	statusOn: string;
	counts: Record<Status, number>;
}

/** Saves the view as csto-atlas-YEAR.png; returns what to tell the reader. */
export async function exportViewPng(view: ViewToExport): Promise<string> {
	let map: HTMLCanvasElement;
	try {
		map = await view.snapshot();
	} catch (e) {
		return `The map could not be exported (${e instanceof Error ? e.message : String(e)}).`;
	}
	const canvas = composeViewImage({
		map,
		title: 'CSTO Atlas: Collective Security Treaty membership',
		subtitle: `Status on ${view.statusOn}. Borders: internationally recognised (Natural Earth).`,
		year: view.year,
		legend: STATUSES.map((s) => ({ color: STATUS_COLOR[s], label: STATUS_LABEL[s], count: view.counts[s] })),
		sourceLine: `Sources: ${sources.map((s) => `${s.id} ${s.publisher.split(' (')[0]}`).join('; ')}.`,
		url: location.href
	});
	const filename = `csto-atlas-${view.year}.png`;
	await downloadCanvas(canvas, filename);
	return `Saved ${filename} (${canvas.width}×${canvas.height}).`;
}
