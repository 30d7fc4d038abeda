// The stage shows what it talks about: in presenter mode, for every built-in tour step and for a
// selected state, at three projector sizes, in both languages and on both maps, at least 90 % of
// the subject (the outlined or selected states, as drawn in the map's box) is in plain view, and
// the caption fits without scrolling or clipping. The figures are printed for the closing notes.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { measureSubject, captionOverflow } from './stage.mjs';

const tour = JSON.parse(readFileSync(new URL('../../data/lessons/built-in.json', import.meta.url), 'utf8')) as {
	steps: { id: string; highlight: { countries: string[] } }[];
};
const SIZES = [
	{ width: 1024, height: 768 },
	{ width: 1280, height: 800 },
	{ width: 1920, height: 1080 }
];
type Seen = { share: number; samples: number; hiddenBy: Record<string, number> };

// Camera moves jump instead of flying, so each view is measured where it ends.
test.use({ reducedMotion: 'reduce' });

async function presentAt(page: Page, map: 'lite' | 'detailed', path: string) {
	await page.addInitScript((m) => localStorage.setItem('csto-atlas:map', m), map);
	await page.goto(path);
	await expect(page.locator(`[data-map-ready="${map === 'lite' ? 'svg' : 'true'}"]`)).toHaveCount(1, { timeout: 30_000 });
	await page.keyboard.press('f');
	await expect(page.getByTestId('app')).toHaveClass(/presenting/);
}

/** The subject's visible share once the view has settled (the caption loads, the map re-frames). */
async function subjectShare(page: Page, isos: string[], what: string): Promise<Seen> {
	let last: Seen = { share: 0, samples: 0, hiddenBy: {} };
	for (const start = Date.now(); Date.now() - start < 10_000; await page.waitForTimeout(300)) {
		last = await page.evaluate(measureSubject, isos);
		if (last.share >= 0.9 && last.samples > 10) break;
	}
	expect(last.share, `${what}: ${JSON.stringify(last)}`).toBeGreaterThanOrEqual(0.9);
	expect(last.samples, `${what}: the subject is drawn on the map`).toBeGreaterThan(10);
	return last;
}

for (const map of ['lite', 'detailed'] as const) {
	for (const lang of ['', 'ru/']) {
		test(`${map} map, ${lang ? 'Russian' : 'English'}: every tour step and a selected state stay in view, captions fit`, async ({
			page
		}) => {
			test.setTimeout(240_000);
			const worst: string[] = [];
			// The detailed map draws in software here (slow): in the suite it is measured at the tightest
			// size, and the lite map (the same stage and camera rules) at all three. STAGE_ALL=1 measures all.
			for (const size of map === 'lite' || process.env.STAGE_ALL ? SIZES : [SIZES[0]]) {
				await page.setViewportSize(size);
				await presentAt(page, map, `./${lang}?tour=1`);
				for (const [i, step] of tour.steps.entries()) {
					await expect(page.getByTestId('tour-counter')).toContainText(String(i + 1));
					const seen = await subjectShare(page, step.highlight.countries, `${step.id} at ${size.width}`);
					expect(await page.evaluate(captionOverflow), `${step.id} at ${size.width}`).toEqual([]);
					worst.push(`${(seen.share * 100).toFixed(1)} % ${step.id} ${size.width}×${size.height}`);
					await page.keyboard.press('PageDown');
				}
				await presentAt(page, map, `./${lang}?year=2008&country=GEO`);
				await expect(page.getByTestId('country-panel')).toBeVisible();
				const seen = await subjectShare(page, ['GEO'], `Georgia at ${size.width}`);
				expect(await page.evaluate(captionOverflow), `Georgia at ${size.width}`).toEqual([]);
				worst.push(`${(seen.share * 100).toFixed(1)} % Georgia 2008 ${size.width}×${size.height}`);
			}
			worst.sort((a, b) => parseFloat(a) - parseFloat(b));
			console.log(`${map} ${lang || 'en/'}: worst subject views: ${worst.slice(0, 3).join('; ')}`);
		});
	}
}
