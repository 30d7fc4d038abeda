// Exports that keep their key (#23 items 4, 9d, 10): handout captions that say what changed since
// the previous map, turning points with every change (2024 included), a preview a phone can read,
// the PNG's pin key row, and the embed's title with a map that keeps most of a small frame.
// On the lite map: nothing here is about the detailed map.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { share, waitForHydration, waitForLiteMap } from './helpers';
import { expectAccessible } from './axe';

const PORT = Number(process.env.PORT ?? 4173);
test.use({
	reducedMotion: 'reduce',
	storageState: {
		cookies: [],
		origins: [{ origin: `http://127.0.0.1:${PORT}`, localStorage: [{ name: 'csto-atlas:map', value: 'lite' }] }]
	}
});

const maxYear = new Date().getFullYear();
/** The "every five years" map in which the three departures of 1999 are news. */
const afterLeaving = maxYear - 5 * Math.floor((maxYear - 2000) / 5);

const caption = (page: Page, year: number) => page.locator(`.sheet [data-year="${year}"] [data-testid="handout-changes"] li`);

async function openHandout(page: Page, path: string, button: string, menu?: string) {
	await page.goto(path);
	await waitForHydration(page);
	await share(page, button, menu);
	await expect(page.getByTestId('handout-sheet')).toBeVisible();
	return page.getByRole('dialog');
}

test('handout: captions name the change since the previous map; turning points hold 2024; a phone can zoom the preview', async ({
	page
}) => {
	const dialog = await openHandout(page, './', 'Handout');
	// Turning points: every year membership changed, Armenia's freeze in 2024 among them.
	for (const y of [1992, 1993, 1994, 1999, 2006, 2012, 2013, 2024, maxYear])
		await expect(page.locator(`.sheet [data-year="${y}"]`)).toHaveCount(1);
	await expect(caption(page, 2024)).toHaveText(['Armenia froze participation']);

	await dialog.getByRole('button', { name: 'Every five years' }).click();
	await expect(page.getByTestId('small-map')).toHaveCount(Math.floor((maxYear - 1991) / 5) + 1);
	// The map after the departures says who left since the previous one, not "No change".
	await expect(caption(page, afterLeaving)).toHaveText([`Since ${afterLeaving - 5}: Azerbaijan, Georgia and Uzbekistan left`]);
	await expect(page.locator('.sheet')).not.toContainText('No change in membership');

	// A phone: the preview takes the dialog's width, and Larger makes its words readable.
	await page.setViewportSize({ width: 390, height: 844 });
	const preview = page.getByTestId('handout-preview');
	await preview.scrollIntoViewIfNeeded();
	expect((await preview.boundingBox())!.width).toBeGreaterThanOrEqual(370);
	const sheetWidth = async () => (await page.getByTestId('handout-sheet').boundingBox())!.width;
	expect(await sheetWidth()).toBeGreaterThan(300);
	const larger = dialog.getByRole('button', { name: 'Larger' });
	const box = (await larger.boundingBox())!;
	expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
	await larger.click();
	await larger.click();
	await expect(dialog.getByTestId('handout-zoom')).toHaveText('Preview size: 75 %');
	// Change lines are 3 mm on paper: at 75 % over 8 px high on the phone's screen, in a box that scrolls.
	const line = (await caption(page, afterLeaving).first().boundingBox())!;
	expect(line.height).toBeGreaterThan(8);
	expect(await preview.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
	// The enlarged page scrolls by keyboard too (axe: a scrollable region must be focusable).
	await expectAccessible(page, 'the handout zoomed on a phone');
	await dialog.getByRole('button', { name: 'Whole page' }).click();
	await expect(dialog.getByTestId('handout-zoom')).not.toHaveText('Preview size: 75 %');
});

test('handout in Russian: the change since the previous map, in Russian words', async ({ page }) => {
	const dialog = await openHandout(page, './ru/', 'Раздатка', 'Поделиться');
	await expect(caption(page, 2024)).toHaveText(['Участие заморожено: Армения']);
	await dialog.getByRole('button', { name: 'Каждые пять лет' }).click();
	await expect(caption(page, afterLeaving)).toHaveText([`С ${afterLeaving - 5} г. — выход: Азербайджан, Грузия и Узбекистан`]);
});

/** Pixels of each colour in the rows under the map (the white footer), counted in the page. */
async function footerColours(page: Page, png: Buffer, targets: Record<string, readonly number[]>) {
	return page.evaluate(
		async ({ b64, targets }) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			const c = document.createElement('canvas');
			c.width = img.width;
			c.height = img.height;
			const ctx = c.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const d = ctx.getImageData(0, 0, c.width, c.height).data;
			const at = (x: number, y: number) => (y * c.width + x) * 4;
			// The map ends where its left edge turns white for good (the footer is white).
			let top = c.height - 1;
			while (top > 0 && d[at(2, top)] + d[at(2, top) + 1] + d[at(2, top) + 2] >= 3 * 250) top--;
			const counts = Object.fromEntries(Object.keys(targets).map((k) => [k, 0]));
			for (let i = at(0, top + 1); i < d.length; i += 4)
				for (const [k, rgb] of Object.entries(targets))
					if (Math.abs(d[i] - rgb[0]) < 12 && Math.abs(d[i + 1] - rgb[1]) < 12 && Math.abs(d[i + 2] - rgb[2]) < 12) counts[k]++;
			return { footerRows: c.height - top - 1, counts };
		},
		{ b64: png.toString('base64'), targets }
	);
}

