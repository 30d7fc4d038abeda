/**
 * The message files (messages/{locale}/*.json): every language has every message, Russian has
 * every plural form, no Russian text slips into Latin script, and the code uses what exists.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { execSync } from 'node:child_process';
import inlang from '../../project.inlang/settings.json';
import { LATIN_ALLOWED } from '../browser/latinText';

type Message = string | { declarations: string[]; selectors: string[]; match: Record<string, string> }[];
const DIR = new URL('../../messages/', import.meta.url);
/** Each language's words for itself, shown on pages of other languages (i18n/languageNames.ts, offerWords.ts): not compiled by Paraglide. */
const OWN_WORDS = ['language.json', 'offer.json'];
const files = readdirSync(new URL(`${inlang.baseLocale}/`, DIR)).filter((f) => f.endsWith('.json') && !OWN_WORDS.includes(f));
const read = (locale: string, file: string) =>
	Object.fromEntries(
		Object.entries(JSON.parse(readFileSync(new URL(`${locale}/${file}`, DIR), 'utf8')) as Record<string, Message>).filter(
			([k]) => k !== '$schema'
		)
	);
const texts = (m: Message): string[] => (typeof m === 'string' ? [m] : m.flatMap((v) => Object.values(v.match)));

describe('message files', () => {
	it('are the ones project.inlang/settings.json compiles, for every language', () => {
		const patterns = inlang['plugin.inlang.messageFormat'].pathPattern;
		expect(patterns.map((p) => p.replace('./messages/{locale}/', '')).sort()).toEqual([...files].sort());
		for (const locale of inlang.locales) expect(readdirSync(new URL(`${locale}/`, DIR)).sort()).toEqual([...files, ...OWN_WORDS].sort());
	});

	for (const file of OWN_WORDS)
		it(`${file}: the same words in every language, none empty`, () => {
			const base = Object.keys(read(inlang.baseLocale, file)).sort();
			for (const locale of inlang.locales) {
				const words = read(locale, file);
				expect(Object.keys(words).sort(), locale).toEqual(base);
				expect(
					Object.values(words).every((w) => typeof w === 'string' && w.trim() !== ''),
					locale
				).toBe(true);
			}
		});

	for (const file of files)
		it(`${file}: every key in every language, and none twice across files`, () => {
			const base = Object.keys(read(inlang.baseLocale, file)).sort();
			for (const locale of inlang.locales) expect(Object.keys(read(locale, file)).sort(), `${locale}/${file}`).toEqual(base);
			const others = files.filter((f) => f !== file).flatMap((f) => Object.keys(read(inlang.baseLocale, f)));
			expect(base.filter((k) => others.includes(k))).toEqual([]);
		});

	it('give Russian plurals all of one, few and many', () => {
		for (const file of files)
			for (const [key, m] of Object.entries(read('ru', file)))
				if (typeof m !== 'string')
					for (const v of m.filter((v) => v.declarations.some((d) => d.endsWith(': plural')))) {
						const sel = v.selectors[0];
						for (const form of ['one', 'few', 'many']) expect(Object.keys(v.match), `${file} ${key}`).toContain(`${sel}=${form}`);
					}
	});

	it('write Russian in Cyrillic (placeholders and file formats aside)', () => {
		const latin: string[] = [];
		for (const file of [...files, ...OWN_WORDS])
			for (const [key, m] of Object.entries(read('ru', file)))
				for (const t of texts(m)) {
					const words = (t.replace(/\{\w+\}/g, '').match(/[A-Za-z][A-Za-z0-9'-]*/g) ?? []).filter((w) => !LATIN_ALLOWED.test(w));
					if (words.length) latin.push(`${file} ${key}: ${words.join(' ')}`);
				}
		expect(latin).toEqual([]);
	});

	it('are never asked for another language by code that runs in the page (its JavaScript has its own language only)', () => {
		const asking = execSync("git ls-files -co --exclude-standard 'src/*.ts' 'src/*.svelte'", { encoding: 'utf8' })
			.split('\n')
			.filter((f) => f && !f.startsWith('src/lib/paraglide/') && !/(\.server\.ts|\+server\.ts)$|^src\/lib\/server\//.test(f))
			.filter((f) => /\bm\.\w+\([^;]*?\{\s*locale\b/.test(readFileSync(f, 'utf8')));
		expect(asking).toEqual([]);
	});

	it('are all used by the code, and the code uses no message that does not exist', () => {
		const source = execSync("git ls-files -co --exclude-standard 'src/*.ts' 'src/*.svelte'", { encoding: 'utf8' })
			.split('\n')
			.filter((f) => f && !f.startsWith('src/lib/paraglide/'))
			.map((f) => readFileSync(f, 'utf8'))
			.filter((text) => text.includes("import { m } from '$lib/paraglide/messages'"))
			.join('\n');
		const keys = new Set(files.flatMap((f) => Object.keys(read(inlang.baseLocale, f))));
		expect([...keys].filter((k) => !new RegExp(`\\bm\\.${k}\\b`).test(source))).toEqual([]);
		const used = new Set([...source.matchAll(/\bm\.([a-z][a-z0-9_]*)\b/g)].map((x) => x[1]));
		expect([...used].filter((k) => !keys.has(k))).toEqual([]);
	});
});
