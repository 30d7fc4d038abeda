/**
 * The app-wide keys: the presenter's clicker, the tour, the shortcuts help and Escape. Which key
 * means what lives in $lib/domain/keys; this module decides what that does to the app's state.
 */
import { keyAction } from '$lib/domain/keys';
import type { AppController } from './app.svelte';
import { openPresenterView } from './presenterWindow.svelte';

/**
 * Elements that handle their own keys: form fields other than the year slider, list boxes, tab
 * lists, open dialogs (a closing one may still hold the focus) and either map (their arrows pan, +/- zoom). A DOM question, so it lives
 * here and not in the pure $lib/domain/keys.
 */
const OWNS_ITS_KEYS =
	'input:not([type="range"]), textarea, select, [contenteditable="true"], [role="listbox"], [role="tablist"], dialog[open]';
/**
 * The maps own only the keys that move them: the clicker's Page Up/Down still step on a focused
 * map. Both maps mark the element that takes their keys (map/maplibreDom.ts, svgmap/LiteMap.svelte).
 */
const MAP = '[data-map-keys]';
const MAP_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', '+', '-', '=', '_', '0']);

/** Keys typed into a field, or meant for a widget that handles them itself, are left alone. */
export function isOwnedByWidget(target: EventTarget | null, key = ''): boolean {
	if (!(target instanceof Element)) return false;
	return target.closest(OWNS_ITS_KEYS) !== null || (MAP_KEYS.has(key) && target.closest(MAP) !== null);
}

/** Acts on a window keydown; true when the key was used (the caller then prevents its default). */
export function handleShortcut(e: KeyboardEvent, app: AppController): boolean {
	const { tour, presenter } = app;
	if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return false;
	const action = keyAction(e.key, e.shiftKey);
	if (!action) return false;
	// An open dialog takes every key, Escape included (it closes the dialog, nothing else).
	if (e.target instanceof Element && e.target.closest('dialog[open]')) return false;
	if (action === 'exit') {
		if (presenter.blank) {
			presenter.toggleBlank();
			return true;
		}
		return app.leaveMode();
	}
	// Typing in the search box or moving the slider keeps its keys.
	if (isOwnedByWidget(e.target, e.key)) return false;
	if (action === 'present') {
		void presenter.toggle();
		return true;
	}
	if (action === 'presenter-view') {
		if (!presenter.on) return false;
		openPresenterView(app);
		return true;
	}
	if (action === 'blank') {
		if (!presenter.on) return false;
		presenter.toggleBlank();
		return true;
	}
	// The stage's caption: hidden and shown again (H), or its whole story opened (M).
	if (action === 'caption' || action === 'more') {
		if (!presenter.on || presenter.blank) return false;
		if (action === 'caption') app.stage.toggleCaption();
		else app.stage.setMoreOpen(app.hasMore);
		return true;
	}
	// A blanked screen comes back with the next clicker key, which does nothing else.
	if (presenter.blank) {
		presenter.toggleBlank();
		return true;
	}
	if (action === 'help') {
		app.openDialog('help');
		return true;
	}
	// The clicker keys step the tour, or the year; outside presenting they are left to the page.
	if (!presenter.on && !tour.active) return false;
	if (e.key === ' ' && e.target instanceof HTMLButtonElement) return false;
	app.clickerStep(action);
	return true;
}
