/**
 * Installable as an app (issue 26): each language's pages link their own manifest, its icons are
 * served, start_url and scope follow the base path, and Chromium reports no installability error.
 * Nothing is installed.
 */
import { test, expect, type Page } from '@playwright/test';
import { waitForHydration } from './helpers';
import { serveBuild } from './site';

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

/** The page's manifest, read as the browser would: its URL, and its URLs resolved against it. */
async function manifestOf(page: Page) {
	const href = await page.locator('link[rel=manifest]').evaluate((l) => (l as HTMLLinkElement).href);
	const res = await page.request.get(href);
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toMatch(/^application\/manifest\+json/);
	const man = await res.json();
	const at = (rel: string) => new URL(rel, href).pathname;
	return { man, at };
}

type Icon = { src: string; sizes: string; type: string; purpose: string };

async function checkIcons(page: Page, icons: Icon[], at: (rel: string) => string, origin: string) {
	for (const icon of icons) {
		const res = await page.request.get(origin + at(icon.src));
		expect(res.status(), icon.src).toBe(200);
		expect(res.headers()['content-type']).toContain(icon.type);
		if (icon.type === 'image/png') expect(pngSize(await res.body()).join('x')).toBe(icon.sizes);
	}
	const png = icons.filter((i) => i.type === 'image/png');
	expect(png.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
}

for (const [base, label] of [
	['/', 'at the root'],
	['/csto/', 'under a sub-path']
] as const) {
	test(`installable ${label}: a manifest per language, its icons served, start_url and scope under ${base}`, async ({ page }) => {
		const site = base === '/' ? null : await serveBuild(base);
		try {
			for (const [path, lang, name] of [
				['', 'en', /^CSTO Atlas/],
				['ru/', 'ru', /^Атлас ОДКБ/]
			] as const) {
				await page.goto(site ? site.url + path : './' + path);
				await waitForHydration(page);
				const here = new URL(page.url()).origin;
				const { man, at } = await manifestOf(page);
				expect(man).toMatchObject({ lang, display: 'standalone', theme_color: expect.stringMatching(/^#[0-9A-Fa-f]{6}$/) });
				expect(man.name).toMatch(name);
				expect(man.short_name).toMatch(name);
				expect(man.short_name.length).toBeLessThanOrEqual(12);
				expect(at(man.start_url)).toBe(base + path);
				expect(at(man.scope)).toBe(base);
				await checkIcons(page, man.icons, at, here);
				// Chromium's own check, the one behind its install button. A test's browser context is
				// incognito, which no site can change: that one error is the context's, not the site's.
				const cdp = await page.context().newCDPSession(page);
				const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
				const errors = installabilityErrors.map((e: { errorId: string }) => e.errorId);
				expect(errors.filter((e: string) => e !== 'in-incognito')).toEqual([]);
			}
		} finally {
			await site?.stop();
		}
	});
}
