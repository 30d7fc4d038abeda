/**
 * The service worker is registered once the map has drawn (or after a grace period): its install
 * precaches ~2 MB and compiles scripts, which on a 2-core school PC would slow the first visit.
 */
let registered = false;

export function registerServiceWorker(): void {
	if (registered || import.meta.env.DEV || !('serviceWorker' in navigator)) return;
	registered = true;
	// Relative to the page, so the same build works from any sub-path (e.g. /csto/).
	navigator.serviceWorker.register(new URL('service-worker.js', document.baseURI)).catch(() => {
		// No offline copy (private mode, file://, a host that forbids it): the app still works.
	});
}

/** A grace period, for visits where the map never draws. */
export const REGISTER_AFTER_MS = 8000;
