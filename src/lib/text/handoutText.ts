/** The handout's words: why it cannot be made yet, what changed in each year, the paper's names and the sheet's lines. */
import type { CountryRecord, MembershipEventType } from '$lib/data/schema';
import { yearOf } from '$lib/data/dates';
import { MIN_HANDOUT_YEARS, MAX_HANDOUT_YEARS, PAPER_SIZE, type Paper } from '$lib/domain/handout';
import { changeTypesInYear } from '$lib/domain/status';
import { compareNames } from '$lib/domain/text';
import { markEnglish, plainText, type TextPart } from '$lib/domain/textParts';
import { TREATY_IN_FORCE } from '$lib/domain/yearView';
import { formatList } from '$lib/i18n/format';
import { m } from '$lib/paraglide/messages';
import { sourceLineParts, type CitedDoc } from './sourceLine';

/** Why the sheet cannot be made yet, or null when it can. */
export function handoutProblem(years: readonly number[]): string | null {
	if (years.length < MIN_HANDOUT_YEARS) return m.handout_pick_at_least({ count: MIN_HANDOUT_YEARS });
	if (years.length > MAX_HANDOUT_YEARS) return m.handout_pick_at_most({ count: MAX_HANDOUT_YEARS });
	return null;
}

/** One line per kind of change, the states named in it: "Azerbaijan, Georgia and Uzbekistan left". */
const CHANGE_LINE: Record<MembershipEventType, (inputs: { names: string }) => string> = {
	signed: m.handout_change_signed,
	acceded: m.handout_change_joined,
	'in-force': m.handout_change_in_force,
	'declined-renewal': m.handout_change_left,
	left: m.handout_change_left,
	rejoined: m.handout_change_rejoined,
	suspended: m.handout_change_suspended,
	frozen: m.handout_change_frozen,
	resumed: m.handout_change_resumed,
	observer: m.handout_change_observer
};

/**
 * What changed in a year, one line per kind of change: "Uzbekistan left",
 * "Azerbaijan, Georgia and Uzbekistan left". The year that the treaty took effect says so.
 */
export function changeLines(countries: readonly CountryRecord[], year: number, today: string): string[] {
	const byKind = new Map<(inputs: { names: string }) => string, string[]>();
	const sorted = [...countries].sort((a, b) => compareNames(a.name, b.name));
	for (const c of sorted) {
		for (const type of changeTypesInYear(c, year, today)) {
			const line = CHANGE_LINE[type];
			const names = byKind.get(line) ?? [];
			if (!names.includes(c.name)) names.push(c.name);
			byKind.set(line, names);
		}
	}
	const lines = [...byKind].map(([line, names]) => line({ names: formatList(names) }));
	if (year === yearOf(TREATY_IN_FORCE)) lines.push(m.handout_treaty_in_force());
	return lines;
}

/** Landscape sheets, in millimetres, with their names. The label is a getter: it is read in the page's language. */
export const PAPER: Record<Paper, { readonly label: string; width: number; height: number; css: string }> = {
	a4: {
		...PAPER_SIZE.a4,
		get label() {
			return m.handout_paper_a4();
		}
	},
	letter: {
		...PAPER_SIZE.letter,
		get label() {
			return m.handout_paper_letter();
		}
	}
};

/** The sheet's lines as plain text (the SVG file writes these). */
export interface HandoutLines {
	title: string;
	/** The date the sheet was made. */
	made: string;
	/** The year rule and the borders. */
	rule: string;
	/** The documents behind the data, in one line. */
	sources: string;
}

/** The lines, and the same two footer lines in parts, so the page can mark the English names. */
export interface HandoutTexts extends HandoutLines {
	ruleParts: TextPart[];
	sourceParts: TextPart[];
}

/** The sheet's words: a title, the date, the year rule and the source line. `todayInWords`: "29 November 2026". */
export function handoutTexts(years: readonly number[], maxYear: number, todayInWords: string, sources: readonly CitedDoc[]): HandoutTexts {
	const span = years.length ? `${years[0]}–${years[years.length - 1]}` : '';
	const ruleParts = markEnglish(
		(en) =>
			`${years.includes(maxYear) ? m.handout_rule_today({ year: maxYear, today: todayInWords }) : m.handout_rule()} ${m.handout_borders({ dataset: en('Natural Earth') })}`
	);
	const sourceParts = sourceLineParts(sources);
	return {
		title: m.handout_sheet_title({ count: years.length, span }),
		made: m.handout_made({ date: todayInWords }),
		rule: plainText(ruleParts),
		sources: plainText(sourceParts),
		ruleParts,
		sourceParts
	};
}
