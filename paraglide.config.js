/**
 * How the messages in messages/{locale}/*.json are compiled to src/lib/paraglide (by the Vite plugin
 * and by `npm run messages` before type checks). One place, so both compile the same runtime.
 *
 * The locale comes from the page itself: every page is prerendered once per language (/, /ru/),
 * with <html lang> set. So the client reads `lang` (the `custom-htmlLang` strategy, defined in
 * src/lib/i18n/locale.ts) and never the URL, which works under any sub-path of a static host.
 * During prerendering src/hooks.server.ts sets the locale for each page.
 *
 * One language per page's JavaScript (issue 26): scripts/build.mjs builds the site once per
 * language, and each client build defines STATIC_LOCALE as that language (vite.config.ts), so the
 * minifier drops every other language's texts. Elsewhere (dev, tests, prerendering) it is
 * undefined and the messages pick the language at run time.
 */
/** Exactly Paraglide's own per-locale-build expression: only then do the messages read it inline. */
export const STATIC_LOCALE = '/** @type {any} */ (globalThis).__PARAGLIDE_STATIC_LOCALE__';
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['custom-htmlLang', 'baseLocale'],
	emitGitIgnore: true,
	experimentalStaticLocale: STATIC_LOCALE
};
