/**
 * The scene's words in the page's language, handed to domain/scene.ts's sceneOf: the legend's
 * labels, the day the statuses hold on and the summary sentence.
 */
import { statusLegend as legendOfStatuses, type LegendEntry, type LegendWords, type SceneWords } from '$lib/domain/scene';
import type { Status } from '$lib/domain/status';
import { referenceDate } from '$lib/data/dates';
import { dayInWords } from '$lib/i18n/format';
import { STATUS_LABEL, STATUS_SHORT } from './statusText';
import { summarySentence } from './summaryText';

/** The statuses' labels are messages read when used (statusText.ts): one constant serves every language. */
export const LEGEND_WORDS: LegendWords = { label: STATUS_LABEL, short: STATUS_SHORT };

export const statusLegend = (counts: Record<Status, number>): LegendEntry[] => legendOfStatuses(counts, LEGEND_WORDS);

/** The day a year's statuses hold on, in words: "31 December 1999", or today's date. */
export function statusOn(year: number, today: string): string {
	return dayInWords(referenceDate(year, today));
}

/** Every word the one scene function (domain/scene.ts sceneOf) needs. */
export const SCENE_WORDS: SceneWords = {
	...LEGEND_WORDS,
	statusOn,
	summary: summarySentence
};
