/** Words for the data's and the controls' fixed values, in the page's language. */
import { m } from '$lib/paraglide/messages';
import { messageMap } from '$lib/i18n/messageMap';
import type { SourceDoc } from '$lib/data/schema';
import type { Speed } from './timelineController';

export const GENRE_LABEL: Readonly<Record<SourceDoc['genre'], string>> = messageMap({
	blog: m.genre_blog,
	opinion: m.genre_opinion,
	analysis: m.genre_analysis,
	news: m.genre_news,
	'news feed': m.genre_news_feed
});

export const SPEED_LABEL: Readonly<Record<Speed, string>> = messageMap({
	slow: m.speed_slow,
	normal: m.speed_normal,
	fast: m.speed_fast
});
