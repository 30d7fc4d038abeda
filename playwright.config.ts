import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';

// PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.PORT ?? 4173);

// Browser tests drive Debian's Chromium against the built site (`npm run build` output in build/).
export default defineConfig({
	testDir: 'tests/browser',
	timeout: 60_000,
	expect: { timeout: 15_000 },
	// Files run two at a time (one Chromium each): on a 2-core machine the suite takes about 2/3 of
	// the time it takes one at a time, and every test waits for signals, never for a set time.
	fullyParallel: false,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}/`,
		viewport: { width: 1400, height: 900 },
		// Each test is a first visit; installing the service worker (it precaches ~2 MB) in every one
		// would only add load. The offline and sub-path tests switch it back on.
		serviceWorkers: 'block',
		// Most tests exercise the detailed (MapLibre) map. Without a GPU, as on the machines these tests
		// run on, the lite SVG map is the default, so the reader's stored choice picks the detailed one,
		// as a click on "Detailed map" would. lite-map.spec.ts starts with no stored choice.
		storageState: {
			cookies: [],
			origins: [{ origin: `http://127.0.0.1:${PORT}`, localStorage: [{ name: 'csto-atlas:map', value: 'detailed' }] }]
		},
		launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS }
	},
	webServer: {
		command: `node scripts/serve.mjs ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
