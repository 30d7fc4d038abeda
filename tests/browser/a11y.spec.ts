import { test, expect, type Page } from '@playwright/test';
import { waitForMap, waitForHydration, project } from './helpers';
import { expectAccessible } from './axe';

test.describe('axe: no serious or critical WCAG 2.1 AA violations', () => {
	test('default view', async ({ page }) => {
		await page.goto('./');
		await waitForMap(page);
		await expectAccessible(page, 'the default view');
	});

	test('table view', async ({ page }) => {
		await page.goto('./');
		await waitForMap(page);
		await page.getByRole('tab', { name: 'Table' }).click();
		await expect(page.getByTestId('country-table')).toBeVisible();
		await expectAccessible(page, 'the table view');
	});

	test('country details', async ({ page }) => {
		await page.goto('./?country=UZB');
		await waitForMap(page);
		await expect(page.getByTestId('country-panel')).toBeVisible();
		await expectAccessible(page, 'the country details');
	});

	test('presenter mode', async ({ page }) => {
		await page.goto('./');
		await waitForMap(page);
		await page.getByRole('button', { name: 'Present' }).click();
		await expect(page.getByTestId('app')).toHaveClass(/presenting/);
		await expectAccessible(page, 'presenter mode');
		await page.keyboard.press('?');
		await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
		await expectAccessible(page, 'the shortcuts dialog');
	});

	test('guided tour', async ({ page }) => {
		await page.goto('./');
		await waitForMap(page);
		await page.getByRole('button', { name: 'Tour' }).click();
		await expect(page.getByTestId('tour-panel')).toBeVisible();
		await expectAccessible(page, 'the guided tour');
	});

	test('quiz, before and after checking the answers', async ({ page }) => {
		await page.goto('./');
		await waitForMap(page);
		await page.getByRole('button', { name: 'Quiz' }).click();
		await expect(page.getByTestId('quiz-panel')).toBeVisible();
		await expectAccessible(page, 'the quiz');
		await page.getByTestId('quiz-panel').getByRole('checkbox').first().check();
		await page.getByRole('button', { name: 'Check answers' }).click();
		await expect(page.getByTestId('quiz-score')).toBeVisible();
		await expectAccessible(page, 'the quiz answers');
	});

	test('compare years', async ({ page }) => {
		await page.goto('./');
		await waitForHydration(page);
		await page.getByRole('tab', { name: 'Compare years' }).click();
		await expect(page.getByTestId('compare').locator('svg').first()).toBeVisible();
		await expectAccessible(page, 'compare years');
	});
});

/**
 * WCAG contrast of each legend row against what is behind it: the label and count text (1.4.3,
 * 4.5:1), and the swatch (1.4.11, 3:1) by its fill or its edge: light fills such as "never"
 * #D9D9D9 rely on the edge.
 */
async function legendContrast(page: Page) {
	return page.locator('.legend li').evaluateAll((items) => {
		const parse = (c: string) => {
			const m = c.match(/rgba?\(([^)]+)\)/);
			if (!m) return [0, 0, 0, 0];
			const [r, g, b, a = '1'] = m[1].split(/[ ,/]+/).filter(Boolean);
			return [Number(r), Number(g), Number(b), Number(a)];
		};
		const over = (top: number[], under: number[]) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
		const backdrop = (el: Element | null): number[] => {
			if (!el) return [255, 255, 255, 1];
			const bg = parse(getComputedStyle(el).backgroundColor);
			return bg[3] === 0 ? backdrop(el.parentElement) : over(bg, backdrop(el.parentElement));
		};
		const lum = (c: number[]) =>
			[0, 1, 2]
				.map((i) => c[i] / 255)
				.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
				.reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
		const ratio = (a: number[], b: number[]) => {
			const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
			return (hi + 0.05) / (lo + 0.05);
		};
		return items.map((li) => {
			const bg = backdrop(li);
			const text = (sel: string) => ratio(over(parse(getComputedStyle(li.querySelector(sel)!).color), bg), bg);
			const swatch = li.querySelector('.swatch')!;
			const edge = over(parse(getComputedStyle(swatch).borderTopColor), bg);
			const fill = over(parse(getComputedStyle(swatch).backgroundColor), bg);
			return {
				status: (li as HTMLElement).dataset.status,
				label: text('.label'),
				count: text('.count'),
				swatch: Math.max(ratio(edge, bg), ratio(fill, bg))
			};
		});
	});
}

