/**
 * Checks from the fact-check review of data/ (docs/fact-check.md, issue 14): the claims a test can
 * hold the data to, so that a later edit does not bring a corrected defect back.
 */
import { describe, expect, it } from 'vitest';
import builtIn from '../../data/lessons/built-in.json';
import membership from '../../data/membership.json';
import { places, placeById } from './placesData';
import { visibilityIn, type Place } from '$lib/domain/places';
import { CSTO_RESPONSE_LABEL } from '$lib/text/kindLabels';
import { endOf, isoDay, startOf, yearOf } from '$lib/data/dates';
import { statusInYear } from '$lib/domain/status';
import { STATUS_LABEL } from '$lib/text/statusText';
import { atlasCountries, countryByIso } from '$lib/data/atlasData';
import { loadCountryDetails } from '$lib/data/countryDetails';
import { tourStepYear } from '$lib/domain/tour';
import type { Citation, Dispute } from '$lib/data/schema';
import type { BuiltInStep } from '$lib/data/lessonSchema';
import { inLocale } from '$lib/i18n/locale';

const TODAY = isoDay(new Date());
const MAX_YEAR = yearOf(TODAY);
// The review reads the English texts against the (English) sources.
const steps = inLocale(builtIn, 'en').steps as unknown as BuiltInStep[];

/** Every quote and context note a record's own citations carry (not those inside its disputes). */
const citedText = (citations: Citation[]) =>
	citations.map((c) => (c.kind === 'source' ? c.quote : `${c.title} ${c.note ?? ''}`)).join(' \n ');
const disputeText = (disputes: Dispute[]) => disputes.flatMap((d) => [...d.claims.flatMap((c) => c.citations), ...d.established.citations]);

const ASKED = /\b(request(ed|ing)?|asked|appeal(ed)?|call(ed|s)? (for|on)|invok(ed|es))\b/i;
const ASKED_THE_CSTO = /(request|appeal|asked|call(ed)? for)[^.]{0,80}\b(CSTO|Collective Security)/i;

describe('conflicts: the CSTO response is what the record’s own citations support', () => {
	const conflicts = places.filter((p) => p.category === 'conflict');
	it('has a label for every response value', () => {
		for (const c of conflicts) expect(CSTO_RESPONSE_LABEL[c.cstoResponse!], c.id).toBeTruthy();
	});
	it('“refused” or “request made; no CSTO action” only where a citation shows that help was asked for', () => {
		for (const c of conflicts.filter((c) => c.cstoResponse === 'refused' || c.cstoResponse === 'request-no-action'))
			expect(citedText(c.citations), c.id).toMatch(ASKED);
	});
	it('“no request” only where no document quoted says the CSTO was asked', () => {
		for (const c of conflicts.filter((c) => c.cstoResponse === 'no-request' || c.cstoResponse === 'bilateral-request'))
			expect(citedText(c.citations.filter((x) => x.kind === 'source')), c.id).not.toMatch(ASKED_THE_CSTO);
	});
	it('“bilateral request” only with a reference to the bilateral request to Russia', () => {
		for (const c of conflicts.filter((c) => c.cstoResponse === 'bilateral-request')) {
			const ctx = c.citations
				.filter((x) => x.kind === 'context')
				.map((x) => x.note ?? '')
				.join(' ');
			expect(ctx, c.id).toMatch(/Putin|Russia/);
			expect(ctx, c.id).toMatch(/1997|bilateral/);
		}
	});
	it('“intervened” only where a citation reports a deployment', () => {
		for (const c of conflicts.filter((c) => c.cstoResponse === 'intervened'))
			expect(citedText(c.citations), c.id).toMatch(/peacekeep|troops|deploy|sending/i);
	});
	it('the 2020 Karabakh war is not shown as a CSTO refusal, and 004’s claim is shown as disputed', () => {
		const k = placeById.get('conflict-karabakh-war-2020')!;
		expect(k.cstoResponse).toBe('bilateral-request');
		expect(disputeText(k.disputes).some((c) => c.kind === 'source' && c.quote.includes('Russia refused to help Armenia'))).toBe(true);
	});
	it('June 2010 in Kyrgyzstan: the CSTO discussed the request and sent no forces, so it is not shown as ignored', () => {
		const k = placeById.get('conflict-south-kyrgyzstan-clashes-2010')!;
		expect(k.cstoResponse).toBe('refused');
		expect(citedText(k.citations)).toMatch(/helicopters/);
	});
	it('2020 Karabakh: the record says which districts changed control in the war and under the ceasefire, in neutral verbs (#22 item 20)', () => {
		const text = placeById.get('conflict-karabakh-war-2020')!.description;
		expect(text).toMatch(/took control of four of the seven districts.*other three districts.*passed to Azerbaijani control/);
		expect(text).not.toMatch(/\b(retook|retaken|handed back)/i);
	});
	it('a record ending in 2018 cites nothing written about 2021', () => {
		const isis = placeById.get('conflict-isis-northern-afghanistan-2018')!;
		const all = [...isis.citations, ...disputeText(isis.disputes)];
		expect(all.some((c) => c.kind === 'source' && c.quote.includes('imperial machine'))).toBe(false);
	});
});

