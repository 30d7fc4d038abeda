/**
 * The embed view's links: the <iframe> snippet a teacher pastes into a learning platform, and
 * the link from an embed back to the full app (fullAppQuery, in urlState.ts: the page needs it
 * at start). Pure: no DOM.
 */
import { writeUrlView } from './urlState';

export type EmbedView = Parameters<typeof writeUrlView>[1];

/** The embed's address for a view: the app's own address (no query) plus the view and embed=1. */
export function embedUrl(appUrl: string, view: EmbedView): string {
	const params = writeUrlView(new URLSearchParams(), { ...view, view: 'map', tour: null });
	params.set('embed', '1');
	return `${appUrl}?${params.toString()}`;
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The <iframe> element to paste; every value is escaped, so a hostile title or URL stays text. */
export function iframeSnippet(src: string, size: { width: string; height: string }, title: string): string {
	const attrs = [
		['src', src],
		['width', size.width],
		['height', size.height],
		['title', title],
		['style', 'border:0'],
		['loading', 'lazy'],
		['allow', 'fullscreen']
	];
	return `<iframe ${attrs.map(([k, v]) => `${k}="${escapeAttribute(v)}"`).join(' ')}></iframe>`;
}