test('legend text and swatches meet WCAG AA in the normal and the projector theme', async ({ page }) => {
	await page.goto('./');
	await waitForMap(page);
	for (const theme of ['normal', 'projector']) {
		if (theme === 'projector') {
			await page.getByRole('button', { name: 'Present' }).click();
			await expect(page.getByTestId('app')).toHaveClass(/presenting/);
		}
		const rows = await legendContrast(page);
		expect(rows).toHaveLength(5);
		for (const r of rows) {
			expect.soft(r.label, `${theme}: ${r.status} label`).toBeGreaterThanOrEqual(4.5);
			expect.soft(r.count, `${theme}: ${r.status} count`).toBeGreaterThanOrEqual(4.5);
			expect.soft(r.swatch, `${theme}: ${r.status} swatch`).toBeGreaterThanOrEqual(3);
		}
	}
});

test.describe('keyboard', () => {
	/** Tabs through the whole page; returns what took focus, and any focused element without a visible ring. */
	async function tabThrough(page: Page) {
		const seen: string[] = [];
		const unringed: string[] = [];
		for (let i = 0; i < 150; i++) {
			await page.keyboard.press('Tab');
			const info = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const cs = getComputedStyle(el);
				const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
				// Back at an element seen before: the Tab order has come round.
				if (el.dataset.tabSeen) return { key: '', ring, again: true };
				el.dataset.tabSeen = 'true';
				const label = (el as HTMLInputElement).labels?.[0]?.textContent?.trim();
				const name = el.getAttribute('aria-label') || el.dataset.testid || label || el.textContent?.trim() || '';
				const type = el.getAttribute('role') ?? (el instanceof HTMLInputElement ? el.type : '');
				const key = `${el.tagName.toLowerCase()}[${type}]${el.id ? '#' + el.id : ''} ${name.replace(/\s+/g, ' ').slice(0, 40)}`;
				return { key, ring, again: false };
			});
			if (!info) continue;
			if (info.again) break;
			seen.push(info.key);
			if (!info.ring) unringed.push(info.key);
		}
		return { seen, unringed };
	}

	test('every control is reached by Tab and shows a focus ring', async ({ page }) => {
		await page.goto('./');
		await waitForMap(page);
		await expect(page.getByRole('menuitem', { name: 'Export PNG', includeHidden: true })).toBeEnabled();
		const map = await tabThrough(page);
		expect(map.unringed, `focused without a ring: ${map.unringed.join(', ')}`).toEqual([]);
		const reached = map.seen.join('\n');
		for (const expected of [
			/a\[\] language-ru/,
			/input\[combobox\]#search-input/,
			/button\[\] present/,
			/button\[\] Tour/,
			/button\[\] Quiz/,
			/button\[\] share-menu/,
			/button\[\] Keyboard shortcuts/,
			/button\[\] Play through the years/,
			/input\[range\] Year/,
			/select\[\] /,
			/button\[tab\]#tab-map Map/,
			/canvas\[region\] Map of CSTO membership/,
			/button\[\] Zoom in/,
			/input\[checkbox\] .*Military base/,
			/input\[checkbox\] .*Disputed or occupied territory/,
			/input\[checkbox\] Show all past conflicts/,
			/summary\[\] On the map in/,
			/button\[\] .*Gyumri/
		])
			expect(reached, `Tab did not reach ${expected}; it reached:\n${reached}`).toMatch(expected);

		// The table view: its row buttons come in the Tab order too.
		await page.goto('./?view=table');
		await expect(page.getByTestId('country-table')).toBeVisible();
		const table = await tabThrough(page);
		expect(table.unringed, `focused without a ring: ${table.unringed.join(', ')}`).toEqual([]);
		const rows = table.seen.filter((k) => /^button\[\] (Armenia|Belarus|Kazakhstan|Russia|Uzbekistan)$/.test(k));
		expect(rows.length, table.seen.join('\n')).toBe(5);
		expect(table.seen.join('\n')).toMatch(/button\[tab\]#tab-table Table/);
		// The hidden map's controls are out of the Tab order (and out of sight).
		expect(table.seen.join('\n')).not.toMatch(/Zoom in|attribution|canvas/);
	});

	test('the filters are check boxes reached by Tab and toggled by Space', async ({ page }) => {
		await page.goto('./');
		await waitForHydration(page);
		const first = page.locator('input[data-symbol]').first();
		await first.focus();
		await expect(first).toBeChecked();
		await page.keyboard.press('Space');
		await expect(first).not.toBeChecked();
		await page.keyboard.press('Tab');
		await expect(page.locator('input[data-symbol]').nth(1)).toBeFocused();
	});
});

