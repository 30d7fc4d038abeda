import { browser } from '$app/environment';
import { prepareFormatters } from '$lib/i18n/format';
import { giveWay } from '$lib/geo/paintLater.svelte';

export const prerender = true;
export const trailingSlash = 'always';

// The page's date and list formatters are made in a task of their own before hydration: on /ru/
// the first of each loads ICU's Russian data, which made hydration one long task (issue 26).
export async function load() {
	if (browser) {
		prepareFormatters();
		await giveWay();
	}
	return {};
}
