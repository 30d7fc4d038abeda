/**
 * Two screens, through the Window Management API where the browser has it (Chromium): the
 * teacher's window finds the screen it is not on, and the audience's window goes fullscreen
 * there. Fullscreen needs a user gesture in the window that goes fullscreen: the click in the
 * teacher's window is handed over with the message (capability delegation) where the browser
 * supports it; where it does not, the audience answers that it failed and the view says so.
 */
import type { ScreenBox } from '$lib/domain/presenterProtocol';

interface ScreenDetailed extends ScreenBox {
	readonly label?: string;
}
interface ScreenDetails {
	readonly screens: readonly ScreenDetailed[];
	readonly currentScreen: ScreenDetailed;
}
type WithScreens = Window & { getScreenDetails?: () => Promise<ScreenDetails> };

export function hasWindowManagement(win: Window = window): boolean {
	return typeof (win as WithScreens).getScreenDetails === 'function';
}

const boxOf = (s: ScreenBox): ScreenBox => ({ left: s.left, top: s.top, width: s.width, height: s.height });
const same = (a: ScreenBox, b: ScreenBox) => a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height;

export type OtherScreen = { ok: true; screen: ScreenBox } | { ok: false; reason: 'denied' | 'one-screen' | 'again' };

/** Whether the site may already see the screens (without a prompt); false when unknown. */
async function screensAllowed(): Promise<boolean> {
	try {
		return (await navigator.permissions.query({ name: 'window-management' as PermissionName })).state === 'granted';
	} catch {
		return false;
	}
}

/** The screen this window is not on (asking permission first); the largest if there are several. */
export async function otherScreen(win: Window = window): Promise<OtherScreen> {
	let details: ScreenDetails;
	const allowedBefore = await screensAllowed();
	try {
		details = await (win as WithScreens).getScreenDetails!();
	} catch {
		return { ok: false, reason: 'denied' };
	}
	const others = details.screens.filter((s) => !same(s, details.currentScreen));
	if (!others.length) return { ok: false, reason: 'one-screen' };
	// A permission prompt outlasts the click's few seconds of permission to go fullscreen: once
	// allowed, the next click does it at once.
	if (!allowedBefore && (await screensAllowed())) return { ok: false, reason: 'again' };
	const largest = others.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a));
	return { ok: true, screen: boxOf(largest) };
}

/** The audience's side: fullscreen on the screen at `box`; false when refused or not possible. */
export async function fullscreenOnScreen(box: ScreenBox, win: Window = window): Promise<boolean> {
	if (!hasWindowManagement(win)) return false;
	try {
		const details = await (win as WithScreens).getScreenDetails!();
		const screen = details.screens.find((s) => same(s, box));
		if (!screen) return false;
		await win.document.documentElement.requestFullscreen({ screen } as FullscreenOptions);
		return true;
	} catch {
		return false;
	}
}