describe('known wrong claims appear only as the disputed side of a disagreement', () => {
	// Quotes the review found wrong. Each may be cited inside a dispute, never as plain support.
	const WRONG = [
		'Kazakhstan signed the treaty way back in 1994',
		'Some 8,400 US troops and 6,400 NATO soldiers remain',
		'On January 2, violence erupted in Kazakh cities',
		'Uzbekistan joined the council in 2018',
		'Turkey was admitted to the SCO as an observer',
		'NATO member Turkey invaded CSTO member Armenia',
		'at the 210th Russian military base',
		// Second review: Pashinyan was prime minister, and Kommersant's list leaves out Kyrgyzstan.
		'Armenia President Nikol Pashinyan',
		'the organization members include Russia, Belarus, Armenia, Kazakhstan, and Tajikistan'
	];
	const records: { id: string; citations: Citation[]; disputes: Dispute[] }[] = [
		...places,
		...(
			membership.countries as never as {
				iso3: string;
				note?: { citations: Citation[] };
				events: { id: string; citations: Citation[] }[];
				disputes?: Dispute[];
			}[]
		).flatMap((c) => [
			{ id: c.iso3, citations: c.note?.citations ?? [], disputes: c.disputes ?? [] },
			...c.events.map((e) => ({ id: e.id, citations: e.citations, disputes: [] }))
		])
	];
	for (const quote of WRONG)
		it(quote, () => {
			// A record may cite the quote for what it gets right only if its own dispute names the error.
			const plain = records.filter((r) => r.citations.some((c) => c.kind === 'source' && c.quote.includes(quote)));
			for (const r of plain)
				expect(
					disputeText(r.disputes).some((c) => c.kind === 'source' && c.quote.includes(quote)),
					`${r.id} cites “${quote}” without a dispute`
				).toBe(true);
			const disputed = records.filter((r) => disputeText(r.disputes).some((c) => c.kind === 'source' && c.quote.includes(quote)));
			expect(disputed.length, quote).toBeGreaterThan(0);
		});
});

describe('tour steps', () => {
	const visibleIn = (p: Place, year: number) => visibilityIn(p, year, TODAY) !== 'hidden';
	for (const step of steps) {
		const year = tourStepYear(step, MAX_YEAR);
		it(`${step.id}: every highlighted pin is visible in ${year}`, () => {
			for (const id of step.highlight.places) expect(visibleIn(placeById.get(id)!, year), id).toBe(true);
		});
		it(`${step.id}: ${year} lies within every highlighted record’s dates`, () => {
			for (const id of step.highlight.places) {
				const p = placeById.get(id)!;
				expect(yearOf(startOf(p.start)), id).toBeLessThanOrEqual(year);
				if (p.end !== null) expect(yearOf(endOf(p.end)), id).toBeGreaterThanOrEqual(year);
			}
		});
		it(`${step.id}: the date and the year agree`, () => {
			if (step.year === 'today') expect(step.date).toBe('today');
			else if (step.date !== 'today') expect(yearOf(step.date)).toBe(step.year);
		});
	}
	it('the step about the present shows the current year', () => {
		const last = steps.at(-1)!;
		expect(last.year).toBe('today');
		expect(tourStepYear(last, MAX_YEAR)).toBe(MAX_YEAR);
	});
	it('“Russia’s military footprint” leaves out Baikonur, mainly civilian and only a possible match', () => {
		const footprint = steps.find((s) => /footprint/i.test(s.title))!;
		expect(placeById.get('ru-baikonur-cosmodrome')!.identification?.confidence).toBe('possible');
		expect(footprint.highlight.places).not.toContain('ru-baikonur-cosmodrome');
	});
	it('highlights only states that were members in the rapid-reaction step', () => {
		const rrf = steps.find((s) => s.id === 'rapid-reaction-force-2009')!;
		expect(rrf.highlight.countries).not.toContain('UZB');
	});
	it('titles and captions attribute claims instead of endorsing them', () => {
		for (const s of steps) {
			expect(s.text, s.id).not.toMatch(/\b(points out|confirms|reveals|proves|rightly)\b/i);
			expect(`${s.title} ${s.text}`, s.id).not.toMatch(/keeps the CSTO out|retook much of Nagorno-Karabakh/);
		}
	});
});

