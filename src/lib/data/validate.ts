/**
 * Validates every file under data/ (Node only: used by the build and the tests).
 * Each problem names the file, the record and the field, so a teacher can fix it by hand.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import {
	SourcesFile,
	MembershipFile,
	FacilitiesFile,
	ConflictsFile,
	EventsFile,
	TerritoriesFile,
	StateNamesFile,
	SpellingsFile
} from './schema.ts';
import { BuiltInLesson } from './lessonSchema.ts';
import { startOf, endOf } from './dates.ts';
import { DataValidationError, formatProblem, readDataJson, schemaProblems, type DataProblem } from './dataProblems.ts';
import { organisationFiles, type OrgFileName } from './validateOrgs.ts';

export { DataValidationError, formatProblem, type DataProblem };

export const DATA_FILES = {
	'sources.json': SourcesFile,
	'membership.json': MembershipFile,
	'facilities.json': FacilitiesFile,
	'conflicts.json': ConflictsFile,
	'events.json': EventsFile,
	'territories.json': TerritoriesFile,
	'lessons/built-in.json': BuiltInLesson,
	'state-names.json': StateNamesFile,
	'spellings.json': SpellingsFile
} as const;

export type DataFileName = keyof typeof DATA_FILES;

interface AnyRecord {
	id?: string;
	country?: string;
	start?: string;
	end?: string | null;
	citations?: { kind: string; source?: string }[];
}

/** Checks the schema cannot express: unique ids, known countries, date order. */
function crossProblems(files: Partial<Record<DataFileName, unknown>>, knownIso3: Set<string>): DataProblem[] {
	const problems: DataProblem[] = [];
	const seen = new Map<string, string>();
	const listOf = (file: DataFileName, key: string) =>
		(((files[file] as Record<string, unknown> | undefined)?.[key] as AnyRecord[] | undefined) ?? []);

	const stateNames = (files['state-names.json'] as { names?: Record<string, Record<string, string>> } | undefined)?.names ?? {};
	for (const [locale, names] of Object.entries(stateNames))
		for (const iso of Object.keys(names))
			if (!knownIso3.has(iso))
				problems.push({ file: 'state-names.json', record: `names › ${locale}`, field: iso, message: `unknown country code "${iso}"` });

	const membership = listOf('membership.json', 'countries') as unknown as {
		iso3: string;
		events: AnyRecord[];
	}[];
	const seenIso = new Set<string>();
	for (const c of membership) {
		const rec = `countries "${c.iso3}"`;
		if (seenIso.has(c.iso3))
			problems.push({ file: 'membership.json', record: rec, field: 'iso3', message: 'this state is listed twice' });
		seenIso.add(c.iso3);
		if (!knownIso3.has(c.iso3))
			problems.push({ file: 'membership.json', record: rec, field: 'iso3', message: `unknown country code "${c.iso3}"` });
		for (const e of c.events ?? []) {
			if (!e.id) continue;
			if (seen.has(e.id))
				problems.push({ file: 'membership.json', record: `${rec} › events "${e.id}"`, field: 'id', message: `duplicate id (also in ${seen.get(e.id)})` });
			else seen.set(e.id, 'membership.json');
		}
	}
	for (const [file, key] of [
		['facilities.json', 'facilities'],
		['conflicts.json', 'conflicts'],
		['events.json', 'events'],
		['territories.json', 'territories']
	] as const) {
		for (const r of listOf(file, key)) {
			const rec = `${key} "${r.id}"`;
			if (r.id) {
				if (seen.has(r.id))
					problems.push({ file, record: rec, field: 'id', message: `duplicate id (also in ${seen.get(r.id)})` });
				else seen.set(r.id, file);
			}
			if (r.country && !knownIso3.has(r.country))
				problems.push({ file, record: rec, field: 'country', message: `unknown country code "${r.country}"` });
			if (r.start && r.end && endOf(r.end) < startOf(r.start))
				problems.push({ file, record: rec, field: 'end', message: `ends (${r.end}) before it starts (${r.start})` });
		}
	}
	// The built-in tour may only point at states and places that exist.
	const steps = (((files['lessons/built-in.json'] as { steps?: unknown[] } | undefined)?.steps ?? []) as {
		id?: string;
		highlight?: { countries?: string[]; places?: string[] };
	}[]);
	for (const st of steps) {
		const rec = `steps "${st.id}"`;
		for (const iso of st.highlight?.countries ?? [])
			if (!knownIso3.has(iso))
				problems.push({ file: 'lessons/built-in.json', record: rec, field: 'highlight.countries', message: `unknown country code "${iso}"` });
		for (const pid of st.highlight?.places ?? [])
			if (seen.get(pid) === undefined || seen.get(pid) === 'membership.json')
				problems.push({ file: 'lessons/built-in.json', record: rec, field: 'highlight.places', message: `no place with id "${pid}"` });
	}
	// Spellings point at states and places that exist.
	const spellings = ((files['spellings.json'] as { spellings?: { records?: string[] }[] } | undefined)?.spellings ?? []);
	spellings.forEach((sp, i) => {
		for (const id of sp.records ?? [])
			if (!knownIso3.has(id) && (seen.get(id) === undefined || seen.get(id) === 'membership.json'))
				problems.push({ file: 'spellings.json', record: `spellings[${i}]`, field: 'records', message: `no state or place "${id}"` });
	});
	return problems;
}

export interface ValidatedData {
	files: Partial<Record<DataFileName | OrgFileName, unknown>>;
}

/**
 * Reads and validates data/, the organisations' files included. Throws DataValidationError
 * listing every problem, so nothing half-valid is shipped.
 */
export function validateDataDir(dataDir: string, knownIso3: Set<string>): ValidatedData {
	const problems: DataProblem[] = [];
	const files: Partial<Record<DataFileName, unknown>> = {};
	for (const [file, schema] of Object.entries(DATA_FILES) as [DataFileName, z.ZodType][]) {
		const result = readDataJson(dataDir, file);
		if ('problem' in result) {
			problems.push(result.problem);
			continue;
		}
		files[file] = result.raw;
		problems.push(...schemaProblems(file, schema, result.raw));
	}
	problems.push(...crossProblems(files, knownIso3));
	const organisations = organisationFiles(dataDir, knownIso3);
	problems.push(...organisations.problems);
	if (problems.length) throw new DataValidationError(problems);
	return { files: { ...files, ...organisations.files } };
}

/** ISO alpha-3 codes of the shapes the map draws. */
export function knownIso3FromTopology(topologyPath: string): Set<string> {
	const topo = JSON.parse(readFileSync(topologyPath, 'utf8')) as {
		objects: { countries: { geometries: { properties?: { a3?: string } }[] } };
	};
	return new Set(topo.objects.countries.geometries.map((g) => g.properties?.a3).filter((a): a is string => !!a));
}

export { unverifiedQuotes } from './quotes.ts';
