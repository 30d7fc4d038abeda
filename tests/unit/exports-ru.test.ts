/**
 * The exports in Russian: the handout's words, the PNG and animation frames' overlay lines, the
 * animation dialog's messages. The English output is checked by handout.test.ts and
 * animation.test.ts; here the same functions run with the Russian page's language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import countryNames from 'virtual:country-names';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { atlasCountries } from '$lib/data/atlasData';
import { sourceDocs } from '$lib/data/sourceDocs';
import { changeLines, handoutProblem, handoutTexts, PAPER } from '$lib/text/handoutText';
import { markEnglish } from '$lib/domain/textParts';
import { handoutSvg, handoutFileName } from '$lib/export/handoutSvg';
import { handoutCaptions } from '$lib/text/handoutCaptions';
import { exportSubtitle, exportTitle, sourceLine } from '$lib/export/exportView';
import { ANIMATION_SIZES, cancelledMessage, failedMessage, progressText, savedMessage } from '$lib/export/animationPlan';
import { EMBED_SIZES } from '$lib/text/embedSizes';
import { dayInWords } from '$lib/i18n/format';

const TODAY = '2026-11-29';
const ruCountries = atlasCountries().map((c) => ({ ...c, name: countryNames.ru?.[c.iso3] ?? c.name }));
/** Latin letters outside the names kept in English and the format names the guide allows. */
const latin = (text: string) => text.replace(/PNG|GIF|MP4|WebM|SVG|csto-[\w.-]+/g, '').match(/[A-Za-z]+/g);

