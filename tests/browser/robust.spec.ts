/**
 * "Robust in any classroom": offline after one visit, a strict CSP, hosting from a sub-path,
 * no request leaving the origin, and hostile links.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer as createNetServer, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterReloadOffline, serveBuild, waitForServiceWorkerControl, watchRequests } from './site';
import { waitForMap, waitForHydration, pixelAt, closeTo, STATUS_RGB, project, preferDetailedMap, mapSettled, share } from './helpers';

const UZBEKISTAN: [number, number] = [65.4, 40.1]; // member 2006–2012
const BUILD = fileURLToPath(new URL('../../build/', import.meta.url));

async function stepYears(page: Page, key: string, times: number) {
	const slider = page.getByTestId('year-slider');
	await slider.focus();
	for (let i = 0; i < times; i++) await slider.press(key);
}

test.describe('offline after one visit', () => {
	test.use({ serviceWorkers: 'allow' });
	test('with the server gone, a reload still gives the slider, summary and a map that recolours', async ({ page, context }) => {
		test.setTimeout(120_000);
		await preferDetailedMap(context);
		await afterReloadOffline(page, context, '?year=2010', waitForMap, async (requests) => {
			await waitForHydration(page);
			await expect(page.getByTestId('year-display')).toHaveText('2010');
			await expect(page.getByTestId('summary')).toContainText('2010 — ');
			await waitForMap(page);
			await expect.poll(() => pixelAt(page, UZBEKISTAN).then((c) => closeTo(c, STATUS_RGB.member))).toBe(true);

			// Uzbekistan left in 2012.
			await stepYears(page, 'ArrowRight', 3);
			await expect(page.getByTestId('year-display')).toHaveText('2013');
			await expect(page.getByTestId('summary')).toContainText('2013 — ');
			await expect.poll(() => pixelAt(page, UZBEKISTAN).then((c) => closeTo(c, STATUS_RGB.former))).toBe(true);

			// The places (fetched JSON) and a view whose code loads on demand.
			const { x, y } = await project(page, UZBEKISTAN);
			await page.getByTestId('map').click({ position: { x, y } });
			await expect(page.getByTestId('country-panel').getByTestId('country-place-counts')).toContainText(/\d+ in total/);
			await page.getByRole('tab', { name: 'Compare years' }).click();
			await expect(page.getByTestId('compare').getByTestId('small-map')).toHaveCount(2);
			// The worker's own fetches (precache) were seen, and stayed home like the page's.
			expect(requests.byServiceWorker).toBeGreaterThan(0);
			expect(requests.outside).toEqual([]);
		});
	});

	test('a network that hangs gives way to the stored page within seconds', async ({ page, context }) => {
		test.setTimeout(120_000);
		const site = await serveBuild('/');
		await preferDetailedMap(context);
		const held: Socket[] = [];
		// Accepts connections and never answers: a classroom Wi-Fi that is "connected" but dead.
		const blackHole = createNetServer((socket) => void held.push(socket));
		try {
			await page.goto(site.url + '?year=2001');
			await waitForMap(page);
			await waitForServiceWorkerControl(page, site.url);
			await site.stop();
			await new Promise<void>((resolve) => blackHole.listen(site.port, '127.0.0.1', resolve));

			await page.reload();
			await waitForHydration(page);
			await expect(page.getByTestId('year-display')).toHaveText('2001');
			await waitForMap(page);
			expect(held.length).toBeGreaterThan(0);
		} finally {
			for (const s of held) s.destroy();
			await new Promise((resolve) => blackHole.close(resolve));
			await site.stop();
		}
	});
});

/** The policy of a built page, as directive → sources. */
function policyOf(html: string): Map<string, string[]> {
	const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/g)];
	expect(metas).toHaveLength(1);
	return new Map(
		metas[0][1]
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name, sources])
	);
}

