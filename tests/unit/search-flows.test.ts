// Search forgives small typos and finds names in the app's other language (issue 23, item 2).
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import countryNames from 'virtual:country-names';
import { placesIn } from './placesData';
import { atlasCountries, countryName, otherLanguageNames } from '$lib/data/atlasData';
import { buildSearchIndex, search } from '$lib/text/searchIndex';
import { editDistance, nearMiss, typosAllowed } from '$lib/domain/fuzzy';

const names = countryNames as Record<string, Record<string, string>>;
const enPlaces = placesIn('en');
const ruPlaces = placesIn('ru');
/** Each place's names in the other language, as the places store builds them. */
const aliasesFrom = (other: typeof enPlaces) => new Map(other.map((p) => [p.id, [p.name, p.location.place]]));

describe('edit distance', () => {
	it('counts inserts, deletes, substitutions and swapped neighbours as one edit each', () => {
		expect(editDistance('armenai', 'armenia')).toBe(1);
		expect(editDistance('kazakstan', 'kazakhstan')).toBe(1);
		expect(editDistance('bishkec', 'bishkek')).toBe(1);
		expect(editDistance('tajikstna', 'tajikistan')).toBe(2);
		expect(editDistance('russia', 'russia')).toBe(0);
		expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
	});
	it('forgives nothing in short words, one typo up to seven letters, two from eight', () => {
		expect([typosAllowed('base'), typosAllowed('armen'), typosAllowed('armenai'), typosAllowed('kazakstan')]).toEqual([0, 1, 1, 2]);
		expect(nearMiss('rusia', ['russia'])).toBe(true);
		expect(nearMiss('armena', ['armenia'])).toBe(true); // still typing
		expect(nearMiss('bsae', ['base'])).toBe(false);
		expect(nearMiss('armxxia', ['armenia'])).toBe(false);
	});
});

describe('search with typos', () => {
	const index = buildSearchIndex(atlasCountries(), enPlaces, countryName);
	it('finds Armenia from "Armenai" and Kazakhstan from "Kazakstan"', () => {
		expect(search(index, 'Armenai')[0]).toMatchObject({ type: 'country', id: 'ARM' });
		expect(search(index, 'Kazakstan')[0]).toMatchObject({ type: 'country', id: 'KAZ' });
	});
	it('ranks exact matches before near misses', () => {
		const ids = search(index, 'Russia', 50).map((r) => r.id);
		expect(ids[0]).toBe('RUS');
		expect(search(index, 'zzzzzz')).toEqual([]);
	});
});

describe("names in the app's other language", () => {
	afterEach(() => overwriteGetLocale(() => 'en'));
	it('finds Gyumri and Армения on the English page', () => {
		const aliases = aliasesFrom(ruPlaces);
		const index = buildSearchIndex(atlasCountries(), enPlaces, countryName, [], (id) => aliases.get(id) ?? otherLanguageNames(id));
		expect(search(index, 'Гюмри')[0].id).toBe('ru-102nd-base-gyumri');
		expect(search(index, 'Армения')[0]).toMatchObject({ type: 'country', id: 'ARM', label: 'Armenia' });
	});
	it('finds Gyumri and Armenia on the Russian page', () => {
		overwriteGetLocale(() => 'ru');
		const ruCountries = atlasCountries().map((c) => ({ ...c, name: names.ru[c.iso3] ?? c.name }));
		const aliases = aliasesFrom(enPlaces);
		const index = buildSearchIndex(
			ruCountries,
			ruPlaces,
			(iso) => names.ru[iso] ?? iso,
			[],
			(id) => aliases.get(id) ?? otherLanguageNames(id)
		);
		expect(search(index, 'Gyumri')[0]).toMatchObject({ id: 'ru-102nd-base-gyumri', label: expect.stringContaining('Гюмри') });
		expect(search(index, 'Armenia')[0]).toMatchObject({ type: 'country', id: 'ARM', label: 'Армения' });
	});
});