test('the map has a text alternative: the summary and the table', async ({ page }) => {
	await page.goto('./?year=2000');
	await waitForMap(page);
	const region = page.getByRole('region', { name: 'Map of CSTO membership', exact: true });
	await expect(region).toHaveAttribute('aria-describedby', /atlas-summary/);
	const summary = page.locator('#atlas-summary');
	await expect(summary).toHaveAttribute('role', 'status');
	const said = (await summary.textContent())!.trim();
	expect(said).toContain('2000');
	await expect(region).toHaveAccessibleDescription(new RegExp(said.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
	await expect(region).toHaveAccessibleDescription(/Table tab/);
	// The description follows the year.
	await page.getByTestId('year-slider').focus();
	await page.keyboard.press('ArrowRight');
	await expect(region).toHaveAccessibleDescription(/^2001/);
	// And the Table tab it points to exists and holds the same facts.
	await page.getByRole('tab', { name: 'Table' }).click();
	await expect(page.getByTestId('country-table')).toContainText('Uzbekistan');
});

test.describe('reduced motion', () => {
	test('no CSS transitions or animations, and the camera jumps instead of flying', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('./?year=2010');
		await waitForMap(page);
		const moving = await page.evaluate(() =>
			[...document.querySelectorAll('*')]
				.map((el) => ({ el, cs: getComputedStyle(el) }))
				.filter(({ cs }) => cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || cs.animationName !== 'none')
				.map(({ el, cs }) => `${el.tagName.toLowerCase()}.${el.className} ${cs.transitionDuration} ${cs.animationName}`)
		);
		expect(moving).toEqual([]);
		// The page's guard also stills any transition or animation added later, even one set inline.
		const probe = await page.evaluate(() => {
			const b = document.createElement('button');
			b.style.transition = 'background-color 0.4s';
			b.style.animation = 'spin 1s infinite';
			document.querySelector('.tools')!.append(b);
			const cs = getComputedStyle(b);
			const out = { transition: cs.transitionDuration, animation: cs.animationName };
			b.remove();
			return out;
		});
		expect(probe).toEqual({ transition: '0s', animation: 'none' });

		// Choosing a state moves the camera in one step: every frame after the choice shows the same view.
		const before = await project(page, [64, 41]);
		const box = page.getByRole('combobox', { name: /Search/ });
		await box.fill('Uzbekistan');
		const option = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
		await expect(option).toContainText('Uzbekistan');
		// Choose and watch the next frames in one go, so a flight could not end unseen in between.
		const frames = await option.evaluate(async (li) => {
			const el = document.querySelector('[data-testid="map"]') as HTMLElement & {
				cstoProject: (l: [number, number]) => { x: number; y: number };
			};
			(li as HTMLElement).click();
			const out: { x: number; y: number }[] = [];
			for (let i = 0; i < 12; i++) {
				await new Promise((r) => requestAnimationFrame(r));
				out.push(el.cstoProject([64, 41]));
			}
			return out;
		});
		await expect(page).toHaveURL(/country=UZB/);
		expect(Math.hypot(frames[0].x - before.x, frames[0].y - before.y)).toBeGreaterThan(20);
		for (const f of frames) expect(f).toEqual(frames[0]);
	});
});

test('axe: the lite map (SVG), its notice and its buttons have no serious or critical violations', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('csto-atlas:map', 'lite'));
	await page.goto('./?year=2010');
	await expect(page.locator('[data-map-ready="svg"]')).toHaveCount(1, { timeout: 30_000 });
	await expect(page.getByTestId('use-detailed-map')).toBeVisible();
	await expectAccessible(page, 'the lite map');
});
