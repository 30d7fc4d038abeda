/**
 * Validates the organisations besides the CSTO (data/organisations/, issue 25) on the same path
 * as the rest of data/ (validate.ts): the schema, each state once and drawable, the file named by
 * its id, and the index listing them in order. Node only.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ORG_IDS } from './orgIds.ts';
import { OrganisationFile, OrganisationIndexFile, indexProblems, orgCrossProblems } from './orgSchema.ts';
import { readDataJson, schemaProblems, type DataProblem } from './dataProblems.ts';

export type OrgFileName = `organisations/${string}.json`;

export const ORG_INDEX_FILE = 'organisations/index.json';
const fileOf = (id: string): OrgFileName => `organisations/${id}.json`;
/** The CSTO keeps data/membership.json. */
const OTHER_IDS = ORG_IDS.filter((o) => o !== 'csto');

/** Every organisation file's JSON (for the quote check) and every problem found in them. */
export function organisationFiles(
	dataDir: string,
	knownIso3: ReadonlySet<string>
): { files: Record<OrgFileName, unknown>; problems: DataProblem[] } {
	const files: Record<OrgFileName, unknown> = {};
	const problems: DataProblem[] = [];
	const read = (file: OrgFileName): unknown => {
		const result = readDataJson(dataDir, file);
		if ('problem' in result) {
			problems.push(result.problem);
			return undefined;
		}
		files[file] = result.raw;
		return result.raw;
	};

	const index = read(ORG_INDEX_FILE);
	if (index !== undefined) {
		problems.push(...schemaProblems(ORG_INDEX_FILE, OrganisationIndexFile, index));
		const parsed = OrganisationIndexFile.safeParse(index);
		if (parsed.success) problems.push(...indexProblems(parsed.data).map((p) => ({ file: ORG_INDEX_FILE, ...p })));
	}

	for (const id of OTHER_IDS) {
		const file = fileOf(id);
		const raw = read(file);
		if (raw === undefined) continue;
		problems.push(...schemaProblems(file, OrganisationFile, raw));
		const parsed = OrganisationFile.safeParse(raw);
		if (!parsed.success) continue;
		if (parsed.data.id !== id) problems.push({ file, record: '(file)', field: 'id', message: `expected "${id}", the file's name` });
		problems.push(...orgCrossProblems(parsed.data, knownIso3).map((p) => ({ file, ...p })));
	}

	// A file nobody lists would never be shown: say so rather than ship it silently.
	const dir = join(dataDir, 'organisations');
	const expected = new Set([ORG_INDEX_FILE, ...OTHER_IDS.map(fileOf)]);
	if (existsSync(dir))
		for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')))
			if (!expected.has(fileOf(name.slice(0, -5))))
				problems.push({ file: fileOf(name.slice(0, -5)), record: '(file)', field: '(file)', message: `not an organisation the app knows (${ORG_IDS.join(', ')})` });
	return { files, problems };
}
