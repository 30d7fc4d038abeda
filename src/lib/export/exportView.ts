/**
 * "Export PNG" of the current view: the drawn map (either map's snapshot) with the title, the
 * year, the legend and the sources, all read from the scene the map shows. Loaded only when a
 * reader exports.
 */
import { sourceDocs } from '$lib/data/sourceDocs';
import type { Scene } from '$lib/domain/scene';
import type { Place } from '$lib/domain/places';
import { pinKey } from '$lib/text/symbolLabels';
import { sourceLineText, type CitedDoc } from '$lib/text/sourceLine';
import { m } from '$lib/paraglide/messages';
import { orgTitle } from '$lib/text/orgLabels';
import { composeViewImage } from './composePng';
import { downloadCanvas } from './download';

/** The picture's title: the organisations shown (issue 25), or the CSTO's treaty. */
export const exportTitle = (scene: Pick<Scene, 'org'>) =>
	orgTitle(scene.org, {}, m.org_title_export_one, m.org_title_export_pair) ?? m.export_title();
export const exportSubtitle = (scene: Pick<Scene, 'statusOn'>) => m.export_subtitle({ date: scene.statusOn, dataset: 'Natural Earth' });
/** Each document by its short title, outlet and date (the line the handout and the embed carry too). */
export const sourceLine = (docs: readonly CitedDoc[] = sourceDocs()) => sourceLineText(docs);

/** Saves the view as csto-atlas-YEAR.png, its pins keyed from `places`; returns what to tell the reader. */
export async function exportViewPng(snapshot: () => Promise<HTMLCanvasElement>, scene: Scene, places: readonly Place[]): Promise<string> {
	let map: HTMLCanvasElement;
	try {
		map = await snapshot();
	} catch (e) {
		return m.export_failed({ error: e instanceof Error ? e.message : String(e) });
	}
	const canvas = composeViewImage({
		map,
		title: exportTitle(scene),
		subtitle: exportSubtitle(scene),
		year: scene.year,
		legend: scene.legend.map(({ color, label, count }) => ({ color, label, count })),
		pinKey: pinKey(places, scene.pins),
		sourceLine: sourceLine(),
		url: location.href
	});
	const filename = `csto-atlas-${scene.year}.png`;
	await downloadCanvas(canvas, filename);
	return m.export_saved_png({ filename, size: `${canvas.width}×${canvas.height}` });
}
