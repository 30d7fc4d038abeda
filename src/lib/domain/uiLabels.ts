/**
 * Words for the controls' and the sources' fixed values, in the page's language; small, for the
 * first download (the places' kinds are in kindLabels.ts, which loads with the places' panels).
 */
import { m } from '$lib/paraglide/messages';
import { messageMap } from '$lib/i18n/messageMap';
import type { Speed } from './timelineController';
import type { SourceDoc } from '$lib/data/schema';

export const SPEED_LABEL: Readonly<Record<Speed, string>> = messageMap({
	slow: m.speed_slow,
	normal: m.speed_normal,
	fast: m.speed_fast
});

export const GENRE_LABEL: Readonly<Record<SourceDoc['genre'], string>> = messageMap({
	blog: m.cite_genre_blog,
	opinion: m.cite_genre_opinion,
	analysis: m.cite_genre_analysis,
	news: m.cite_genre_news,
	'news feed': m.cite_genre_news_feed
});
