import { describe, expect, it } from 'vitest';
import { readInlineStateNames, stateNamesScript, STATE_NAMES_ID, withStateNames } from '../../src/lib/data/inlineStateNames';

/** Just enough of a document: <html lang> and the data block's text. */
function fakeDocument(lang: string, blockText: string | null) {
	return {
		documentElement: { lang } as HTMLElement,
		getElementById: (id: string) => (id === STATE_NAMES_ID && blockText !== null ? ({ textContent: blockText } as HTMLElement) : null)
	};
}

describe("the page's state names, inline", () => {
	it('go into the head as a JSON data block, before </head>', () => {
		const html = withStateNames('<html><head><title>x</title></head><body></body></html>', { KAZ: 'Казахстан' });
		expect(html).toBe(
			`<html><head><title>x</title><script type="application/json" id="${STATE_NAMES_ID}">{"KAZ":"Казахстан"}</script></head><body></body></html>`
		);
	});

	it('cannot close the element, whatever a name holds', () => {
		const script = stateNamesScript({ XXX: '</script><script>alert(1)</script>' });
		expect(script.match(/<\/script>/g)).toHaveLength(1);
		const json = script.slice(script.indexOf('>') + 1, script.lastIndexOf('</script>'));
		expect(JSON.parse(json)).toEqual({ XXX: '</script><script>alert(1)</script>' });
	});

	it('leave a page without a head as it is', () => {
		expect(withStateNames('<p>fragment</p>', { KAZ: 'Kazakhstan' })).toBe('<p>fragment</p>');
	});

	it("are read back under the page's language only", () => {
		const html = withStateNames('<head></head>', { KGZ: 'Кыргызстан' });
		const text = /<script[^>]*>(.*)<\/script>/.exec(html)![1];
		expect(readInlineStateNames(fakeDocument('ru', text))).toEqual({ ru: { KGZ: 'Кыргызстан' } });
	});

	it('fall back to no names when the block is missing or broken', () => {
		expect(readInlineStateNames(fakeDocument('en', null))).toEqual({ en: {} });
		expect(readInlineStateNames(fakeDocument('en', '{broken'))).toEqual({ en: {} });
	});
});