test('Export PNG has a pin key row: the symbols the view shows, drawn under the legend', async ({ page }) => {
	const PIN = { conflict: [0xd5, 0x5e, 0x00], event: [0xf0, 0xe4, 0x42] };
	const exportPng = async (query: string) => {
		await page.goto(`./${query}`);
		await waitForLiteMap(page);
		const [download] = await Promise.all([page.waitForEvent('download'), share(page, 'Export PNG')]);
		return footerColours(page, readFileSync((await download.path())!), PIN);
	};
	const shown = await exportPng('?year=2022');
	expect(shown.footerRows).toBeGreaterThan(100);
	// The conflict star and the event star, each drawn once in the key (16×16 px, outlined).
	expect(shown.counts.conflict).toBeGreaterThan(15);
	expect(shown.counts.event).toBeGreaterThan(15);
	// Hidden kinds leave the key: neither colour is under the map then.
	const hidden = await exportPng('?year=2022&hide=conflict,event');
	expect(hidden.counts).toEqual({ conflict: 0, event: 0 });
});

for (const [lang, path, title] of [
	['en', './embed/?year=2012', 'Collective Security Treaty membership in 2012'],
	['ru', './ru/embed/?year=2012', 'Членство в Договоре о коллективной безопасности, 2012 г.']
] as const) {
	test(`embed at 640×480 (${lang}): a title, the map ≥ 70 % of the frame, controls usable by keyboard`, async ({ page }) => {
		await page.setViewportSize({ width: 640, height: 480 });
		await page.goto(path);
		await waitForLiteMap(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		const share = await page.getByTestId('map').evaluate((el) => {
			const b = el.getBoundingClientRect();
			const h = Math.max(0, Math.min(b.bottom, innerHeight) - Math.max(b.top, 0));
			const w = Math.max(0, Math.min(b.right, innerWidth) - Math.max(b.left, 0));
			return (w * h) / (innerWidth * innerHeight);
		});
		expect(share).toBeGreaterThanOrEqual(0.7);
		// Every control is on screen, not covered, and at least 24 px.
		for (const id of ['play', 'year-slider', 'open-full', 'count-member', 'embed-sources']) {
			const target = page.getByTestId(id);
			await expect(target).toBeInViewport({ ratio: 1 });
			const hit = await target.evaluate((el) => {
				const b = el.getBoundingClientRect();
				const at = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
				return { on: !!at && (el === at || el.contains(at)), w: b.width, h: b.height };
			});
			expect(hit.on, id).toBe(true);
			if (id !== 'count-member') expect(Math.min(hit.w, hit.h), id).toBeGreaterThanOrEqual(24);
		}
		// Keyboard: the slider steps the year and the title follows; the sources open.
		await page.getByTestId('year-slider').focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('2013');
		const sources = page.getByTestId('embed-sources');
		await sources.locator('summary').focus();
		await page.keyboard.press('Enter');
		await expect(sources).toHaveAttribute('open', '');
	});
}