describe('exports in Russian', () => {
	beforeAll(() => overwriteGetLocale(() => 'ru'));
	afterAll(() => overwriteGetLocale(() => 'en'));

	it('the handout has a Russian title, date, year rule and source line', () => {
		const t = handoutTexts([1992, 1999, 2026], 2026, dayInWords('2026-11-29'), sourceDocs());
		expect(t.title).toBe('Кто входил в ОДКБ? 3 года, 1992–2026');
		expect(handoutTexts([1992, 1993, 1994, 1999, 2026], 2026, '', sourceDocs()).title).toMatch(/ 5 лет, 1992–2026$/);
		expect(t.made).toBe('Создано 29 ноября 2026 г. в Атласе ОДКБ');
		expect(t.rule).toBe(
			'Каждая карта показывает положение на 31 декабря своего года (карта 2026 года — на 29 ноября 2026 г.). Границы — международно признанные (по данным Natural Earth).'
		);
		expect(
			t.sources.startsWith('Источники: 000, 001 «What is the Collective Security Treaty Organization?» (личный блог, январь 2022 г.); 002 ')
		).toBe(true);
		// Titles and publishers stay as published, and only they are marked English.
		expect(t.sources).toContain('лента новостей об ОДКБ (Strategic Culture Foundation, 10 апреля 2022 г.)');
		const english = [...t.ruleParts, ...t.sourceParts].filter((p) => p.lang === 'en').map((p) => p.text);
		expect(english).toContain('Natural Earth');
		expect(english).toContain('Strategic Culture Foundation');
		for (const p of [...t.ruleParts, ...t.sourceParts]) if (!p.lang) expect(latin(p.text)).toBeNull();
	});
	it('says what changed without a gendered verb, names in Russian', () => {
		expect(changeLines(ruCountries, 2012, TODAY)).toEqual(['Членство приостановлено: Узбекистан', 'Выход: Узбекистан']);
		expect(changeLines(ruCountries, 1999, TODAY)).toEqual(['Выход: Азербайджан, Грузия и Узбекистан']);
		expect(changeLines(ruCountries, 2006, TODAY)).toEqual(['Возвращение: Узбекистан']);
		expect(changeLines(ruCountries, 2024, TODAY)).toEqual(['Участие заморожено: Армения']);
		expect(changeLines(ruCountries, 1994, TODAY)).toEqual(['Договор вступил в силу 20 апреля']);
		expect(changeLines(ruCountries, 1992, TODAY)[0]).toMatch(/^Подписание договора: Армения, .* и Узбекистан$/);
	});
	it('handout captions say what changed since the previous map, counted with Russian plurals', () => {
		expect(handoutCaptions(ruCountries, [1991, 1996, 2001, 2011, 2016, 2021, 2026], TODAY)).toEqual([
			['Государств-членов нет'],
			['С 1991 г. — вступление: 9 государств', 'Договор вступил в силу в 1994 г.'],
			['С 1996 г. — выход: Азербайджан, Грузия и Узбекистан'],
			['С 2001 г. — возвращение: Узбекистан'],
			['С 2011 г. — статус наблюдателя: Афганистан и Сербия', 'С 2011 г. — выход: Узбекистан'],
			['Без изменений с 2016 г.'],
			['С 2021 г. — участие заморожено: Армения']
		]);
		expect(handoutCaptions(ruCountries, [2025, 2026], TODAY)[0]).toEqual([
			'Государства-члены: Беларусь, Казахстан, Кыргызстан, Россия и Таджикистан',
			'Участие заморожено: Армения'
		]);
	});
	it('asks for 2 to 9 years, with the right noun forms', () => {
		expect(handoutProblem([1999])).toBe('Выберите не меньше 2 лет.');
		expect(handoutProblem(Array.from({ length: 10 }, (_, i) => 2000 + i))).toBe('Выберите не больше 9 лет.');
	});
	it('writes the SVG sheet in Russian; the file name stays', () => {
		const texts = handoutTexts([1999, 2001], 2026, '', sourceDocs());
		const shapes = { width: 480, height: 330, countries: [{ iso3: 'UZB', d: 'M0,0L10,0L10,10Z' }] };
		const maps = [1999, 2001].map((year) => ({
			year,
			note: '5 государств-членов',
			fills: new Map(),
			changes: changeLines(ruCountries, year, TODAY)
		}));
		const svg = handoutSvg({ paper: 'letter', texts, legend: [], maps, shapes });
		expect(svg).toContain('>Состав не изменился</text>');
		expect(svg).toContain('<title>Кто входил в ОДКБ? 2 года, 1999–2001</title>');
		expect(PAPER.a4.label).toBe('А4');
		expect(handoutFileName([1999, 2001], 'letter')).toBe('csto-handout-1999-2001-letter.svg');
	});
	it('draws Russian overlay lines on PNG and animation frames', () => {
		expect(exportTitle({})).toBe('Атлас ОДКБ: участие в Договоре о коллективной безопасности');
		expect(exportSubtitle({ statusOn: dayInWords('1999-12-31') })).toBe(
			'Положение на 31 декабря 1999 г.; границы — международно признанные (по данным Natural Earth).'
		);
		expect(sourceLine(sourceDocs().filter((d) => d.id === '003'))).toBe(
			'Источники: 003 «U.S. Keeping Its Distance From Russian-Led Security Bloc» (WordPress.com, сентябрь 2013 г.).'
		);
	});
	it('reports the animation’s progress and result in Russian', () => {
		expect(progressText(18, 36, 2009)).toBe('Год 19 из 36 (2009) · 50 %');
		const o = { from: 2004, to: 2006, secondsPerYear: 0.8, width: 1280, height: 720 };
		expect(
			savedMessage(
				{ filename: 'csto-atlas-2004-2006.mp4', format: { kind: 'video', codec: 'avc', container: 'mp4' }, bytes: 2_450_000, seconds: 0.6 },
				o
			)
		).toBe('Сохранено: csto-atlas-2004-2006.mp4 — MP4, 1280×720, 3 года за 2,4 с, 2,5 МБ (создано за 1 с).');
		expect(savedMessage({ filename: 'a.gif', format: { kind: 'gif' }, bytes: 68_000, seconds: 2 }, { ...o, to: 2008 })).toMatch(
			/, 5 лет за 4 с, 68 КБ /
		);
		expect(cancelledMessage()).toBe('Отменено: файл не сохранён.');
		expect(failedMessage(new Error('x'))).toBe('Не удалось создать анимацию (x). Файл не сохранён.');
		for (const s of [...ANIMATION_SIZES, ...EMBED_SIZES]) expect(latin(s.label)).toBeNull();
	});
});

describe('the handout’s change lines', () => {
	it('mark the names kept in English', () => {
		expect(markEnglish((en) => `Источники: «${en('A title')}» (${en('Pub')}, 2022).`)).toEqual([
			{ text: 'Источники: «' },
			{ text: 'A title', lang: 'en' },
			{ text: '» (' },
			{ text: 'Pub', lang: 'en' },
			{ text: ', 2022).' }
		]);
	});
});
