/**
 * "Export PNG" of the current view: the drawn map (either map's snapshot) with the title, the
 * year, the legend and the sources, all read from the scene the map shows. Loaded only when a
 * reader exports.
 */
import { sources } from '$lib/data/atlasData';
import type { Scene } from '$lib/domain/scene';
import { composeViewImage, downloadCanvas } from './composePng';

export const EXPORT_TITLE = 'CSTO Atlas: Collective Security Treaty membership';
export const exportSubtitle = (scene: Scene) => `Status on ${scene.statusOn}. Borders: internationally recognised (Natural Earth).`;
export const sourceLine = () => `Sources: ${sources.map((s) => `${s.id} ${s.publisher.split(' (')[0]}`).join('; ')}.`;

/** Saves the view as csto-atlas-YEAR.png; returns what to tell the reader. */
export async function exportViewPng(snapshot: () => Promise<HTMLCanvasElement>, scene: Scene): Promise<string> {
	let map: HTMLCanvasElement;
	try {
		map = await snapshot();
	} catch (e) {
		return `The map could not be exported (${e instanceof Error ? e.message : String(e)}).`;
	}
	const canvas = composeViewImage({
		map,
		title: EXPORT_TITLE,
		subtitle: exportSubtitle(scene),
		year: scene.year,
		legend: scene.legend.map(({ color, label, count }) => ({ color, label, count })),
		sourceLine: sourceLine(),
		url: location.href
	});
	const filename = `csto-atlas-${scene.year}.png`;
	await downloadCanvas(canvas, filename);
	return `Saved ${filename} (${canvas.width}×${canvas.height}).`;
}
