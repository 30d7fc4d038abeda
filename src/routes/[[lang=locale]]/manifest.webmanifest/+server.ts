// One manifest per language, prerendered next to that language's pages.
import { baseLocale, isLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { webManifest } from '$lib/text/webManifest';

export const prerender = true;

export function GET({ params }: { params: { lang?: string } }) {
	const locale = isLocale(params.lang) ? params.lang : baseLocale;
	const words = {
		name: m.app_install_name({}, { locale }),
		shortName: m.app_name({}, { locale }),
		description: m.meta_description({}, { locale })
	};
	return new Response(JSON.stringify(webManifest(locale, baseLocale, words), null, '\t'), {
		headers: { 'content-type': 'application/manifest+json' }
	});
}
