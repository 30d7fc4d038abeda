// ESLint (flat config): TypeScript and Svelte rules, run by `npm test`. Layer rules live in
// .dependency-cruiser.cjs; code style is Prettier's.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs['flat/recommended'],
	{
		// __SITE_URL__: the site's address, set at build time (vite.config.ts define).
		languageOptions: { globals: { ...globals.browser, ...globals.node, __SITE_URL__: 'readonly' } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } }
	},
	{
		rules: {
			// Nothing is ever rendered as HTML.
			'svelte/no-at-html-tags': 'error',
			// State is replaced whole (a new Set each time), never mutated in place; local sets are not state.
			'svelte/prefer-svelte-reactivity': 'off',
			// Links are built relative by i18n/pages.ts, so the site works under any sub-path.
			'svelte/no-navigation-without-resolve': 'off',
			// {' — '} keeps spaces that Svelte trims at the edges of a block.
			'svelte/no-useless-mustaches': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		// domain/ is pure rules (its imports are checked by .dependency-cruiser.cjs): no DOM, no storage.
		files: ['src/lib/domain/**/*.ts'],
		rules: {
			'no-restricted-globals': [
				'error',
				...['document', 'window', 'navigator', 'localStorage', 'sessionStorage', 'Element', 'HTMLElement', 'SVGElement'].map((name) => ({
					name,
					message: 'domain/ is pure: the DOM belongs to state/, components/ and the renderers.'
				}))
			],
			'no-restricted-syntax': [
				'error',
				{ selector: "CallExpression[callee.property.name='closest']", message: 'domain/ is pure: no DOM queries.' }
			]
		}
	},
	{
		// Tests and the benchmark edit arbitrary JSON and reach into pages' globals.
		files: ['tests/**', 'bench/**'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	},
	{
		files: ['**/*.cjs'],
		languageOptions: { sourceType: 'commonjs' },
		rules: { '@typescript-eslint/no-require-imports': 'off' }
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'src/lib/paraglide/',
			'test-results/',
			'playwright-report/',
			'bench-results/',
			'.scratch/'
		]
	}
);
