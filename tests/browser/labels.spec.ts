import { test, expect, type Page } from '@playwright/test';

/**
 * A legible map (issue 23): in 1994, 2008 and 2026, on both maps and in both languages, every
 * member, suspended, former member and observer is named; no two names overlap; no name lies
 * under a pin; each name (or its leader line's end) lies on its own state. One page per map and
 * language; the years change by the slider's keys, as a teacher would, without reloading.
 */
test.use({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });

/** The states with a status in each year (data/membership.json; the table says the same). */
const NAMED: Record<number, string[]> = {
	1994: ['ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB'],
	2008: ['ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB'],
	2026: ['AFG', 'ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'RUS', 'SRB', 'TJK', 'UZB']
};
type Box = [number, number, number, number];
interface Label {
	iso3: string;
	box: Box;
	/** Where its leader line starts (inside the state), if it has one. */
	from?: [number, number];
}

const overlap = (a: Box, b: Box) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/** Names and pins as drawn on the lite map: the SVG's own text, line and pin elements, in map px. */
function svgLabels(page: Page) {
	return page.getByTestId('map').evaluate((host) => {
		const origin = host.getBoundingClientRect();
		const box = (el: Element): Box => {
			const r = el.getBoundingClientRect();
			return [r.left - origin.left, r.top - origin.top, r.right - origin.left, r.bottom - origin.top];
		};
		const labels = [...host.querySelectorAll('text[data-label]')].map((t) => {
			const iso3 = (t as SVGTextElement).dataset.label!;
			const line = host.querySelector(`line[data-leader="${iso3}"]`);
			const from = line ? ([Number(line.getAttribute('x1')), Number(line.getAttribute('y1'))] as [number, number]) : undefined;
			return { iso3, box: box(t), from };
		});
		const pins = [...host.querySelectorAll('g[data-place]')].filter((g) => g.getAttribute('visibility') !== 'hidden').map(box);
		return { labels, pins };
	});
}

/** Names as placed on the MapLibre map, the names it reports drawn, and the shown pins. */
function mapLibreLabels(page: Page) {
	return page.getByTestId('map').evaluate((host) => {
		const h = host as HTMLElement & {
			cstoLabels: () => { iso3: string; box: Box; leader?: { from: [number, number] } }[];
			cstoRenderedLabels: () => string[];
			cstoPinBoxes: () => Box[];
		};
		return {
			labels: h.cstoLabels().map((l) => ({ iso3: l.iso3, box: l.box, from: l.leader?.from })),
			rendered: h.cstoRenderedLabels(),
			pins: h.cstoPinBoxes()
		};
	});
}

async function expectLegible(page: Page, year: number, labels: Label[], pins: Box[]) {
	const named = labels.map((l) => l.iso3);
	for (const iso of NAMED[year]) expect(named, `${iso} named in ${year}`).toContain(iso);
	// Where each name (or its leader line) starts: which state is drawn there, asked in one go.
	const spots = labels.map((a) => a.from ?? [(a.box[0] + a.box[2]) / 2, (a.box[1] + a.box[3]) / 2]);
	const states = await page
		.getByTestId('map')
		.evaluate(
			(el, xy) => xy.map(([x, y]) => (el as HTMLElement & { cstoCountryAt: (x: number, y: number) => string | null }).cstoCountryAt(x, y)),
			spots
		);
	labels.forEach((a, i) => {
		for (const b of labels) if (a !== b) expect(overlap(a.box, b.box), `${a.iso3} over ${b.iso3} in ${year}`).toBe(false);
		for (const p of pins) expect(overlap(a.box, p), `${a.iso3} under a pin in ${year}`).toBe(false);
		expect(states[i], `${a.iso3}'s name (or leader) in ${year}`).toBe(a.iso3);
	});
}

/** 1994, 2008, 2026 by the slider (as a teacher drags it), without reloading the page. */
async function stepYears(page: Page, check: (year: number) => Promise<void>) {
	for (const year of [1994, 2008, 2026]) {
		await page.getByTestId('year-slider').fill(String(year));
		await expect(page.getByTestId('year-display')).toHaveText(String(year));
		await check(year);
	}
}

for (const lang of ['', 'ru/']) {
	test(`lite map ${lang || 'en/'}: every state with a status named, legibly`, async ({ browser, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		const context = await browser.newContext({
			reducedMotion: 'reduce',
			storageState: { cookies: [], origins: [{ origin, localStorage: [{ name: 'csto-atlas:map', value: 'lite' }] }] }
		});
		const page = await context.newPage();
		await page.goto(`${lang}?year=2000`);
		await expect(page.locator('[data-map-ready="svg"]')).toHaveCount(1, { timeout: 30_000 });
		await stepYears(page, async (year) => {
			await expect.poll(async () => (await svgLabels(page)).labels.map((l) => l.iso3)).toEqual(expect.arrayContaining(NAMED[year]));
			const { labels, pins } = await svgLabels(page);
			await expectLegible(page, year, labels, pins);
		});
		await context.close();
	});

	test(`detailed map ${lang || 'en/'}: every state with a status named, legibly`, async ({ page }) => {
		await page.goto(`${lang}?year=2000`);
		await expect(page.locator('[data-map-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
		await stepYears(page, async (year) => {
			// MapLibre reports the names it actually drew once the new data is on screen.
			await expect
				.poll(async () => (await mapLibreLabels(page)).rendered, { timeout: 10_000 })
				.toEqual(expect.arrayContaining(NAMED[year]));
			const { labels, pins } = await mapLibreLabels(page);
			await expectLegible(page, year, labels, pins);
		});
	});
}
