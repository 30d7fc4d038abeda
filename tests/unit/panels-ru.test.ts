// The panels' texts in Russian: labels, dates, counts and search, with the page language set to ru.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import countryNames from 'virtual:country-names';
import { placesIn } from './placesData';
import { atlasCountries } from '$lib/data/atlasData';
import { buildSearchIndex, search } from '$lib/text/searchIndex';
import { CONFIDENCE_LABEL, KIND_LABEL, kindLabel } from '$lib/text/kindLabels';
import { GENRE_LABEL } from '$lib/data/sourceDocs';
import { membershipDescription, placeDates, sinceText } from '$lib/text/panelText';
import { yearCounts } from '$lib/text/yearCounts';
import { m } from '$lib/paraglide/messages';

const ruPlaces = placesIn('ru');
const ruNames = (countryNames as Record<string, Record<string, string>>).ru;
const ruCountries = atlasCountries().map((c) => ({ ...c, name: ruNames[c.iso3] ?? c.name }));
const ruCountryName = (iso: string) => ruNames[iso] ?? iso;

const LATIN = /[A-Za-z]/;

describe('panel texts in Russian', () => {
	beforeEach(() => overwriteGetLocale(() => 'ru'));
	afterEach(() => overwriteGetLocale(() => 'en'));

	it('labels every kind, confidence and genre without Latin letters', () => {
		for (const label of [...Object.values(KIND_LABEL), ...Object.values(CONFIDENCE_LABEL), ...Object.values(GENRE_LABEL)])
			expect(label).not.toMatch(LATIN);
		expect(kindLabel('radar')).toBe('РЛС');
		expect(CONFIDENCE_LABEL.likely).toBe('вероятно');
	});
	it('writes "since" with the month in the genitive', () => {
		// Intl may space «2024 г.» with a narrow no-break space.
		const spaced = (s: string) => s.replace(/\s/g, ' ');
		expect(spaced(sinceText('1992-05-15'))).toBe('с 15 мая 1992 г.');
		expect(spaced(sinceText('2024-02'))).toBe('с февраля 2024 г.');
		expect(sinceText('2006')).toBe('с 2006');
	});
	it('describes the membership bar and a year of the strip', () => {
		expect(
			membershipDescription([
				{ status: 'member', from: '1992-05-15', to: '1999-04-02' },
				{ status: 'former', from: '1999-04-02', to: null }
			])
		).toBe('Членство с 1992 года по сегодняшний день: Член с 1992 по 1999 год; Бывший член с 1999 года');
		expect(yearCounts(2008, [], [{ name: 'Война' }])).toBe('2008: 0 событий, 1 конфликт — Война');
		expect(yearCounts(2010, [{ name: 'А' }, { name: 'Б' }], [])).toBe('2010: 2 события, 0 конфликтов — А; Б');
		expect(placeDates({ start: '2014', end: null })).toBe('2014 – по сей день');
	});
	it('counts places with Russian plurals', () => {
		expect(m.pin_places_here({ count: 2 })).toBe('2 места здесь:');
		expect(m.pin_places_here({ count: 5 })).toBe('5 мест здесь:');
		expect(m.pin_show_all_past({ count: 3 })).toContain('ещё 3 года');
	});
	it('finds places and states by their Russian names', () => {
		const index = buildSearchIndex(ruCountries, ruPlaces, ruCountryName);
		expect(search(index, 'Гюмри')[0].id).toBe('ru-102nd-base-gyumri');
		expect(search(index, '201-я').map((r) => r.id)).toEqual(expect.arrayContaining(['ru-201st-base-dushanbe', 'ru-201st-base-bokhtar']));
		expect(search(index, 'узбек')[0]).toMatchObject({ type: 'country', id: 'UZB', detail: 'Государство' });
		expect(search(index, 'рлс').length).toBeGreaterThan(0);
		expect(search(index, 'Гюмри')[0].detail).not.toMatch(LATIN);
	});
});

describe('panel texts in English stay as they were', () => {
	it('keeps the English wording', () => {
		expect(sinceText('2024-02')).toBe('since Feb 2024');
		expect(yearCounts(2008, [{ name: 'A' }], [])).toBe('2008: 1 event, 0 conflicts — A');
		expect(membershipDescription([{ status: 'member', from: '1992-05-15', to: null }])).toBe('Membership 1992 to today: Member from 1992');
		expect(placeDates({ start: '2014', end: null })).toBe('2014 – ongoing');
		expect(kindLabel('radar')).toBe('radar');
		expect(m.cite_quote_in_english()).toBe('');
	});
});
