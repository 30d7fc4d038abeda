/**
 * How the messages in messages/{locale}/*.json are compiled to src/lib/paraglide (by the Vite plugin
 * and by `npm run messages` before type checks). One place, so both compile the same runtime.
 *
 * The locale comes from the page itself: every page is prerendered once per language (/, /ru/),
 * with <html lang> set. So the client reads `lang` (the `custom-htmlLang` strategy, defined in
 * src/lib/i18n/locale.ts) and never the URL, which works under any sub-path of a static host.
 * During prerendering src/hooks.server.ts sets the locale for each page.
 */
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['custom-htmlLang', 'baseLocale'],
	emitGitIgnore: true
};
