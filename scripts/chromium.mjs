// Where Chromium is, and the flags that keep it quiet on a closed network (see DESIGN.md).
import { existsSync } from 'node:fs';

const PLAYWRIGHT_DISABLED_FEATURES = [
	'AvoidUnnecessaryBeforeUnloadCheckSync',
	'DestroyProfileOnBrowserClose',
	'HttpsUpgrades',
	'HttpsFirstBalancedModeAutoEnable',
	'LensOverlay',
	'MediaRouter',
	'PaintHolding',
	'ThirdPartyStoragePartitioning',
	'AvoidCorsURLLoaderRestartOnRedirect',
	'OptimizationHints',
	'NetworkTimeServiceQuerying',
	'AimEnabled',
	'PreconnectToSearch'
];

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	// Every new window (each test's or benchmark visit's browser context) otherwise loads Chromium's
	// own omnibox-popup WebUI in a second renderer: ~0.7 s of CPU that competes with the page's first
	// paint on 2 cores. A reader's page load does not pay it (their window already exists).
	// Chromium keeps only the last --disable-features switch, so this one also repeats the list
	// Playwright passes before it (playwright-core's chromiumSwitches), which it would otherwise drop.
	'--disable-features=' +
		['PreloadTopChromeWebUI', 'WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup', ...PLAYWRIGHT_DISABLED_FEATURES].join(
			','
		)
];

export function chromiumPath() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
	const found = candidates.find((p) => p && existsSync(p));
	if (!found) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH');
	return found;
}