describe('Russian presence and occupied territory stay on the map', () => {
	const active = (p: Place, year: number) => visibilityIn(p, year, TODAY) === 'active';
	const inBox = (p: Place, [w, s, e, n]: number[]) =>
		p.location.lon >= w && p.location.lon <= e && p.location.lat >= s && p.location.lat <= n;
	const ABKHAZIA = [40.0, 42.4, 42.2, 43.6];
	const SOUTH_OSSETIA = [43.4, 42.0, 44.6, 42.7];
	for (const [name, box] of [
		['Abkhazia', ABKHAZIA],
		['South Ossetia', SOUTH_OSSETIA]
	] as const)
		it(`a Russian base or force in ${name} in every year from 1995 to today`, () => {
			for (let y = 1995; y <= MAX_YEAR; y++)
				expect(
					places.some((p) => p.category === 'facility' && p.country === 'GEO' && inBox(p, box) && active(p, y)),
					`${name} ${y}`
				).toBe(true);
		});
	it('occupied Ukrainian territory beyond Crimea in 2015 and today', () => {
		for (const y of [2015, 2020, 2023, MAX_YEAR])
			expect(
				places.some((p) => p.category === 'territory' && p.country === 'UKR' && p.id !== 'territory-crimea' && active(p, y)),
				String(y)
			).toBe(true);
	});
	it('the Crimea conflict and territory records explain why they start on different days', () => {
		expect(placeById.get('territory-crimea')!.description).toContain('20 February');
		expect(placeById.get('conflict-crimea-annexation-2014')!.description).toContain('27 February');
	});
	it('the Ukraine war pin is not at the country’s geographic centre', () => {
		const p = placeById.get('conflict-russian-invasion-ukraine-2022')!;
		expect(p.location.lon).toBeGreaterThan(35);
	});
});

describe('membership details from the review', () => {
	it('Uzbekistan returns on 23 June 2006, the day of the Minsk session', () => {
		const e = countryByIso.get('UZB')!.events.find((e) => e.type === 'rejoined')!;
		expect(e.date).toBe('2006-06-23');
		expect(placeById.get('event-uzbekistan-rejoins-2006')!.start).toBe(e.date);
	});
	it('Afghanistan and Serbia are observers in the CSTO Parliamentary Assembly from 2013, not members', () => {
		for (const iso of ['AFG', 'SRB']) {
			expect(statusInYear(countryByIso.get(iso)!, 2012, TODAY).status, iso).toBe('never');
			expect(statusInYear(countryByIso.get(iso)!, 2013, TODAY).status, iso).toBe('observer');
		}
		expect(STATUS_LABEL.observer).toMatch(/not a member/);
		expect(STATUS_LABEL.observer).toMatch(/Parliamentary Assembly/);
	});
	it('Armenia’s 2024 budget refusal is dated to the foreign ministry’s statement of 8 May 2024', () => {
		expect(placeById.get('event-armenia-budget-refusal-2024')!.start).toBe('2024-05-08');
	});
	it('Armenia’s record goes past the 2024 freeze, and its note cites the sentence about its leadership', async () => {
		expect(countryByIso.get('ARM')!.events.some((e) => e.date === '2024-06-12')).toBe(true);
		expect(statusInYear(countryByIso.get('ARM')!, MAX_YEAR, TODAY).status).toBe('suspended');
		// The note and its quotes come with the full record, which the country panel loads.
		const arm = (await loadCountryDetails()).get('ARM')!;
		expect(arm.note!.citations.some((c) => c.kind === 'source' && c.quote.includes('the leadership of Armenia'))).toBe(true);
		expect(arm.note!.citations.some((c) => c.kind === 'source' && c.quote.includes('Some citizens'))).toBe(false);
	});
});

describe('the first download carries membership without its quotes', () => {
	it('keeps every state and dated event, and the full record adds the notes and quotes back', async () => {
		const full = await loadCountryDetails();
		for (const c of atlasCountries()) {
			const iso = c.iso3;
			const f = full.get(iso);
			if (!f) continue;
			expect(c.events.map((e) => `${e.id} ${e.type} ${e.date}`)).toEqual(f.events.map((e) => `${e.id} ${e.type} ${e.date}`));
			expect(c.events.every((e) => e.citations.length === 0)).toBe(true);
			expect(f.events.every((e) => e.citations.length > 0)).toBe(true);
		}
	});
});
