import { afterAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { atlasCountries, countryName } from '$lib/data/atlasData';
import { places, placeById } from './placesData';
import { visibilityIn, SYMBOLS, placesOfState, placesPerYear, type Place } from '$lib/domain/places';
import { SYMBOL_LABEL } from '$lib/text/symbolLabels';
import { spreadOffsets } from '$lib/domain/spread';
import { buildSearchIndex, search } from '$lib/text/searchIndex';

const TODAY = '2026-11-23';
const place = (id: string) => placeById.get(id)!;

describe('which pins show in a year', () => {
	it('shows a facility while it is active', () => {
		const kant = place('ru-kant-air-base'); // from October 2003
		expect(visibilityIn(kant, 2002, TODAY)).toBe('hidden');
		expect(visibilityIn(kant, 2003, TODAY)).toBe('active');
		expect(visibilityIn(kant, 2026, TODAY)).toBe('active');
	});
	it('shows an event only in its year', () => {
		const e = place('event-tashkent-signing-1992');
		expect([1991, 1992, 1993].map((y) => visibilityIn(e, y, TODAY))).toEqual(['hidden', 'active', 'hidden']);
	});
	it('dims a conflict for three years after it ends, then hides it unless all past is shown', () => {
		const war = place('conflict-russo-georgian-war-2008');
		expect([2007, 2008, 2009, 2011, 2012].map((y) => visibilityIn(war, y, TODAY))).toEqual(['hidden', 'active', 'past', 'past', 'hidden']);
		expect(visibilityIn(war, 2020, TODAY, true)).toBe('past');
	});
	it('does not show what has not happened yet this year', () => {
		const p: Place = { ...place('event-tashkent-signing-1992'), start: '2026-12-20', end: '2026-12-20' };
		expect(visibilityIn(p, 2026, TODAY)).toBe('hidden');
		expect(visibilityIn(p, 2026, '2026-12-21')).toBe('active');
	});
});

describe('the places from the sources', () => {
	it('are many, of every symbol', () => {
		expect(places.length).toBeGreaterThan(60);
		for (const s of SYMBOLS)
			expect(
				places.some((p) => p.symbol === s),
				s
			).toBe(true);
	});
	it('mark coups that are only claimed as alleged', () => {
		expect(places.filter((p) => p.kind === 'coup').every((p) => p.alleged)).toBe(true);
	});
	it('all carry at least one verbatim source quote or a named reference', () => {
		for (const p of places) expect(p.citations.length, p.id).toBeGreaterThan(0);
	});
});

describe('fanning out pins at one spot', () => {
	it('rings identical spots and leaves lone pins in place', () => {
		const o = spreadOffsets([
			{ id: 'a', lon: 37.6, lat: 55.75 },
			{ id: 'b', lon: 37.6, lat: 55.75 },
			{ id: 'c', lon: 37.61, lat: 55.76 },
			{ id: 'd', lon: 44.5, lat: 40.2 }
		]);
		expect(o.get('d')).toEqual([0, 0]);
		const ring = ['a', 'b', 'c'].map((id) => o.get(id)!);
		expect(new Set(ring.map((p) => p.join())).size).toBe(3);
		for (const [x, y] of ring) expect(Math.hypot(x, y)).toBeGreaterThanOrEqual(10);
	});
	it('gives every data pin at the same spot its own position', () => {
		const o = spreadOffsets(places.map((p) => ({ id: p.id, lon: p.location.lon, lat: p.location.lat })));
		const seen = new Set<string>();
		for (const p of places) {
			const key = `${p.location.lon.toFixed(3)},${p.location.lat.toFixed(3)},${o.get(p.id)!.join()}`;
			expect(seen.has(key), p.id).toBe(false);
			seen.add(key);
		}
	});
});

describe('search', () => {
	const index = buildSearchIndex(atlasCountries(), places, countryName);
	it('finds Gyumri, the 201st and Almaty', () => {
		expect(search(index, 'Gyumri')[0].id).toBe('ru-102nd-base-gyumri');
		expect(search(index, '201st').map((r) => r.id)).toEqual(expect.arrayContaining(['ru-201st-base-dushanbe', 'ru-201st-base-bokhtar']));
		expect(search(index, 'almaty').length).toBeGreaterThan(0);
	});
	it('finds states by name or code, ignoring case and accents', () => {
		expect(search(index, 'uzbek')[0]).toMatchObject({ type: 'country', id: 'UZB' });
		expect(search(index, 'ARM')[0]).toMatchObject({ type: 'country', id: 'ARM' });
	});
	it('returns nothing for nothing', () => {
		expect(search(index, '   ')).toEqual([]);
		expect(search(index, 'zzqx')).toEqual([]);
	});
});

describe('the table lists every state the places mention', () => {
	it('includes them as never members, before the places load', () => {
		for (const iso of new Set(places.map((p) => p.country)))
			expect(
				atlasCountries().some((c) => c.iso3 === iso),
				iso
			).toBe(true);
	});
});

describe('the event symbol (#22 item 6)', () => {
	afterAll(() => overwriteGetLocale(() => 'en'));
	it('does not call every event the CSTO’s: the Munich speech, the Caspian Convention, Geneva and C5+1 share it', () => {
		const notCsto = ['event-munich-speech-2007', 'event-caspian-convention-2018', 'event-geneva-talks-2022', 'event-c5-plus-1-summit-2023'];
		for (const id of notCsto) expect(placeById.get(id)?.symbol, id).toBe('event');
		for (const locale of ['en', 'ru'] as const) {
			overwriteGetLocale(() => locale);
			expect(SYMBOL_LABEL.event).not.toMatch(/CSTO|ОДКБ|Organization|Организаци/i);
			expect(SYMBOL_LABEL.event).toBe(locale === 'en' ? 'Event' : 'Событие');
		}
	});
});

describe("a state's places and the strip's years", () => {
	it('lists a state’s places, and those active in the shown year', () => {
		const visibility = new Map(places.map((p) => [p.id, visibilityIn(p, 2024, TODAY, false)]));
		const { all, active } = placesOfState(places, 'ARM', visibility);
		expect(all.length).toBeGreaterThan(0);
		expect(all.every((p) => p.country === 'ARM')).toBe(true);
		expect(active.map((p) => p.id)).toContain('ru-102nd-base-gyumri');
		expect(active.every((p) => visibility.get(p.id) === 'active')).toBe(true);
		expect(placesOfState(places, 'ARM', new Map()).active).toEqual([]);
	});
	it('counts events and conflict starts in the year they begin, and nothing outside the range', () => {
		const years = placesPerYear(places, 2020, 2022);
		expect(years.map((y) => y.year)).toEqual([2020, 2021, 2022]);
		const conflicts2022 = places.filter((p) => p.category === 'conflict' && p.start.startsWith('2022'));
		expect(years[2].conflicts.map((p) => p.id).sort()).toEqual(conflicts2022.map((p) => p.id).sort());
		expect(years.flatMap((y) => [...y.events, ...y.conflicts]).every((p) => /^202[0-2]/.test(p.start))).toBe(true);
	});
});
