/**
 * Schemas for every JSON file under data/. Used at build time (the Vite plugin in
 * vite.config.ts refuses to build on a broken file) and in the unit tests.
 * Teachers edit the JSON by hand, so messages name the file, the record and the field.
 */
import { z } from 'zod';
import type { InLocale, Localized } from '../i18n/locale.ts';

export type { InLocale, Localized };

export * from './citationSchema.ts';
import { Citations, Dispute, Iso3, LOCALES, PartialDate, SourceId, localizedText } from './citationSchema.ts';

// ---------------------------------------------------------------- sources

/** A name in a source line: as published (kept in its language, marked English) or in our own words. */
const CiteName = z.union([z.strictObject({ published: z.string().min(2) }), z.strictObject({ ours: localizedText(2) })]);

export const SourceDoc = z.strictObject({
	id: SourceId,
	file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
	titles: z.array(z.string().min(2)).min(1),
	publisher: z.string().min(2),
	author: z.string().min(2),
	date: PartialDate,
	url: z.url({ protocol: /^https?$/ }).nullable(),
	genre: z.enum(['blog', 'opinion', 'analysis', 'news', 'news feed']),
	stance: localizedText(3),
	offTopic: localizedText(3).optional(),
	/** How a reader recognises it in an export's source line: a short title and its outlet (and `date`). */
	cite: z.strictObject({ title: CiteName, outlet: CiteName })
});
export const SourcesFile = z.strictObject({ sources: z.array(SourceDoc).min(1) });

// ---------------------------------------------------------------- membership

export const MEMBERSHIP_EVENT_TYPES = [
	'signed', // signed the 1992 treaty
	'acceded', // joined an existing treaty
	'in-force', // the treaty entered into force for this state
	'declined-renewal', // did not sign the 1999 protocol: membership lapsed
	'left', // withdrew or suspended and was treated as having left
	'rejoined',
	'suspended',
	'frozen', // participation frozen while remaining a member on paper
	'resumed',
	'observer' // observer status in an organ of the CSTO (not membership)
] as const;
export const MembershipEventType = z.enum(MEMBERSHIP_EVENT_TYPES);

export const MembershipEvent = z.strictObject({
	id: z.string().regex(/^[a-z0-9-]+$/),
	type: MembershipEventType,
	date: PartialDate,
	summary: localizedText(3),
	citations: Citations
});

export const CountryRecord = z.strictObject({
	iso3: Iso3,
	name: z.string().min(2),
	group: z.enum(['post-soviet', 'other']),
	/** Why the state never joined, or notes about it, with citations. */
	note: z.strictObject({ text: localizedText(3), citations: Citations }).optional(),
	events: z.array(MembershipEvent),
	disputes: z.array(Dispute).optional()
});
export const MembershipFile = z.strictObject({ countries: z.array(CountryRecord).min(1) });

// ---------------------------------------------------------------- places (issue 3)

export const Location = z.strictObject({
	place: localizedText(2),
	lon: z.number().min(-180).max(180),
	lat: z.number().min(-90).max(90),
	precision: z.enum(['exact', 'town', 'region'])
});

const PlaceRecordBase = {
	id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case words joined by hyphens'),
	name: localizedText(2),
	country: Iso3,
	location: Location,
	start: PartialDate,
	/** null: still active / ongoing. */
	end: PartialDate.nullable(),
	description: localizedText(10),
	citations: Citations,
	disputes: z.array(Dispute).optional()
};

export const FACILITY_KINDS = [
	'base',
	'airbase',
	'range',
	'radar',
	'communications',
	'seismic',
	'nuclear',
	'peacekeeping',
	'troops'
] as const;

export const Facility = z.strictObject({
	...PlaceRecordBase,
	kind: z.enum(FACILITY_KINDS),
	/** When a source names a facility vaguely, how sure we are of which one it means. */
	identification: z
		.strictObject({
			confidence: z.enum(['certain', 'likely', 'possible']),
			note: localizedText(5)
		})
		.optional()
});
export const FacilitiesFile = z.strictObject({ facilities: z.array(Facility) });

