/** Checks that every quote a data file cites stands verbatim in its source document. */
import type { DataProblem } from './dataProblems.ts';

/** Collapses whitespace so a quote copied across a line break still matches. */
export function normaliseWhitespace(s: string): string {
	return s.replace(/\s+/g, ' ').trim();
}

/** Every {kind:"source"} citation whose quote is not verbatim in its source document. */
export function unverifiedQuotes(
	files: Partial<Record<string, unknown>>,
	sourceTexts: Map<string, string>
): DataProblem[] {
	const normalised = new Map([...sourceTexts].map(([id, t]) => [id, normaliseWhitespace(t)]));
	const problems: DataProblem[] = [];
	const walk = (node: unknown, file: string, record: string, field: string) => {
		if (Array.isArray(node)) {
			node.forEach((n, i) => walk(n, file, record, `${field}[${i}]`));
			return;
		}
		if (!node || typeof node !== 'object') return;
		const obj = node as Record<string, unknown>;
		const id = (obj.id ?? obj.iso3) as string | undefined;
		const here = id ? `${record ? record + ' › ' : ''}"${id}"` : record;
		const fieldHere = id ? '' : field;
		if (obj.kind === 'source' && typeof obj.quote === 'string' && typeof obj.source === 'string') {
			const text = normalised.get(obj.source);
			if (text === undefined)
				problems.push({ file, record: here, field: `${fieldHere}.source`, message: `no source document "${obj.source}"` });
			else if (!text.includes(normaliseWhitespace(obj.quote)))
				problems.push({
					file,
					record: here,
					field: `${fieldHere}.quote`,
					message: `quote is not verbatim in source ${obj.source}: "${obj.quote.slice(0, 60)}…"`
				});
			return;
		}
		for (const [k, v] of Object.entries(obj)) walk(v, file, here, fieldHere ? `${fieldHere}.${k}` : k);
	};
	for (const [file, raw] of Object.entries(files)) walk(raw, file, '', '');
	return problems;
}
