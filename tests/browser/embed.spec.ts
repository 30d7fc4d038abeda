// The embed view (?embed=1): the map, the slider with play and the legend only, a link to the
// full app, the "Embed" dialog's snippet, and the embed inside an iframe of another origin.
import { test, expect } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { waitForHydration, watchForeignRequests, share } from './helpers';

const FORMER = '#CC79A7';

test.describe('embed view', () => {
	test('?embed=1 shows the map, the slider, play and the legend, and nothing else', async ({ page, baseURL }) => {
		const foreign = watchForeignRequests(page, [new URL(baseURL!).origin]);
		await page.goto('./?embed=1&year=2005&country=UZB');
		await waitForHydration(page);
		await expect(page.locator('[data-map-ready]')).toHaveCount(1, { timeout: 30_000 });
		await expect(page.getByRole('toolbar', { name: 'Classroom tools' })).toHaveCount(0);
		await expect(page.getByRole('combobox', { name: /Search/ })).toHaveCount(0);
		await expect(page.getByRole('tablist')).toHaveCount(0);
		await expect(page.getByRole('complementary', { name: 'Details' })).toHaveCount(0);
		await expect(page.locator('footer.sources')).toHaveCount(0);
		for (const id of ['year-display', 'year-slider', 'play', 'map']) await expect(page.getByTestId(id)).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Status in 2005' })).toBeAttached();
		await expect(page.getByTestId('count-member')).toBeVisible();
		// The link opens the full app at the same view, in a new tab.
		const link = page.getByRole('link', { name: 'Open in CSTO Atlas' });
		await expect(link).toHaveAttribute('target', '_blank');
		await expect(link).toHaveAttribute('href', '?year=2005&country=UZB');
		await page.getByTestId('year-slider').focus();
		await page.keyboard.press('ArrowRight');
		await expect(link).toHaveAttribute('href', '?year=2006&country=UZB');
		const [full] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
		await full.waitForLoadState();
		expect(new URL(full.url()).search).toBe('?year=2006&country=UZB');
		await expect(full.getByRole('toolbar', { name: 'Classroom tools' })).toBeVisible();
		expect(foreign).toEqual([]);
	});

	test('works in an iframe on another origin and keeps the year in its URL', async ({ page, baseURL }) => {
		const appOrigin = new URL(baseURL!).origin;
		// The host page: another port and another host name, so another origin.
		const host: Server = createServer((_req, res) => {
			res
				.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
				.end(
					`<!doctype html><title>School page</title><h1>Our lesson</h1>` +
						`<iframe src="${appOrigin}/?embed=1&year=2005" width="800" height="600" title="CSTO Atlas"></iframe>`
				);
		});
		await new Promise<void>((resolve) => host.listen(0, resolve));
		const hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
		try {
			const foreign = watchForeignRequests(page, [appOrigin, hostOrigin]);
			await page.goto(`${hostOrigin}/`);
			const frame = page.frameLocator('iframe');
			await expect(frame.locator('[data-map-ready]')).toHaveCount(1, { timeout: 30_000 });
			expect(await page.evaluate(() => location.origin)).not.toBe(appOrigin);
			await expect(frame.getByRole('toolbar', { name: 'Classroom tools' })).toHaveCount(0);
			// A quiet embed: no lite-map notice either.
			await expect(frame.getByTestId('map-fallback-notice')).toHaveCount(0);
			await expect(frame.getByTestId('year-display')).toHaveText('2005');
			// The map drew the year: Uzbekistan is a former member in 2005 on either map.
			const ready = await frame.locator('[data-map-ready]').getAttribute('data-map-ready');
			if (ready === 'svg') await expect(frame.locator('svg.svg-map path[data-iso="UZB"]').first()).toHaveAttribute('fill', FORMER);
			else expect(ready).toBe('true');
			// A year step inside the embed is written into the embed's own URL.
			await frame.getByTestId('year-slider').focus();
			await page.keyboard.press('ArrowRight');
			await expect(frame.getByTestId('year-display')).toHaveText('2006');
			const embedded = page.frames().find((f) => f.url().startsWith(appOrigin))!;
			await expect.poll(() => embedded.evaluate(() => location.search)).toContain('year=2006');
			expect(new URLSearchParams(await embedded.evaluate(() => location.search)).get('embed')).toBe('1');
			// Play works inside the frame.
			await frame.getByTestId('play').click();
			await expect(frame.getByTestId('year-display')).not.toHaveText('2006');
			await frame.getByTestId('play').click();
			expect(foreign).toEqual([]);
		} finally {
			host.close();
		}
	});

	test('the Embed dialog gives an escaped iframe snippet of the current view, and copies it', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
		await page.goto('./?year=2012&country=UZB&hide=conflict');
		await waitForHydration(page);
		await share(page, 'Embed');
		const dialog = page.getByRole('dialog', { name: 'Embed this map' });
		const code = dialog.getByRole('textbox', { name: 'Embed code' });
		const origin = new URL(baseURL!).origin;
		await expect(code).toHaveValue(
			`<iframe src="${origin}/embed/?year=2012&amp;country=UZB&amp;hide=conflict&amp;embed=1" width="800" height="600" title="CSTO Atlas: membership in 2012" style="border:0" loading="lazy" allow="fullscreen"></iframe>`
		);
		await dialog.getByTestId('embed-size').selectOption({ label: 'Full width × 600' });
		await expect(code).toHaveValue(/width="100%" height="600"/);
		await dialog.getByRole('checkbox', { name: 'Select Uzbekistan' }).uncheck();
		await expect(code).not.toHaveValue(/country=/);
		await dialog.getByRole('button', { name: 'Copy' }).click();
		await expect(dialog.getByRole('status')).toHaveText(/Copied/);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(dialog).toBeHidden();
	});

	test('without a clipboard, Copy selects the snippet', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
		});
		await page.goto('./?year=2012');
		await waitForHydration(page);
		await share(page, 'Embed');
		const dialog = page.getByRole('dialog', { name: 'Embed this map' });
		await dialog.getByRole('button', { name: 'Copy' }).click();
		await expect(dialog.getByRole('status')).toHaveText(/Ctrl\+C/);
		const selected = await page.evaluate(() => {
			const t = document.querySelector('textarea')!;
			return t.value.slice(t.selectionStart, t.selectionEnd);
		});
		expect(selected).toMatch(/^<iframe .*<\/iframe>$/);
	});
});

test('the /embed/ page is an embed in its HTML, before any script runs, and links back to the app', async ({ page, request }) => {
	const html = await (await request.get('./embed/?year=2005')).text();
	expect(html).toContain('data-testid="year-slider"');
	expect(html).not.toContain('Classroom tools');
	expect(html).not.toContain('Where the facts come from');
	await page.goto('./embed/?year=2005');
	await expect(page.locator('[data-map-ready]')).toHaveCount(1, { timeout: 30_000 });
	await expect(page.getByTestId('year-display')).toHaveText('2005');
	await expect(page.getByRole('toolbar', { name: 'Classroom tools' })).toHaveCount(0);
	const link = page.getByTestId('open-full');
	await expect(link).toHaveAttribute('href', /^\.\.\/\?year=2005/);
});
