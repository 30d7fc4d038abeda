import { describe, expect, it } from 'vitest';
import { webManifest, manifestPath } from '../../src/lib/text/webManifest';
import { seoLinks } from '../../src/lib/i18n/pages';
import { withPageHead } from '../../src/lib/server/pageHead';
import { THEME_COLOUR } from '../../src/lib/text/webManifest';
import { m } from '../../src/lib/paraglide/messages';

const words = { name: 'CSTO Atlas: long', shortName: 'CSTO Atlas', description: 'd' };
/** Where a manifest's relative URL points, for a manifest served at `at`. */
const from = (at: string, rel: string) => new URL(rel, `https://school.example${at}`).pathname;

describe('the web app manifest', () => {
	it('opens the base language at the root, and is installable standalone with 192, 512 and maskable icons', () => {
		const man = webManifest('en', 'en', words);
		expect(man).toMatchObject({ name: words.name, short_name: words.shortName, lang: 'en', display: 'standalone' });
		expect(from('/manifest.webmanifest', man.start_url)).toBe('/');
		expect(from('/manifest.webmanifest', man.scope)).toBe('/');
		expect(man.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['any any', '192x192 any', '512x512 any', '512x512 maskable']);
		expect(from('/manifest.webmanifest', man.icons[1].src)).toBe('/icons/icon-192.png');
	});

	it('opens another language on its own page, scoped to the whole site, under any sub-path', () => {
		const man = webManifest('ru', 'en', words);
		const at = '/csto' + manifestPath('ru', 'en');
		expect(at).toBe('/csto/ru/manifest.webmanifest');
		expect(from(at, man.start_url)).toBe('/csto/ru/');
		expect(from(at, man.scope)).toBe('/csto/');
		expect(from(at, man.icons[3].src)).toBe('/csto/icons/icon-maskable-512.png');
	});
});

describe('canonical and hreflang links', () => {
	it('are absolute on the site address given at build time', () => {
		expect(seoLinks('https://school.example/csto', '/embed/', 'ru', ['en', 'ru'])).toEqual([
			{ rel: 'canonical', href: 'https://school.example/csto/ru/embed/' },
			{ rel: 'alternate', hreflang: 'en', href: 'https://school.example/csto/embed/' },
			{ rel: 'alternate', hreflang: 'ru', href: 'https://school.example/csto/ru/embed/' },
			{ rel: 'alternate', hreflang: 'x-default', href: 'https://school.example/csto/embed/' }
		]);
	});

	it('are not written without one (relative alternates are ignored by search engines)', () => {
		expect(seoLinks('', '/', 'en', ['en', 'ru'])).toEqual([]);
	});
});

describe("the page's head, written when it is prerendered", () => {
	const template =
		'<meta name="description" content="%atlas.description%" /><link rel="manifest" href=".%atlas.manifest%" />%atlas.seo%|%atlas.theme%|%other%';

	it('fills the description in the page language, its manifest, and the links when the site is given', () => {
		const ru = withPageHead(template, 'ru', '/[[lang=locale]]/embed', 'https://school.example/csto');
		expect(ru).toContain(`content="${m.meta_description({}, { locale: 'ru' })}"`);
		expect(ru).toContain('href="./ru/manifest.webmanifest"');
		expect(ru).toContain('<link rel="canonical" href="https://school.example/csto/ru/embed/" />');
		expect(ru).toContain('<link rel="alternate" hreflang="x-default" href="https://school.example/csto/embed/" />');
		expect(ru).toContain(`|${THEME_COLOUR}|%other%`);
		const en = withPageHead(template, 'en', '/[[lang=locale]]', '');
		expect(en).toContain('href="./manifest.webmanifest"');
		expect(en).not.toContain('<link rel="canonical"');
		expect(en).not.toContain('%atlas.');
	});

	it('keeps every value inside its attribute', () => {
		const html = withPageHead('<link href="%atlas.seo%">', 'en', '/[[lang=locale]]', 'https://x.example/a"><script>alert(1)</script>');
		expect(html).not.toContain('<script>');
		expect(html).toContain('&#34;&#62;&#60;script&#62;');
	});
});
