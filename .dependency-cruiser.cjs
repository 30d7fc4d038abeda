/**
 * The layers, checked by `npm test` (dependency-cruiser). Roughly:
 *   i18n  <-  data  <-  domain (pure rules)  <-  geo, text (words)  <-  state (runes classes)  <-  components, routes (layout)
 * with the two renderers (map/ for MapLibre, svgmap/ for SVG) and export/ beside state. A domain
 * rule that needs words takes them as an argument; text/ passes them in the page's language.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
	forbidden: [
		{
			name: 'domain-is-pure',
			comment: 'domain/ holds the rules: no runes state, no components, no renderer, no UI messages or texts (text/ builds those).',
			severity: 'error',
			from: { path: '^src/lib/domain/' },
			to: { path: '^src/lib/(state|components|map|svgmap|export|paraglide|i18n|text)/' }
		},
		{
			name: 'text-is-words',
			comment: "text/ words the rules (domain, data) in the page's language: no runes state, no renderer, no export.",
			severity: 'error',
			from: { path: '^src/lib/text/' },
			to: { path: '^src/lib/(state|components|map|svgmap|export|geo)/' }
		},
		{
			name: 'maplibre-only-in-map',
			comment: 'MapLibre calls live in src/lib/map/.',
			severity: 'error',
			from: { pathNot: '^src/lib/map/' },
			to: { path: 'node_modules/maplibre-gl' }
		},
		{
			name: 'renderers-apart',
			comment: 'The MapLibre map and the SVG map never import each other.',
			severity: 'error',
			from: { path: '^src/lib/(map|svgmap)/' },
			to: { path: '^src/lib/(map|svgmap)/', pathNot: '^src/lib/$1/' }
		},
		{
			name: 'no-upward-imports',
			comment: 'Rules and state never import layout.',
			severity: 'error',
			from: { path: '^src/lib/(data|domain|geo|text|state|map|svgmap|export|i18n)/' },
			to: { path: '^src/lib/components/' }
		},
		{
			name: 'no-folder-cycles',
			comment: 'Folders depend one way.',
			severity: 'error',
			scope: 'folder',
			from: { path: '^src/lib' },
			to: { circular: true }
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		webpackConfig: { fileName: 'scripts/depcruise-alias.cjs' },
		tsPreCompilationDeps: true,
		enhancedResolveOptions: {
			exportsFields: ['exports'],
			conditionNames: ['import', 'require', 'node', 'default', 'svelte'],
			extensions: ['.ts', '.js', '.svelte']
		},
		extraExtensionsToScan: ['.svelte']
	}
};
