import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The app attributes claims and takes no side, in its own words too: where the documents disagree,
// a text says who claims what, never that one of them is wrong. Quotes are the sources' words.
const DATA = resolve(__dirname, '../../data');
const VERDICT = /\b(wrongly|mistakenly|erroneously|incorrectly|supposed(ly)?)\b|ошибочно|неверно|по ошибке|якобы/i;

function jsonFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith('.json') ? [path] : [];
	});
}

/** Every string in a JSON value with the path to it, quotes left out. */
function ownWords(value: unknown, path: string): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((v, i) => ownWords(v, `${path}[${i}]`));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([k, v]) => (k === 'quote' ? [] : ownWords(v, `${path}.${k}`)));
	return [];
}

describe("the app's own words take no side", () => {
	it('no text in data/ calls a source wrong', () => {
		const found = jsonFiles(DATA).flatMap((file) =>
			ownWords(JSON.parse(readFileSync(file, 'utf8')), file.slice(DATA.length + 1)).filter(([, text]) => VERDICT.test(text))
		);
		expect(found).toEqual([]);
	});
	it('would notice one', () => {
		expect(
			ownWords({ note: { en: 'Source 002 wrongly dates it.' }, quote: 'wrongly' }, 'x').filter(([, t]) => VERDICT.test(t))
		).toHaveLength(1);
	});
});