export const CONFLICT_KINDS = ['war', 'clash', 'unrest', 'coup', 'intervention'] as const;
export const CSTO_RESPONSES = [
	'intervened',
	'request-no-action',
	'refused',
	'no-request',
	/** No request to the CSTO; the state asked Russia for help under a bilateral treaty instead. */
	'bilateral-request',
	'not-applicable'
] as const;

export const Conflict = z.strictObject({
	...PlaceRecordBase,
	kind: z.enum(CONFLICT_KINDS),
	/** For coups and plots that are only claimed, never shown as fact. */
	alleged: z.boolean().optional(),
	cstoResponse: z.enum(CSTO_RESPONSES)
});
export const ConflictsFile = z.strictObject({ conflicts: z.array(Conflict) });

export const EVENT_KINDS = [
	'signing',
	'session',
	'summit',
	'charter',
	'un',
	'force',
	'exercise',
	'memorandum',
	'diplomacy'
] as const;

export const CstoEvent = z.strictObject({
	...PlaceRecordBase,
	kind: z.enum(EVENT_KINDS)
});
export const EventsFile = z.strictObject({ events: z.array(CstoEvent) });

/** Disputed and occupied territories, drawn hatched over the recognised borders. */
export const TERRITORY_KINDS = ['annexed', 'occupied', 'breakaway'] as const;
const LonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
export const Territory = z.strictObject({
	...PlaceRecordBase,
	kind: z.enum(TERRITORY_KINDS),
	/** One approximate outer ring, [lon, lat] pairs; closed automatically. */
	polygon: z.array(LonLat).min(4)
});
export const TerritoriesFile = z.strictObject({ territories: z.array(Territory) });

// ---------------------------------------------------------------- state names

/** Names per language (not the base one, which the shapes carry) where Intl's differ or lack. */
/** Names the documents spell in several ways, and the standard form; search finds records by any. */
export const SpellingsFile = z.strictObject({
	about: z.string(),
	spellings: z.array(
		z.strictObject({ standard: localizedText(2), variants: z.array(z.string().min(2)).min(1), sources: z.array(SourceId).min(1), records: z.array(z.string().min(3)).min(1) })
	)
});
export type Spelling = InLocale<z.infer<typeof SpellingsFile>['spellings'][number]>;

export const StateNamesFile = z.strictObject({
	about: z.string(),
	names: z.record(
		z.string().refine((l) => LOCALES.includes(l), 'not a language of the app (project.inlang/settings.json)'),
		z.record(Iso3, z.string().trim().min(2))
	),
	/** Shorter forms for the map, where a small state's full name does not fit. */
	short: z
		.record(
			z.string().refine((l) => LOCALES.includes(l), 'not a language of the app (project.inlang/settings.json)'),
			z.record(Iso3, z.string().trim().min(2).max(7))
		)
		.optional()
});

/** The files as written, with every language's text (the types above are as the app shows them). */
export type CountryRecordData = z.infer<typeof CountryRecord>;
export type SourceDocData = z.infer<typeof SourceDoc>;
export type FacilityData = z.infer<typeof Facility>;
export type ConflictData = z.infer<typeof Conflict>;
export type CstoEventData = z.infer<typeof CstoEvent>;
export type TerritoryData = z.infer<typeof Territory>;

/* The guided tour is a lesson: see lessonSchema.ts and data/lessons/built-in.json. */

export type SourceDoc = InLocale<z.infer<typeof SourceDoc>>;
export type Territory = InLocale<z.infer<typeof Territory>>;
export type MembershipEvent = InLocale<z.infer<typeof MembershipEvent>>;
export type MembershipEventType = InLocale<z.infer<typeof MembershipEventType>>;
export type CountryRecord = InLocale<z.infer<typeof CountryRecord>>;
export type Facility = InLocale<z.infer<typeof Facility>>;
export type Conflict = InLocale<z.infer<typeof Conflict>>;
export type CstoEvent = InLocale<z.infer<typeof CstoEvent>>;
export type Location = InLocale<z.infer<typeof Location>>;
