/**
 * One language per page (issue 26): what a first visit downloads before the map starts loading
 * (the 'atlas-map-start' mark, as bench/first-download.mjs counts it) holds its own language's
 * state names and not the other's.
 */
import { test, expect, type Page } from '@playwright/test';

/** The text of every JS and JSON file the page fetched before the map started loading. */
async function fetchedBeforeMap(page: Page, path: string): Promise<Map<string, string>> {
	const bodies = new Map<string, Promise<string>>();
	page.on('response', (r) => {
		if (/\.(m?js|json)$/.test(new URL(r.url()).pathname))
			bodies.set(
				r.url(),
				r.text().catch(() => '')
			);
	});
	await page.goto(path);
	await page.waitForFunction(() => performance.getEntriesByName('atlas-map-ready').length > 0, null, { timeout: 30_000 });
	const before: string[] = await page.evaluate(() => {
		const mark = performance.getEntriesByName('atlas-map-start')[0]?.startTime ?? Infinity;
		return performance
			.getEntriesByType('resource')
			.filter((e) => e.startTime < mark)
			.map((e) => e.name);
	});
	const out = new Map<string, string>();
	for (const url of before) if (bodies.has(url)) out.set(url, await bodies.get(url)!);
	return out;
}

const containing = (files: Map<string, string>, word: string) => [...files].filter(([, text]) => text.includes(word)).map(([url]) => url);

test('the English page fetches no Russian state names before the map', async ({ page }) => {
	const files = await fetchedBeforeMap(page, './?year=2012');
	expect(files.size).toBeGreaterThan(3);
	expect(containing(files, 'Казахстан')).toEqual([]);
	expect(containing(files, 'Кыргызстан')).toEqual([]);
	// Its own names reach the page (inline, with the prerendered page).
	await expect(page.getByTestId('summary')).toContainText('Kazakhstan');
});

test('the Russian page fetches no English state names before the map', async ({ page }) => {
	const files = await fetchedBeforeMap(page, './ru/?year=2012');
	expect(files.size).toBeGreaterThan(3);
	// JavaScript only: the shapes (TopoJSON) keep their own English names, in every language.
	const scripts = new Map([...files].filter(([url]) => /\.m?js$/.test(new URL(url).pathname)));
	expect(containing(scripts, 'Kyrgyzstan')).toEqual([]);
	expect(containing(scripts, 'Kazakhstan')).toEqual([]);
	await expect(page.getByTestId('summary')).toContainText('Казахстан');
});
