// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** The site's address without a trailing slash (SITE_URL at build time, see vite.config.ts), or ''. */
	const __SITE_URL__: string;
}

export {};
