import { describe, expect, it } from 'vitest';
import { detailedMapFiles, languagesOf, precacheLevel, precachePaths, type BuiltChunk } from '$lib/offline/precacheGroups';

/** A client build shaped like the real one (build/_app/immutable, names as each language's `vite build` writes them). */
const A = '_app/immutable';
const chunk = (file: string, more: Partial<BuiltChunk> = {}): BuiltChunk => ({
	file: `${A}/${file}`,
	isEntry: false,
	imports: [],
	dynamicImports: [],
	css: [],
	assets: [],
	...more
});
const start = chunk('entry/start.B1.js', {
	isEntry: true,
	module: '/w/.svelte-kit/generated/client-optimized/start.js',
	imports: [`${A}/chunks/shared.js`]
});
const app = chunk('entry/app.C2.js', {
	isEntry: true,
	imports: [`${A}/chunks/shared.js`, `${A}/chunks/shapesUrl.js`],
	dynamicImports: [`${A}/chunks/BamWxuOE.js`, `${A}/chunks/lite.js`]
});
const shared = chunk('chunks/shared.js');
const shapes = chunk('chunks/shapesUrl.js', { assets: [`${A}/assets/50m.DaegTp7o.json`, `${A}/assets/110m.Cyztp8Ze.json`] });
const lite = chunk('chunks/lite.js', {
	module: '/w/src/lib/svgmap/LiteMap.svelte',
	imports: [`${A}/chunks/shared.js`],
	css: [`${A}/assets/LiteMap.DwxnKjhT.css`]
});
const mapView = chunk('chunks/BamWxuOE.js', {
	module: '/w/src/lib/map/mapView.ts',
	imports: [`${A}/chunks/shared.js`, `${A}/chunks/labels.js`],
	css: [`${A}/assets/mapView.DgJhrYW-.css`, `${A}/assets/maplibre-gl.qvkd0SPb.css`],
	assets: [`${A}/assets/maplibre-gl-worker.CZtFQQIV.mjs`, `${A}/assets/noto-sans-latin-400-normal.BTkUljjl.woff2`]
});
const labels = chunk('chunks/labels.js');
const BUILD = [start, app, shared, shapes, lite, mapView, labels];

describe('the detailed group', () => {
	const detailed = detailedMapFiles(BUILD);
	it('holds MapLibre’s chunk, its worker, CSS and fonts, what only it imports, and the 1:50m shapes', () => {
		expect(detailed).toEqual(
			[
				'chunks/BamWxuOE.js',
				'chunks/labels.js',
				'assets/mapView.DgJhrYW-.css',
				'assets/maplibre-gl.qvkd0SPb.css',
				'assets/maplibre-gl-worker.CZtFQQIV.mjs',
				'assets/noto-sans-latin-400-normal.BTkUljjl.woff2',
				'assets/50m.DaegTp7o.json'
			]
				.map((f) => `${A}/${f}`)
				.sort()
		);
	});
	it('leaves out what the lite map or the app also use', () => {
		for (const f of [shared.file, lite.file, `${A}/assets/LiteMap.DwxnKjhT.css`, `${A}/assets/110m.Cyztp8Ze.json`])
			expect(detailed).not.toContain(f);
	});
	it('is only the shapes when the build has no detailed map', () => {
		expect(detailedMapFiles(BUILD.filter((c) => c !== mapView))).toEqual([`${A}/assets/50m.DaegTp7o.json`]);
	});
});

describe('the level a visit stores', () => {
	it('follows the map that draws', () => {
		expect(precacheLevel({ map: 'lite', saveData: false, mapUsed: false })).toBe('shipped');
		expect(precacheLevel({ map: null, saveData: false, mapUsed: false })).toBe('shipped');
		expect(precacheLevel({ map: 'detailed', saveData: false, mapUsed: false })).toBe('detailed');
	});
	it('under Save-Data is the page alone until the map is used', () => {
		expect(precacheLevel({ map: 'detailed', saveData: true, mapUsed: false })).toBe('page');
		expect(precacheLevel({ map: 'lite', saveData: true, mapUsed: true })).toBe('shipped');
		expect(precacheLevel({ map: 'detailed', saveData: true, mapUsed: true })).toBe('detailed');
	});
});

describe('the languages stored', () => {
	it('are those of the pages open now, under any base', () => {
		expect(languagesOf(['/csto/ru/embed/', '/csto/'], '/csto', ['en', 'ru'], 'en')).toEqual(['ru', 'en']);
		expect(languagesOf(['/ru/', '/ru/presenter/'], '', ['en', 'ru'], 'en')).toEqual(['ru']);
		// A folder that is not a language is a page of the base language.
		expect(languagesOf(['/embed/'], '', ['en', 'ru'], 'en')).toEqual(['en']);
	});
	it('are the base language when no page is open', () => {
		expect(languagesOf([], '/csto', ['en', 'ru'], 'en')).toEqual(['en']);
	});
});

describe('the paths a level stores', () => {
	const files = ['/csto/favicon.svg'];
	const en = {
		build: ['_app/immutable/chunks/BamWxuOE.js', '_app/immutable/chunks/en.js', '_app/immutable/assets/50m.D.json'],
		pages: ['', 'presenter/'],
		detailed: ['_app/immutable/chunks/BamWxuOE.js', '_app/immutable/assets/50m.D.json']
	};
	const ru = {
		build: ['_app/immutable/chunks/BamWxuOE.js', '_app/immutable/chunks/ru.js', '_app/immutable/assets/50m.D.json'],
		pages: ['ru/', 'ru/presenter/'],
		detailed: ['_app/immutable/chunks/BamWxuOE.js', '_app/immutable/assets/50m.D.json']
	};
	it('page: only the pages open now', () => {
		expect(precachePaths('page', files, '/csto', [ru], ['/csto/ru/', '/csto/not-a-page'])).toEqual(['/csto/ru/']);
	});
	it('shipped: the language’s build but the detailed map, the static files and the language’s pages', () => {
		expect(precachePaths('shipped', files, '/csto', [en], [])).toEqual([
			'/csto/_app/immutable/chunks/en.js',
			'/csto/favicon.svg',
			'/csto/',
			'/csto/presenter/'
		]);
	});
	it('detailed: everything of the language', () => {
		expect(precachePaths('detailed', files, '/csto', [en], [])).toHaveLength(6);
	});
	it('two languages open: both, each file once', () => {
		const paths = precachePaths('detailed', files, '/csto', [en, ru], []);
		expect(paths).toHaveLength(9);
		expect(paths).toContain('/csto/_app/immutable/chunks/ru.js');
		expect(paths).toContain('/csto/ru/presenter/');
	});
});
