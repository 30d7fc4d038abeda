/**
 * The documents' variant spellings (#22, "disagreements still not shown"): search finds a record
 * by any variant and names the standard form; every variant is printed in the documents named.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { atlasCountries, countryName } from '$lib/data/atlasData';
import { spellings } from '$lib/data/spellings';
import { buildSearchIndex, search } from '$lib/text/searchIndex';
import { places } from './placesData';

const SOURCES = process.env.SOURCES_DIR ?? resolve(__dirname, '../../../shared/sources');
const index = buildSearchIndex(atlasCountries(), places, countryName, spellings());
const noteOf = (r: { note?: { text: string }[] }) => r.note?.map((p) => p.text).join('') ?? '';

describe('variant spellings', () => {
	it('are printed in the documents they name, and the standard form is another', () => {
		const files = readdirSync(SOURCES);
		for (const sp of spellings())
			for (const variant of sp.variants) {
				expect(sp.standard).not.toBe(variant);
				for (const id of sp.sources) {
					const text = readFileSync(
						resolve(
							SOURCES,
							files.find((f) => f.startsWith(`${id}_`))!
						),
						'utf8'
					);
					expect(text, `${variant} in ${id}`).toContain(variant);
				}
			}
	});
	it('find Tokayev, Bishkek and Ali Huseynli by the documents’ spellings, with the standard form shown', () => {
		const tokaev = search(index, 'Tokaev');
		expect(tokaev.map((r) => r.id)).toEqual(expect.arrayContaining(['KAZ', 'event-tokayev-appeal-2022']));
		expect(noteOf(tokaev[0])).toBe('“Tokaev” in 000 and 001; usual spelling: Tokayev');
		expect(search(index, 'Bishek')[0]).toMatchObject({ id: 'KGZ' });
		expect(noteOf(search(index, 'Bishek')[0])).toContain('usual spelling: Bishkek');
		for (const q of ['Husseynli', 'Huseinli']) expect(noteOf(search(index, q)[0]), q).toContain('Ali Huseynli');
	});
	it('say nothing when the standard form is typed', () => {
		const r = search(index, 'Tokayev');
		expect(r.map((x) => x.id)).toContain('event-tokayev-appeal-2022');
		expect(r.every((x) => !x.note)).toBe(true);
	});
});
