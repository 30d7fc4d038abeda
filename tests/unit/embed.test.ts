import { describe, expect, it } from 'vitest';
import { parseUrlView, writeUrlView } from '$lib/domain/urlState';
import { embedUrl, iframeSnippet, escapeAttribute } from '$lib/domain/embed';
import { fullAppQuery } from '$lib/domain/urlState';
import { EMBED_SIZES } from '$lib/text/embedSizes';

const opts = { minYear: 1991, maxYear: 2026, knownIso3: new Set(['UZB', 'ARM']), knownSymbols: ['base', 'conflict'] };
const parse = (q: string) => parseUrlView(new URLSearchParams(q), opts);

describe('the embed flag in the URL', () => {
	it('is on only for embed=1', () => {
		expect(parse('embed=1').embed).toBe(true);
		for (const q of ['', 'embed=0', 'embed=true', 'embed=', 'embed=1x', `embed=${'1'.repeat(5000)}`, 'EMBED=1'])
			expect(parse(q).embed).toBe(false);
		// The first of duplicates counts, as for every parameter.
		expect(parse('embed=1&embed=0').embed).toBe(true);
	});
	it('is kept when the app writes its view', () => {
		const next = writeUrlView(new URLSearchParams('embed=1&year=2000'), { year: 2012, country: 'UZB', view: 'map' });
		expect(next.get('embed')).toBe('1');
		expect(next.get('year')).toBe('2012');
	});
});

describe('the iframe snippet', () => {
	const view = { year: 2012, country: 'UZB', view: 'table' as const, place: null, hide: ['conflict', 'base'], past: true, tour: 3 };

	it('holds the view (year, country, filters) and embed=1, never a tab or tour', () => {
		const url = new URL(embedUrl('https://school.example/atlas/', view));
		expect(url.origin + url.pathname).toBe('https://school.example/atlas/');
		expect(Object.fromEntries(url.searchParams)).toEqual({ year: '2012', country: 'UZB', hide: 'base,conflict', past: '1', embed: '1' });
	});
	it('escapes every attribute', () => {
		const snippet = iframeSnippet('https://x.example/?a=1&b="2"<script>', EMBED_SIZES[0], 'A "quoted" <b>title</b> & more');
		expect(snippet).toBe(
			'<iframe src="https://x.example/?a=1&amp;b=&quot;2&quot;&lt;script&gt;" width="800" height="600" title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more" style="border:0" loading="lazy" allow="fullscreen"></iframe>'
		);
		expect(escapeAttribute(`'&"<>`)).toBe(`'&amp;&quot;&lt;&gt;`);
	});
	it('a pasted snippet parses back to the same address', () => {
		const src = embedUrl('https://school.example/atlas/', view);
		const snippet = iframeSnippet(src, { width: '100%', height: '600' }, 'CSTO Atlas');
		const attr = /src="([^"]*)"/.exec(snippet)![1].replace(/&amp;/g, '&');
		expect(attr).toBe(src);
	});
	it('the link back to the full app drops only the embed flag', () => {
		expect(fullAppQuery('?embed=1&year=2012&country=UZB')).toBe('?year=2012&country=UZB');
		expect(fullAppQuery('embed=1')).toBe('./');
	});
});
