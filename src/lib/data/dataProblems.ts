/**
 * A problem in a file under data/, named by file, record and field so a teacher can fix it by
 * hand; and the schema check that finds them (validate.ts, validateOrgs.ts).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';

export interface DataProblem {
	file: string;
	record: string;
	field: string;
	message: string;
}

export function formatProblem(p: DataProblem): string {
	return `data/${p.file} › ${p.record} › ${p.field}: ${p.message}`;
}

export class DataValidationError extends Error {
	constructor(public problems: DataProblem[]) {
		super(
			`${problems.length} problem${problems.length === 1 ? '' : 's'} in data/:\n` +
				problems.map((p) => '  ' + formatProblem(p)).join('\n')
		);
		this.name = 'DataValidationError';
	}
}

/** Describe a path like ['countries', 3, 'events', 1, 'date'] as record and field, using ids. */
function locate(root: unknown, path: readonly PropertyKey[]): { record: string; field: string } {
	const recordParts: string[] = [];
	let fieldParts: string[] = [];
	let node: unknown = root;
	for (let i = 0; i < path.length; i++) {
		const key = path[i];
		const child = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
		const obj = child && typeof child === 'object' ? (child as Record<string, unknown>) : undefined;
		const name = obj ? (obj.id ?? obj.iso3) : undefined;
		if (typeof key === 'number' && typeof name === 'string') {
			// A record: name it by its id and start the field path afresh.
			recordParts.push(`${String(path[i - 1])} "${name}"`);
			fieldParts = [];
		} else if (typeof key === 'number') {
			fieldParts.push(`${fieldParts.pop() ?? ''}[${key}]`);
		} else {
			fieldParts.push(String(key));
		}
		node = child;
	}
	return { record: recordParts.join(' › ') || '(file)', field: fieldParts.join('.') || '(root)' };
}

export function schemaProblems(file: string, schema: z.ZodType, raw: unknown): DataProblem[] {
	const result = schema.safeParse(raw);
	if (result.success) return [];
	return result.error.issues.map((issue) => {
		const { record, field } = locate(raw, issue.path);
		return { file, record, field, message: issue.message };
	});
}

/** A file under data/ as parsed JSON, or the problem that stops it being read. */
export function readDataJson(dataDir: string, file: string): { raw: unknown } | { problem: DataProblem } {
	const path = join(dataDir, file);
	if (!existsSync(path)) return { problem: { file, record: '(file)', field: '(file)', message: 'file is missing' } };
	try {
		return { raw: JSON.parse(readFileSync(path, 'utf8')) };
	} catch (e) {
		return { problem: { file, record: '(file)', field: '(json)', message: `not valid JSON: ${(e as Error).message}` } };
	}
}
