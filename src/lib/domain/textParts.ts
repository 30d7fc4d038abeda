/** Lines whose names kept in English are marked (for `lang` and the exports): loaded with the panels and exports, not the page. */

/** A piece of a line; `lang: 'en'` marks a name kept as published (a title, a publisher). */
export interface TextPart {
	text: string;
	lang?: 'en';
}

/**
 * A line built with `en(name)` around every name kept in English, as parts: the name's place
 * is marked while the message is written, then the line is cut there.
 */
export function markEnglish(build: (en: (name: string) => string) => string): TextPart[] {
	const names: string[] = [];
	const line = build((name) => `\u0001${names.push(name) - 1}\u0002`);
	return (
		line
			// eslint-disable-next-line no-control-regex -- the markers are control characters no text contains
			.split(/\u0001(\d+)\u0002/)
			.map((text, i): TextPart => (i % 2 ? { text: names[Number(text)], lang: 'en' } : { text }))
			.filter((p) => p.text)
	);
}

export const plainText = (parts: readonly TextPart[]) => parts.map((p) => p.text).join('');
