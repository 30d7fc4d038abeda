/**
 * The name of every state on the map in every language of the app (Node only: the build's
 * virtual:country-names modules and the tests). The base language keeps the shapes' own
 * (Natural Earth) names; the others come from Intl.DisplayNames, overridden or completed by
 * data/state-names.json (self-designations such as Кыргызстан; shapes with no ISO code).
 */
import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { LOCALES } from './schema.ts';

export type NamesByLocale = Record<string, Record<string, string>>;

export function stateNames(topologyPath: string, stateNamesPath: string, baseLocale: string): NamesByLocale {
	const topo = JSON.parse(readFileSync(topologyPath, 'utf8')) as {
		objects: { countries: { geometries: { properties: { a3: string; name: string } }[] } };
	};
	const shapes = topo.objects.countries.geometries.map((g) => g.properties);
	const { names: overrides } = JSON.parse(readFileSync(stateNamesPath, 'utf8')) as { names: NamesByLocale };
	const out: NamesByLocale = {};
	const missing: string[] = [];
	for (const locale of LOCALES) {
		const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
		out[locale] = Object.fromEntries(
			shapes.map(({ a3, name }) => {
				if (locale === baseLocale) return [a3, name];
				const a2 = countries.alpha3ToAlpha2(a3);
				const local = overrides[locale]?.[a3] ?? (a2 ? display.of(a2) : undefined);
				if (!local) missing.push(`${locale}: ${a3} (${name})`);
				return [a3, local ?? name];
			})
		);
	}
	if (missing.length)
		throw new Error(`data/state-names.json: no name for ${missing.join(', ')}. Add it under "names".`);
	return out;
}
