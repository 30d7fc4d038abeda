/**
 * The web app manifest of one language's pages (installable, issue 26). Every URL in it is relative
 * to the manifest's own URL (<base>/manifest.webmanifest, <base>/ru/manifest.webmanifest), so the
 * same build installs from the host's root or from any sub-path.
 */
export interface ManifestWords {
	name: string;
	shortName: string;
	description: string;
}

/** The colour of the icon's tile: the installed app's title bar and splash screen. */
export const THEME_COLOUR = '#0072B2';

export function webManifest(locale: string, baseLocale: string, words: ManifestWords) {
	// The base language's manifest sits at the site's root, the others one folder down.
	const root = locale === baseLocale ? './' : '../';
	return {
		id: './',
		name: words.name,
		short_name: words.shortName,
		description: words.description,
		lang: locale,
		dir: 'ltr',
		// Opens on this language's map; every page of the site (the other language too) is in scope.
		start_url: './',
		scope: root,
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: THEME_COLOUR,
		icons: [
			{ src: `${root}icons/icon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
			{ src: `${root}icons/icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: `${root}icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
			{ src: `${root}icons/icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' }
		]
	};
}

/** The manifest's path from the site's base, for the page's <link rel="manifest">. */
export const manifestPath = (locale: string, baseLocale: string) => `${locale === baseLocale ? '' : `/${locale}`}/manifest.webmanifest`;
