/**
 * What the service worker stores, and when (issue 26): a phone that draws the lite SVG map must
 * not download the detailed MapLibre map (~450 KB gzip) just to have it offline. Pure, so the
 * build (vite.config.ts) and the unit tests use the same rules as the worker.
 *
 * Each language's build lists its own files (scripts/build.mjs builds one per language, each page's
 * JavaScript carrying its own language only), and the worker stores the open pages' languages.
 *
 * Groups of built files:
 * - pages: the prerendered HTML;
 * - detailed: what only the MapLibre map needs (its chunk with MapLibre inside, MapLibre's worker,
 *   its CSS, the label fonts, the 1:50m shapes);
 * - shipped: everything else (the app, its data, the 1:110m shapes the lite map draws).
 *
 * Levels, each storing more:
 * - page: only the pages open now (Save-Data, before the map has been used);
 * - shipped: every page and the shipped group (the lite map works offline);
 * - detailed: everything (the detailed map works offline too).
 */
import type { MapRenderer } from '$lib/domain/mapRenderer';

export type PrecacheLevel = 'page' | 'shipped' | 'detailed';
export type PrecacheGroup = 'pages' | 'shipped' | 'detailed';

/** Written by each language's build next to the app; the worker reads the open pages' languages'. */
export const groupsFile = (locale: string) => `_app/precache/${locale}.json`;

/** One language's files. Paths relative to the site's base (no leading slash). */
export interface PrecacheGroups {
	/** Its build: the hashed files under _app/immutable. */
	build: string[];
	/** Its prerendered pages. */
	pages: string[];
	/** The detailed group, among `build`. */
	detailed: string[];
}

/** One chunk of the client build, as the bundler reports it. */
export interface BuiltChunk {
	file: string;
	/** The module the chunk stands for, when it is an entry or a dynamic entry. */
	module?: string;
	isEntry: boolean;
	imports: string[];
	dynamicImports: string[];
	css: string[];
	assets: string[];
}

/** The module that brings MapLibre: everything only it pulls in is the detailed group. */
export const isDetailedMapModule = (id: string) => /(^|\/)src\/lib\/map\/mapView\.ts$/.test(id);

/**
 * The 1:50m shapes: imported (as a URL) by the shared shapes module, so the chunk graph does not
 * tell them apart; the lite map only fetches them when zoomed in, and falls back to 1:110m offline.
 */
const DETAILED_SHAPES = /(^|\/)50m\.[\w-]+\.json$/;

/**
 * The detailed group of a build: the files reachable from the detailed map's chunk that nothing
 * else reaches, plus the 1:50m shapes.
 */
export function detailedMapFiles(chunks: readonly BuiltChunk[], isDetailed = isDetailedMapModule): string[] {
	const byFile = new Map(chunks.map((c) => [c.file, c]));
	const reach = (roots: readonly BuiltChunk[], skip: (c: BuiltChunk) => boolean) => {
		const seen = new Set<string>();
		const visit = (c: BuiltChunk | undefined) => {
			if (!c || skip(c) || seen.has(c.file)) return;
			seen.add(c.file);
			for (const f of [...c.css, ...c.assets]) seen.add(f);
			for (const f of [...c.imports, ...c.dynamicImports]) visit(byFile.get(f));
		};
		roots.forEach(visit);
		return seen;
	};
	const detailedRoots = chunks.filter((c) => c.module && isDetailed(c.module));
	const others = reach(
		chunks.filter((c) => c.isEntry),
		(c) => !!c.module && isDetailed(c.module)
	);
	const only = [...reach(detailedRoots, () => false)].filter((f) => !others.has(f));
	const assets = chunks.flatMap((c) => c.assets).filter((f) => DETAILED_SHAPES.test(f));
	return [...new Set([...only, ...assets])].sort();
}

/** How much this visit stores, from what the page knows. */
export function precacheLevel(opts: { map: MapRenderer | null; saveData: boolean; mapUsed: boolean }): PrecacheLevel {
	// Save-Data: the reader pays for every byte; nothing beyond the page until they use the map.
	if (opts.saveData && !opts.mapUsed) return 'page';
	return opts.map === 'detailed' ? 'detailed' : 'shipped';
}

export const levelRank: Record<PrecacheLevel, number> = { page: 0, shipped: 1, detailed: 2 };

export const parseLevel = (raw: unknown): PrecacheLevel | null => (raw === 'page' || raw === 'shipped' || raw === 'detailed' ? raw : null);

/** The languages of the pages open now (`/csto/ru/embed/` is Russian); the base language when none is. */
export function languagesOf(openPages: readonly string[], base: string, locales: readonly string[], baseLocale: string): string[] {
	const of = (path: string) => {
		const first = path.slice(base.length + 1).split('/')[0];
		return first !== baseLocale && locales.includes(first) ? first : baseLocale;
	};
	return [...new Set(openPages.length ? openPages.map(of) : [baseLocale])];
}

/**
 * The paths to store at `level`: `files` are the static files (every language's), `groups` the
 * languages to store, `openPages` the paths of the pages open now (the page level stores only these).
 */
export function precachePaths(
	level: PrecacheLevel,
	files: readonly string[],
	base: string,
	groups: readonly PrecacheGroups[],
	openPages: readonly string[]
): string[] {
	const at = (path: string) => `${base}/${path}`;
	const pages = groups.flatMap((g) => g.pages.map(at));
	if (level === 'page') return openPages.filter((p) => pages.includes(p));
	const detailed = new Set(groups.flatMap((g) => g.detailed));
	const build = groups.flatMap((g) => g.build.filter((f) => level === 'detailed' || !detailed.has(f)).map(at));
	return [...new Set([...build, ...files, ...pages])];
}
