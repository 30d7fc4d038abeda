/**
 * One language per page (issue 26): what a first visit downloads before the map starts loading
 * (the 'atlas-map-start' mark, as bench/first-download.mjs counts it) holds its own language's
 * state names and messages and not the other's; and no file of a language's build holds another
 * language's messages (scripts/build.mjs builds each language on its own).
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A language's distinctive messages: plain texts (no plural, no placeholder) of 20 characters or
 * more, which nothing but its messages would carry.
 */
function messageTexts(locale: string): string[] {
	const dir = `${ROOT}messages/${locale}/`;
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json') && f !== 'language.json' && f !== 'offer.json')
		.flatMap((f) => Object.entries(JSON.parse(readFileSync(dir + f, 'utf8')) as Record<string, unknown>))
		.flatMap(([key, text]) => (key !== '$schema' && typeof text === 'string' && text.length >= 20 && !/[{}`\\]/.test(text) ? [text] : []));
}
const [EN, RU] = [messageTexts('en'), messageTexts('ru')];
/** The texts of a folder's files: our data holds every language's texts, and the code some English keys. */
const textsIn = (dir: string, file: RegExp) =>
	readdirSync(ROOT + dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => file.test(f) && !f.startsWith('lib/paraglide/'))
		.map((f) => readFileSync(`${ROOT}${dir}/${f}`, 'utf8'))
		.join('\n');
const ELSEWHERE = textsIn('data', /\.json$/) + textsIn('src', /\.(ts|svelte)$/);
/** Each language's, less the texts both languages share and those the data or the code hold too. */
const MESSAGES = {
	en: EN.filter((t) => !RU.includes(t) && !ELSEWHERE.includes(t)),
	ru: RU.filter((t) => !EN.includes(t) && !ELSEWHERE.includes(t))
};

/** Every JavaScript file of one language's build, as the build listed them for the service worker. */
function buildScripts(locale: string): Map<string, string> {
	const { build } = JSON.parse(readFileSync(`${ROOT}build/_app/precache/${locale}.json`, 'utf8')) as { build: string[] };
	return new Map(build.filter((f) => /\.m?js$/.test(f)).map((f) => [f, readFileSync(`${ROOT}build/${f}`, 'utf8')]));
}

/** The messages of `texts` that some file of `files` holds. */
const found = (files: Map<string, string>, texts: string[]) => texts.filter((t) => [...files.values()].some((code) => code.includes(t)));

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

test('the English page fetches no Russian messages before the map, and its own', async ({ page }) => {
	const scripts = new Map([...(await fetchedBeforeMap(page, './?year=2012'))].filter(([url]) => /\.m?js$/.test(new URL(url).pathname)));
	expect(MESSAGES.ru.length).toBeGreaterThan(100);
	expect(found(scripts, MESSAGES.ru)).toEqual([]);
	expect(found(scripts, MESSAGES.en).length).toBeGreaterThan(10);
	// The other language's own words for itself stay: the language switch and the offer show them.
	expect([...scripts.values()].some((code) => code.includes('Русский'))).toBe(true);
});

test('the Russian page fetches no English messages before the map, and its own', async ({ page }) => {
	const scripts = new Map([...(await fetchedBeforeMap(page, './ru/?year=2012'))].filter(([url]) => /\.m?js$/.test(new URL(url).pathname)));
	expect(found(scripts, MESSAGES.en)).toEqual([]);
	expect(found(scripts, MESSAGES.ru).length).toBeGreaterThan(10);
	await expect(page.getByTestId('language-en')).toHaveText(/EN\s*English/);
});

test("no file of a language's build holds another language's messages", () => {
	const en = buildScripts('en');
	const ru = buildScripts('ru');
	expect(en.size).toBeGreaterThan(20);
	expect(found(en, MESSAGES.ru)).toEqual([]);
	expect(found(ru, MESSAGES.en)).toEqual([]);
	// Each build carries its own: the test would pass on a build with no messages at all otherwise.
	expect(found(en, MESSAGES.en).length).toBeGreaterThan(MESSAGES.en.length / 2);
	expect(found(ru, MESSAGES.ru).length).toBeGreaterThan(MESSAGES.ru.length / 2);
});
