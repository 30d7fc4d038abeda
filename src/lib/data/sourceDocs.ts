/**
 * The five source documents as data/sources.json describes them, in the page's language (titles
 * and publishers as published). Not in the first download: the footer, citations and exports
 * load it. Built once per language (prerendering renders every language in one process).
 */
import sourcesJson from '../../../data/sources.json';
import type { SourceDoc, SourceDocData } from './schema';
import { getLocale, inLocale, type Locale } from '$lib/i18n/locale';
import { messageMap } from '$lib/i18n/messageMap';
import { m } from '$lib/paraglide/messages';

const byLocale = new Map<Locale, { list: SourceDoc[]; byId: Map<string, SourceDoc> }>();

function data() {
	const locale = getLocale();
	let d = byLocale.get(locale);
	if (!d) {
		const list = inLocale((sourcesJson as unknown as { sources: SourceDocData[] }).sources, locale);
		byLocale.set(locale, (d = { list, byId: new Map(list.map((s) => [s.id, s])) }));
	}
	return d;
}

export const sourceDocs = (): SourceDoc[] => data().list;
export const sourceById = { get: (id: string) => data().byId.get(id) };

/** A source's genre in the page's language. */
export const GENRE_LABEL: Readonly<Record<SourceDoc['genre'], string>> = messageMap({
	blog: m.cite_genre_blog,
	opinion: m.cite_genre_opinion,
	analysis: m.cite_genre_analysis,
	news: m.cite_genre_news,
	'news feed': m.cite_genre_news_feed
});
