/**
 * The building blocks every data file's schema shares: texts in each language, ISO codes, partial
 * dates, and citations (a document's verbatim quote, or context beyond the sources). Re-exported by schema.ts.
 */
import { z } from 'zod';
import inlang from '../../../project.inlang/settings.json' with { type: 'json' };
import type { InLocale, Localized } from '../i18n/locale.ts';

/** The app's languages (project.inlang/settings.json): a third is one more entry there. */
export const LOCALES: readonly string[] = inlang.locales;

/**
 * A text in our own words, in every language of the app: { "en": "…", "ru": "…" }. A missing or
 * empty translation fails the build, naming the file, the record and the field (e.g. description.ru).
 */
export function localizedText(min: number, max?: number) {
	const text = (locale: string) => {
		const s = z.string({ error: `the "${locale}" text is missing` }).trim().min(min, `the "${locale}" text is empty or shorter than ${min} characters`);
		return max ? s.max(max, `the "${locale}" text is longer than ${max} characters`) : s;
	};
	return z.strictObject(Object.fromEntries(LOCALES.map((l) => [l, text(l)]))) as unknown as z.ZodType<Localized>;
}
/** Source documents in ../shared/sources, by the numeric prefix of their file name. */
export const SOURCE_IDS = ['000', '001', '002', '003', '004'] as const;
export const SourceId = z.enum(SOURCE_IDS);

/** ISO 3166-1 alpha-3 (plus XKX for Kosovo, as in the country shapes). */
export const Iso3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as "ARM"');

/** "1992", "1992-05" or "1992-05-15": the length says how precise the date is. */
export const PartialDate = z
	.string()
	.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')
	.refine(isRealDate, 'not a real calendar date');

function isRealDate(s: string): boolean {
	const [y, m = 1, d = 1] = s.split('-').map(Number);
	if (y < 1900 || y > 2100 || m < 1 || m > 12) return false;
	const dt = new Date(Date.UTC(y, m - 1, d));
	return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** A verbatim quote from one of the five documents. */
export const SourceCitation = z.strictObject({
	kind: z.literal('source'),
	source: SourceId,
	quote: z.string().min(8).max(300)
});

/** A fact the documents lack: a named public reference, shown as context beyond the sources. */
export const ContextCitation = z.strictObject({
	kind: z.literal('context'),
	title: z.string().min(3),
	publisher: z.string().min(2),
	url: z.url({ protocol: /^https$/ }),
	note: localizedText(3).optional()
});

export const Citation = z.discriminatedUnion('kind', [SourceCitation, ContextCitation]);
export const Citations = z.array(Citation).min(1, 'every fact needs at least one citation');

/** Where the documents disagree with each other or with established fact. */
export const Dispute = z.strictObject({
	topic: localizedText(3),
	claims: z
		.array(z.strictObject({ claim: localizedText(3), citations: Citations }))
		.min(1),
	established: z.strictObject({ text: localizedText(3), citations: Citations })
});


export type Citation = InLocale<z.infer<typeof Citation>>;
export type Dispute = InLocale<z.infer<typeof Dispute>>;
