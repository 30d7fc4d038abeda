/**
 * The source line every export carries (the PNG, the video, the handout and the embed): each
 * document named as a reader recognises it, by a short title, its outlet and its date, e.g.
 * "Sources: 000, 001 “What is the Collective Security Treaty Organization?” (personal blog,
 * January 2022); 002 CSTO news feed (Strategic Culture Foundation, 10 April 2022); …". Names kept
 * as published are marked English, so a page in another language can say so. Pure: no DOM.
 */
import type { SourceDoc } from '$lib/data/schema';
import { formatPartialDate } from '$lib/i18n/format';
import { m } from '$lib/paraglide/messages';
import { markEnglish, plainText, type TextPart } from '$lib/domain/textParts';

type CiteName = SourceDoc['cite']['title'];
export type CitedDoc = Pick<SourceDoc, 'id' | 'cite' | 'date'>;

/** One document (or several identical ones: 001 is 000's first post) as "000, 001 “Title” (outlet, date)". */
function docText(ids: readonly string[], d: CitedDoc, en: (name: string) => string): string {
	const name = (n: CiteName) => ('published' in n ? en(n.published) : n.ours);
	const title = 'published' in d.cite.title ? m.source_title_published({ title: name(d.cite.title) }) : name(d.cite.title);
	return m.source_cite_doc({ ids: ids.join(', '), title, outlet: name(d.cite.outlet), date: formatPartialDate(d.date) });
}

/** "Sources: …" in parts; documents with the same title, outlet and date are named once. */
export function sourceLineParts(docs: readonly CitedDoc[]): TextPart[] {
	const groups = new Map<string, { ids: string[]; doc: CitedDoc }>();
	for (const d of docs) {
		const key = JSON.stringify([d.cite, d.date]);
		const group = groups.get(key);
		if (group) group.ids.push(d.id);
		else groups.set(key, { ids: [d.id], doc: d });
	}
	return markEnglish((en) => `${m.export_sources_label()} ${[...groups.values()].map((g) => docText(g.ids, g.doc, en)).join('; ')}.`);
}

/** The same line as plain text (the canvas exports draw this). */
export const sourceLineText = (docs: readonly CitedDoc[]) => plainText(sourceLineParts(docs));
