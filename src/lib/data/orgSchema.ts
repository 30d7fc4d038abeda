/**
 * Organisations besides the CSTO (issue 25): data/organisations/<id>.json, one file each, and
 * data/organisations/index.json listing them in display order, the CSTO first. The CSTO keeps
 * data/membership.json. Teachers edit these files by hand, so problems name the file, the state
 * and the field.
 */
import { z } from 'zod';
import { Citations, Dispute, Iso3, PartialDate, localizedText } from './schema.ts';
import { startOf } from './dates.ts';
import { ORG_IDS, ORG_STATUSES } from './orgIds.ts';

export { ORG_IDS, ORG_STATUSES };
export const OrgId = z.enum(ORG_IDS);
export type OrgId = z.infer<typeof OrgId>;
export const OrgStatus = z.enum(ORG_STATUSES);
export type OrgStatus = z.infer<typeof OrgStatus>;

const OrgNames = z.strictObject({ full: localizedText(2), short: localizedText(2, 40) });

/**
 * One status over a stretch of time. `to` is the day the status ended, which is the day the next
 * one begins (exclusive), or null: it still holds. A partial date counts from its first day.
 */
export const OrgInterval = z.strictObject({
	from: PartialDate,
	to: PartialDate.nullable(),
	status: OrgStatus,
	/** What the status means here, where the organisation's own term differs. */
	note: localizedText(3).optional(),
	citations: Citations
});

export const OrgState = z
	.strictObject({
		iso3: Iso3,
		/** In English, for whoever edits the file; the app names states from the map's shapes. */
		name: z.string().min(2),
		intervals: z.array(OrgInterval).min(1),
		disputes: z.array(Dispute).optional()
	})
	.superRefine((state, ctx) => {
		state.intervals.forEach((iv, i) => {
			if (iv.to !== null && startOf(iv.to) <= startOf(iv.from))
				ctx.addIssue({ code: 'custom', path: ['intervals', i, 'to'], message: `ends (${iv.to}) before or on the day it starts (${iv.from})` });
			const prev = state.intervals[i - 1];
			if (!prev) return;
			if (prev.to === null)
				ctx.addIssue({ code: 'custom', path: ['intervals', i, 'from'], message: 'the interval before this one never ends, so they overlap' });
			else if (startOf(iv.from) < startOf(prev.to))
				ctx.addIssue({
					code: 'custom',
					path: ['intervals', i, 'from'],
					message: `starts (${iv.from}) before the interval before it ends (${prev.to}): intervals overlap or are out of date order`
				});
		});
	});

/** A fact about the organisation as a whole, with its citations (e.g. who cannot be shown). */
const OrgNote = z.strictObject({ text: localizedText(3), citations: Citations });

export const OrganisationFile = z.strictObject({
	id: OrgId.exclude(['csto']),
	name: OrgNames,
	founded: PartialDate,
	description: localizedText(10),
	notes: z.array(OrgNote).optional(),
	disputes: z.array(Dispute).optional(),
	states: z.array(OrgState).min(1)
});

export const OrganisationIndexFile = z.strictObject({
	about: z.string(),
	organisations: z
		.array(
			z.strictObject({
				id: OrgId,
				name: OrgNames,
				/** Path under data/: "membership.json" for the CSTO, "organisations/<id>.json" for the others. */
				file: z.string().regex(/^(membership\.json|organisations\/[a-z-]+\.json)$/)
			})
		)
		.min(1)
});

export type OrganisationData = z.infer<typeof OrganisationFile>;
export type OrgIntervalData = z.infer<typeof OrgInterval>;
export type OrganisationIndexData = z.infer<typeof OrganisationIndexFile>;

export interface OrgProblem {
	record: string;
	field: string;
	message: string;
}

/**
 * Checks a schema cannot express: each state once, and only states the map can draw. Run on a
 * file that already passed OrganisationFile.
 */
export function orgCrossProblems(org: OrganisationData, knownIso3: ReadonlySet<string>): OrgProblem[] {
	const problems: OrgProblem[] = [];
	const seen = new Set<string>();
	for (const s of org.states) {
		const record = `states "${s.iso3}"`;
		if (seen.has(s.iso3)) problems.push({ record, field: 'iso3', message: 'this state is listed twice' });
		seen.add(s.iso3);
		if (!knownIso3.has(s.iso3)) problems.push({ record, field: 'iso3', message: `unknown country code "${s.iso3}"` });
	}
	return problems;
}

/** The index lists every organisation once, in ORG_IDS order, each pointing at its own file. */
export function indexProblems(index: OrganisationIndexData): OrgProblem[] {
	const problems: OrgProblem[] = [];
	const ids = index.organisations.map((o) => o.id);
	if (ids.join() !== ORG_IDS.join())
		problems.push({ record: 'organisations', field: 'id', message: `expected ${ORG_IDS.join(', ')} in that order, found ${ids.join(', ')}` });
	for (const o of index.organisations) {
		const expected = o.id === 'csto' ? 'membership.json' : `organisations/${o.id}.json`;
		if (o.file !== expected) problems.push({ record: `organisations "${o.id}"`, field: 'file', message: `expected "${expected}"` });
	}
	return problems;
}
