/**
 * The page's state names travel inside the prerendered page, as a JSON data block (issue 26: one
 * language per page). The JavaScript is the same for every language, so names bundled into it
 * would bring every language to every page; the page knows its own. A data block is never run,
 * so the page's CSP (script-src by hash) does not apply to it.
 */
export const STATE_NAMES_ID = 'atlas-state-names';

/** The data block for the page's names, to go into its <head>. */
export function stateNamesScript(names: Readonly<Record<string, string>>): string {
	// "<" escaped, so no name can ever close the element.
	const json = JSON.stringify(names).replace(/</g, '\\u003c');
	return `<script type="application/json" id="${STATE_NAMES_ID}">${json}</script>`;
}

/** Adds the data block just before </head>; a page without a head is returned as it is. */
export function withStateNames(html: string, names: Readonly<Record<string, string>>): string {
	const at = html.indexOf('</head>');
	return at < 0 ? html : html.slice(0, at) + stateNamesScript(names) + html.slice(at);
}

/** In the browser: language → ISO alpha-3 → name, for the page's language only. */
export function readInlineStateNames(doc: Pick<Document, 'documentElement' | 'getElementById'>): Record<string, Record<string, string>> {
	const text = doc.getElementById(STATE_NAMES_ID)?.textContent;
	let names: Record<string, string> = {};
	try {
		if (text) names = JSON.parse(text) as Record<string, string>;
	} catch {
		// A broken block leaves the ISO codes and the data's own names (atlasData's fallbacks).
	}
	return { [doc.documentElement.lang]: names };
}
