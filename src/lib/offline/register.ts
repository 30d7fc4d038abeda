/**
 * The service worker is registered once the map has drawn (or after a grace period): its install
 * precaches ~2 MB and compiles scripts, which on a 2-core school PC would slow the first visit.
 */
import { base } from '$app/paths';

let registered = false;

export function registerServiceWorker(): void {
	if (registered || import.meta.env.DEV || !('serviceWorker' in navigator)) return;
	registered = true;
	// Under the site's base, so the same build works from any sub-path (/csto/) and every page of it
	// (/ru/ too) shares one worker whose scope covers them all.
	navigator.serviceWorker.register(new URL(`${base}/service-worker.js`, location.href)).catch(() => {
		// No offline copy (private mode, file://, a host that forbids it): the app still works.
	});
}

/** A grace period, for visits where the map never draws. */
export const REGISTER_AFTER_MS = 8000;
