/** Remembers that the lite-map notice was said to the reader once (localStorage may be blocked: then for the visit). */
const KEY = 'csto-atlas:lite-notice-dismissed';
let dismissedThisVisit = false;

export function isNoticeDismissed(): boolean {
	try {
		return dismissedThisVisit || localStorage.getItem(KEY) === '1';
	} catch {
		return dismissedThisVisit;
	}
}

export function dismissNotice(): void {
	dismissedThisVisit = true;
	try {
		localStorage.setItem(KEY, '1');
	} catch {
		// Remembered for this visit only.
	}
}
