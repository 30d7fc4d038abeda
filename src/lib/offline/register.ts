/**
 * The service worker is registered once the map has drawn (or after a grace period): its install
 * precaches ~2 MB and compiles scripts, which on a 2-core school PC would slow the first visit.
 * What it stores follows the map this device draws and Save-Data (precacheGroups.ts): the page
 * says so when it registers the worker, and tells it when that changes.
 */
import { base } from '$app/paths';
import type { MapRenderer } from '$lib/domain/mapRenderer';
import { precacheLevel } from './precacheGroups';

/** What the page knows that decides what the worker stores. */
export interface OfflineNews {
	/** The map chosen at start-up, or switched to. */
	map?: MapRenderer;
	/** The reader acted on the map (a click, a switch of map). */
	mapUsed?: boolean;
}

let known: { map: MapRenderer | null; mapUsed: boolean } = { map: null, mapUsed: false };
let registration: Promise<ServiceWorkerRegistration | null> | null = null;

/** The browser's "Save-Data" setting (Chromium; other browsers say nothing). */
const saveData = () => (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;
const level = () => precacheLevel({ ...known, saveData: saveData() });
const available = () => !import.meta.env.DEV && typeof navigator !== 'undefined' && 'serviceWorker' in navigator;

export function registerServiceWorker(): void {
	if (registration || !available()) return;
	// Under the site's base, so the same build works from any sub-path (/csto/) and every page of it
	// (/ru/ too) shares one worker whose scope covers them all. The level is what its install stores,
	// so the page it controls has that much offline.
	const url = new URL(`${base}/service-worker.js?precache=${level()}`, location.href);
	registration = navigator.serviceWorker.register(url).then(
		(reg) => {
			// A worker installed from a page in another language stores this page's language too.
			// (No registration where registering is stubbed out, as by Playwright's blocked workers.)
			reg?.active?.postMessage({ precache: level() });
			return reg ?? null;
		},
		// No offline copy (private mode, file://, a host that forbids it): the app still works.
		() => null
	);
}

/** Tells the worker (once registered) what this visit needs stored; before that, the registration will. */
export function tellServiceWorker(news: OfflineNews): void {
	if (!available()) return;
	const before = level();
	known = { map: news.map ?? known.map, mapUsed: known.mapUsed || !!news.mapUsed };
	const now = level();
	if (!registration || now === before) return;
	// Each worker of the registration stores what it lacks (it fetches nothing twice).
	void registration.then((reg) => {
		for (const worker of new Set([reg?.installing, reg?.waiting, reg?.active])) worker?.postMessage({ precache: now });
	});
}

/** A grace period, for visits where the map never draws. */
export const REGISTER_AFTER_MS = 8000;