test.describe('content security policy', () => {
	test('every built page carries the strict policy in a meta tag, and the served page has it', async ({ page }) => {
		const pages = readdirSync(BUILD, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
		expect(pages).toEqual(expect.arrayContaining(['index.html', 'embed/index.html', 'ru/index.html', 'ru/embed/index.html']));
		for (const file of pages) {
			const csp = policyOf(readFileSync(BUILD + file, 'utf8'));
			expect(csp.get('default-src')).toEqual(["'self'"]);
			const [self, ...hashes] = csp.get('script-src')!;
			expect(self).toBe("'self'");
			// Only kit's hashes of its own start-up script: no 'unsafe-inline', no 'unsafe-eval'.
			expect(hashes.length).toBeGreaterThan(0);
			for (const h of hashes) expect(h).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
			// …and they are the hashes of the page's own inline scripts (the build edits the start-up
			// script so that it waits for the first paint, src/lib/server/deferAppStart.ts).
			const html = readFileSync(BUILD + file, 'utf8');
			const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
				([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`
			);
			expect(inline.sort()).toEqual([...hashes].sort());
			if (file === 'index.html' || file === 'ru/index.html') expect(html).toContain("getEntriesByName('first-contentful-paint')");
			expect(csp.get('worker-src')).toEqual(["'self'"]);
			expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
			expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
			expect(csp.get('font-src')).toEqual(["'self'"]);
			expect(csp.get('connect-src')).toEqual(["'self'"]);
			expect(csp.get('object-src')).toEqual(["'none'"]);
			expect(csp.get('base-uri')).toEqual(["'self'"]);
			expect(csp.get('form-action')).toEqual(["'self'"]);
			expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
		}
		await page.goto('./');
		await waitForHydration(page);
		const served = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policyOf(`<meta http-equiv="content-security-policy" content="${served}">`)).toEqual(
			policyOf(readFileSync(BUILD + 'index.html', 'utf8'))
		);
	});

	test('the map, years, a country, a pin, the table, compare and PNG export break no rule', async ({ page }) => {
		test.setTimeout(90_000);
		await page.addInitScript(() => {
			const w = window as unknown as { cspViolations: string[] };
			w.cspViolations = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				w.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
			);
		});
		const consoleCsp: string[] = [];
		page.on('console', (m) => {
			if (/content security policy|refused to/i.test(m.text())) consoleCsp.push(m.text());
		});
		const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

		await page.goto('./?year=2005');
		await waitForMap(page);
		await stepYears(page, 'ArrowRight', 4);
		await expect(page.getByTestId('year-display')).toHaveText('2009');
		await stepYears(page, 'PageUp', 2);
		await page.getByTestId('year-slider').press('End');
		await stepYears(page, 'ArrowLeft', 14);
		await expect(page.getByTestId('year-display')).toHaveText(String(new Date().getFullYear() - 14));
		const { x, y } = await project(page, UZBEKISTAN);
		await page.getByTestId('map').click({ position: { x, y } });
		await expect(page.getByTestId('country-panel').getByRole('heading', { level: 2 })).toHaveText('Uzbekistan');
		await page.getByTestId('country-panel').locator('[data-place]').first().click();
		await expect(page.getByTestId('place-panel')).toBeVisible();
		const [download] = await Promise.all([page.waitForEvent('download'), share(page, 'Export PNG')]);
		expect(download.suggestedFilename()).toMatch(/^csto-atlas-\d{4}\.png$/);
		await page.getByRole('tab', { name: 'Table' }).click();
		await expect(page.getByTestId('country-table')).toBeVisible();
		await page.getByRole('tab', { name: 'Compare years' }).click();
		await expect(page.getByTestId('compare').getByTestId('small-map')).toHaveCount(2);
		await page.getByRole('tab', { name: 'Map' }).click();
		await waitForMap(page);
		// Violation reports are queued as tasks: once the map has settled and painted, they have arrived.
		await mapSettled(page);

		expect(await violations()).toEqual([]);
		expect(consoleCsp).toEqual([]);

		// The listener is live and the policy enforced: injected inline script and eval are refused.
		const ran = await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.injectedRan = true';
			document.head.append(s);
			return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
		});
		expect(ran).toBe(false);
		await expect.poll(async () => (await violations()).map((v) => v.split(' ')[0])).toEqual(['script-src-elem']);
	});
});

test.describe('hosted from a sub-path', () => {
	test.use({ serviceWorkers: 'allow' });
	test('under /csto/ the map draws, details open, years change and every request stays under /csto/', async ({ page, context }) => {
		test.setTimeout(90_000);
		const site = await serveBuild('/csto/');
		await preferDetailedMap(context);
		try {
			const requests = watchRequests(context, site.url);
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(site.url + '?year=2010&country=UZB');
			await waitForMap(page);
			await expect.poll(() => pixelAt(page, UZBEKISTAN).then((c) => closeTo(c, STATUS_RGB.member))).toBe(true);
			const panel = page.getByTestId('country-panel');
			await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Uzbekistan');
			await expect(panel).toContainText('In 2010: Member');
			// The places' JSON came from under the prefix too.
			await expect(panel.getByTestId('country-place-counts')).toContainText(/\d+ in total/);

			await stepYears(page, 'ArrowRight', 3);
			await expect(page.getByTestId('year-display')).toHaveText('2013');
			await expect(panel).toContainText('In 2013: Former member');
			await expect.poll(() => pixelAt(page, UZBEKISTAN).then((c) => closeTo(c, STATUS_RGB.former))).toBe(true);
			await expect(page).toHaveURL((u) => u.href.startsWith(site.url + '?') && u.searchParams.get('year') === '2013');

			// The service worker's scope is the sub-path, not the host's root.
			await waitForServiceWorkerControl(page, site.url);
			await page.reload();
			await waitForMap(page);
			await expect(page).toHaveURL((u) => u.href.startsWith(site.url + '?') && u.searchParams.get('country') === 'UZB');
			// The worker's own fetches (precache) were seen, and stayed home like the page's.
			expect(requests.byServiceWorker).toBeGreaterThan(0);
			expect(requests.outside).toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await site.stop();
		}
	});
});

test.describe('hostile links', () => {
	const now = new Date().getFullYear();
	const long = 'A'.repeat(20_000);

	/** Opens each link and checks: a year in range, nothing opened, nothing injected, no error, no dialog. */
	async function survives(page: Page, queries: string[]) {
		const problems: string[] = [];
		page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
		page.on('dialog', (d) => {
			problems.push('dialog: ' + d.message());
			void d.dismiss();
		});
		for (const q of queries) {
			const label = q.slice(0, 60);
			await page.goto('./?' + q);
			await waitForHydration(page);
			// place= and tour= are read once the places have loaded.
			await expect(page.locator('html[data-places-ready="true"]')).toHaveCount(1);
			const year = Number(await page.getByTestId('year-display').textContent());
			expect(year, label).toBeGreaterThanOrEqual(1991);
			expect(year, label).toBeLessThanOrEqual(now);
			await expect(page.locator('img[src="x"], [onerror], [onload]'), label).toHaveCount(0);
			await expect(page.getByTestId('country-panel'), label).toHaveCount(0);
			await expect(page.getByTestId('place-panel'), label).toHaveCount(0);
		}
		expect(problems).toEqual([]);
	}

	test('20 000-character parameters are ignored', async ({ page }) => {
		test.setTimeout(120_000);
		await survives(page, [
			`year=${'9'.repeat(20_000)}`,
			`year=2010&country=${long}`,
			`${long}=1&year=2010`,
			// Two per link: the test server's request-line limit is 64 KB.
			`place=${long}&tour=${long}`,
			`hide=${long}&view=${long}`
		]);
	});

	test('non-finite, duplicated, injected, path-like and prototype-named values do no harm', async ({ page }) => {
		test.setTimeout(180_000);
		await survives(page, [
			'year=-1e309',
			'year=1e400',
			'year=Infinity',
			'year=2010&year=abc',
			'country=' + encodeURIComponent('<img src=x onerror=alert(1)>'),
			'place=../../etc',
			'place=' + encodeURIComponent('../../etc/passwd'),
			'tour=999',
			'tour=-1',
			'view=__proto__',
			'view=constructor&country=__proto__',
			'hide=constructor',
			'hide=__proto__,toString,constructor',
			'year=2010%00&country=UZB%00'
		]);
		// Duplicates: the first value counts, the junk one is dropped.
		await page.goto('./?year=2010&year=abc');
		await waitForHydration(page);
		await expect(page.getByTestId('year-display')).toHaveText('2010');
		// tour=999 clamps to the last step rather than failing.
		await page.goto('./?tour=999');
		await expect(page.getByTestId('tour-counter')).toHaveText(/^Step (\d+) of \1$/);
	});
});
