import { expect, type BrowserContext, type Page } from '@playwright/test';

export const STATUS_RGB = {
	member: [0x00, 0x72, 0xb2],
	suspended: [0xe6, 0x9f, 0x00],
	former: [0xcc, 0x79, 0xa7],
	observer: [0x00, 0x9e, 0x73],
	never: [0xd9, 0xd9, 0xd9]
} as const;

export async function waitForMap(page: Page) {
	await expect(page.locator('[data-map-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
}

/**
 * The list of the year's places (English page), once every row is in: its first filling shows a
 * dozen rows at once and the rest when the page is idle, so an absent row proves nothing before.
 */
export async function yearPlaces(page: Page, year: number) {
	const list = page.getByRole('list', { name: new RegExp(`on the map in ${year}`) });
	const heading = page.locator('details.year-places > summary');
	await expect
		.poll(async () => {
			const listed = Number((await heading.textContent())?.match(/\((\d+)\)/)?.[1]);
			return listed === (await list.locator('[data-place]').count());
		})
		.toBe(true);
	return list;
}

/** The lite (SVG) map has drawn. */
export async function waitForLiteMap(page: Page) {
	await expect(page.locator('[data-map-ready="svg"]')).toHaveCount(1, { timeout: 30_000 });
}

/** Chooses an action from the header's Share menu (Export PNG, Export animation, Handout, Embed). */
export async function share(page: Page, item: string, menu = 'Share') {
	await page.getByRole('button', { name: menu, exact: true }).click();
	await page.getByRole('menuitem', { name: item, exact: true }).click();
}

export async function waitForHydration(page: Page) {
	await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1);
}

/** Screen position (CSS px, relative to the map container) of a longitude/latitude. */
export async function project(page: Page, lngLat: [number, number]) {
	return page
		.locator('[data-testid="map"]')
		.evaluate((el, ll) => (el as HTMLElement & { cstoProject: (l: [number, number]) => { x: number; y: number } }).cstoProject(ll), lngLat);
}

/**
 * The colour the WebGL canvas drew at a point (CSS px in the map's box): with a radius, the most
 * common colour within it, i.e. a state's fill, not the letters of its name drawn over the point.
 */
/** The RGB pixels the WebGL canvas drew in a square window around a point (CSS px), row by row. */
async function canvasWindow(page: Page, { x, y }: { x: number; y: number }, radius: number): Promise<number[][]> {
	return page.locator('canvas.maplibregl-canvas').evaluate(
		(canvas, { x, y, radius }) => {
			const c = canvas as HTMLCanvasElement;
			const scale = c.width / c.clientWidth;
			const off = document.createElement('canvas');
			off.width = c.width;
			off.height = c.height;
			const ctx = off.getContext('2d')!;
			ctx.drawImage(c, 0, 0);
			const r = Math.round(radius * scale);
			const d = ctx.getImageData(Math.round(x * scale) - r, Math.round(y * scale) - r, 2 * r + 1, 2 * r + 1).data;
			const out: number[][] = [];
			for (let i = 0; i < d.length; i += 4) out.push([d[i], d[i + 1], d[i + 2]]);
			return out;
		},
		{ x, y, radius }
	);
}

/** The most common colour the WebGL canvas drew around a point (radius 0: the one pixel). */
export async function canvasPixel(page: Page, xy: { x: number; y: number }, radius = 0): Promise<number[]> {
	const counts = new Map<string, number>();
	for (const rgb of await canvasWindow(page, xy, radius)) counts.set(rgb.join(), (counts.get(rgb.join()) ?? 0) + 1);
	const [top] = [...counts].sort((a, b) => b[1] - a[1])[0];
	return top.split(',').map(Number);
}

/** The colour the WebGL canvas drew at a longitude/latitude: the fill there (radius 0 for one exact pixel). */
export async function pixelAt(page: Page, lngLat: [number, number], radius = 3): Promise<number[]> {
	return canvasPixel(page, await project(page, lngLat), radius);
}

/** The share of dark pixels (hatch lines, outlines) the WebGL canvas drew around a longitude/latitude. */
export async function darkShareAt(page: Page, lngLat: [number, number], radius = 6, below = 110): Promise<number> {
	const pixels = await canvasWindow(page, await project(page, lngLat), radius);
	return pixels.filter(([r, g, b]) => (r + g + b) / 3 < below).length / pixels.length;
}

/**
 * The colour the lite map painted a state with, as [r, g, b]: its canvas's pixel at a point well
 * inside the state's (unpainted) SVG shape, away from borders, names and pins.
 */
export async function liteFill(page: Page, iso: string): Promise<number[]> {
	return page.getByTestId('svg-fallback').evaluate((host, iso) => {
		const path = host.querySelector(`path[data-iso="${iso}"]`) as SVGPathElement;
		const canvas = host.querySelector('canvas') as HTMLCanvasElement;
		const ctx = canvas.getContext('2d')!;
		const box = canvas.getBoundingClientRect();
		const scale = canvas.width / box.width;
		const toScreen = path.getScreenCTM()!;
		const toShape = toScreen.inverse();
		const inside = (x: number, y: number) => path.isPointInFill(new DOMPoint(x, y).matrixTransform(toShape));
		const obstacles = [...host.querySelectorAll('text, g[data-place], .pin-badge')]
			.map((el) => el.getBoundingClientRect())
			.filter((r) => r.width > 0);
		const clear = (x: number, y: number) => obstacles.every((r) => x < r.left - 4 || x > r.right + 4 || y < r.top - 4 || y > r.bottom + 4);
		const shape = path.getBoundingClientRect();
		const [left, top] = [Math.max(shape.left, box.left), Math.max(shape.top, box.top)];
		const [right, bottom] = [Math.min(shape.right, box.right), Math.min(shape.bottom, box.bottom)];
		// About 2,000 points over the state's box, and the commonest colour of the first 40 that qualify.
		const step = Math.max(2, Math.sqrt(((right - left) * (bottom - top)) / 2000));
		// Well inside and clear of names and pins if the state has room, else anywhere inside it.
		for (const strict of [true, false]) {
			const counts = new Map<string, number>();
			let found = 0;
			for (let y = top + step / 2; y < bottom && found < 40; y += step)
				for (let x = left + step / 2; x < right && found < 40; x += step) {
					const around = strict
						? [
								[0, 0],
								[-3, 0],
								[3, 0],
								[0, -3],
								[0, 3]
							]
						: [[0, 0]];
					if ((strict && !clear(x, y)) || !around.every(([dx, dy]) => inside(x + dx, y + dy))) continue;
					const [r, g, b] = ctx.getImageData(Math.round((x - box.left) * scale), Math.round((y - box.top) * scale), 1, 1).data;
					counts.set(`${r},${g},${b}`, (counts.get(`${r},${g},${b}`) ?? 0) + 1);
					found += 1;
				}
			if (counts.size)
				return [...counts]
					.sort((a, b) => b[1] - a[1])[0][0]
					.split(',')
					.map(Number);
		}
		throw new Error(`${iso} is not on the lite map's screen`);
	}, iso);
}

export function closeTo(rgb: number[], target: readonly number[], tolerance = 12) {
	return rgb.every((v, i) => Math.abs(v - target[i]) <= tolerance);
}

export async function setYearByKeys(page: Page, year: number) {
	const slider = page.getByTestId('year-slider');
	await slider.focus();
	await slider.press('Home');
	for (let y = 1991; y < year; y++) await slider.press('ArrowRight');
	await expect(page.getByTestId('year-display')).toHaveText(String(year));
}

/** Screen position of a pin (after it is fanned out from its neighbours). */
export async function pinScreen(page: Page, id: string) {
	return page
		.locator('[data-testid="map"]')
		.evaluate((el, pid) => (el as HTMLElement & { cstoPinScreen: (id: string) => { x: number; y: number } | null }).cstoPinScreen(pid), id);
}

/** Resolves once every group of pins the map reported is on screen as a badge (their code loads after the map). */
export async function badgesShown(page: Page) {
	await expect
		.poll(() =>
			page.evaluate(() => {
				const map = document.querySelector<HTMLElement>('[data-testid="map"]');
				return Number(map?.dataset.pinGroups) === document.querySelectorAll('[data-pin-badge]').length;
			})
		)
		.toBe(true);
}

/**
 * Clicks a pin on the map; a pin grouped into a badge with a count is clicked through the badge.
 * Where pins overlap, picks it from the list the click opens.
 */
export async function clickPin(page: Page, id: string) {
	// A reader clicks a pin they see: on the detailed map, once the year's scene is drawn (before
	// that the pin is not there yet and the click lands on the state under it).
	await page
		.locator('[data-testid="map"]')
		.evaluate((el) => (el as HTMLElement & { cstoWhenSettled?: () => Promise<number> }).cstoWhenSettled?.());
	await badgesShown(page);
	const badge = page.locator(`[data-pin-badge~="${id}"]`);
	if (await badge.count()) await badge.click();
	else await page.getByTestId('map').click({ position: (await pinScreen(page, id))! });
	const chooser = page.locator('.pin-chooser');
	// The chooser opens at once on a badge; for overlapping pins it loads on first use, and a
	// single pin opens without it: the URL or the chooser, whichever comes first.
	const placeUrl = new RegExp(`place=${id}(&|$)`);
	await expect.poll(async () => placeUrl.test(page.url()) || (await chooser.isVisible())).toBe(true);
	if (!placeUrl.test(page.url())) await chooser.locator(`button[data-place="${id}"]`).click();
	await expect(page).toHaveURL(placeUrl);
}

/**
 * The map's zoom, read from the projection alone (no extra hook): in Web Mercator with 512 px
 * tiles, 10° of longitude span 512 · 2^zoom · 10/360 px.
 */
export async function mapZoom(page: Page) {
	const a = await project(page, [40, 45]);
	const b = await project(page, [50, 45]);
	return Math.log2((Math.abs(b.x - a.x) * 360) / (512 * 10));
}

/**
 * The reader's stored choice of the detailed (MapLibre) map, for pages on another origin than the
 * config's storageState covers (a second server, a sub-path host).
 */
export async function preferDetailedMap(context: BrowserContext) {
	await context.addInitScript(() => localStorage.setItem('csto-atlas:map', 'detailed'));
}

/**
 * Decodes a PNG in the page and samples every 7th pixel: how many distinct colours it has (a blank
 * sheet has few) and how many samples lie near each target colour.
 */
export async function pngColourStats<K extends string>(page: Page, png: Buffer, targets: Record<K, readonly number[]>) {
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
			const colours = new Set<string>();
			const counts = Object.fromEntries(Object.keys(targets).map((k) => [k, 0])) as Record<string, number>;
			for (let i = 0; i < d.length; i += 4 * 7) {
				colours.add(`${d[i] >> 4},${d[i + 1] >> 4},${d[i + 2] >> 4}`);
				for (const [k, rgb] of Object.entries(targets) as [string, number[]][])
					if (Math.abs(d[i] - rgb[0]) < 10 && Math.abs(d[i + 1] - rgb[1]) < 10 && Math.abs(d[i + 2] - rgb[2]) < 10) counts[k]++;
			}
			return { width: img.width, height: img.height, colours: colours.size, counts };
		},
		{ b64: png.toString('base64'), targets: targets as Record<string, readonly number[]> }
	) as Promise<{ width: number; height: number; colours: number; counts: Record<K, number> }>;
}

/** The RGB of a screenshot at points given in CSS px (`scale`: the device pixel ratio it was taken at). */
export async function pngPixels(page: Page, png: Buffer, points: readonly { x: number; y: number }[], scale = 1): Promise<number[][]> {
	return page.evaluate(
		async ({ b64, points, scale }) => {
			const img = new Image();
			img.src = `data:image/png;base64,${b64}`;
			await img.decode();
			const c = document.createElement('canvas');
			[c.width, c.height] = [img.width, img.height];
			const ctx = c.getContext('2d')!;
			ctx.drawImage(img, 0, 0);
			const d = ctx.getImageData(0, 0, c.width, c.height).data;
			return points.map(({ x, y }) => {
				const i = 4 * (Math.round(y * scale) * c.width + Math.round(x * scale));
				return [d[i], d[i + 1], d[i + 2]];
			});
		},
		{ b64: png.toString('base64'), points, scale }
	);
}

/** Requests to any origin but these (data: and blob: URLs stay in the page); read it at the end. */
export function watchForeignRequests(page: Page, origins: string[]): string[] {
	const foreign: string[] = [];
	page.on('request', (r) => {
		const url = r.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (!origins.includes(new URL(url).origin)) foreign.push(url);
	});
	return foreign;
}

/**
 * A GPU that grants the first WebGL context (the app's probe) and refuses the next (MapLibre's):
 * the blocked-GPU case that only MapLibre's constructor error reveals. Call before `goto`.
 */
export function refuseMapLibreContext(page: Page) {
	return page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		let granted = 0;
		HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
			if (/webgl/.test(type) && granted++ > 0) return null;
			return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
		} as typeof original;
	});
}

/**
 * Loses the detailed map's WebGL context, as a GPU reset would; resolves once MapLibre has seen
 * the loss. The extension is kept as `window.cstoLoseContext` to restore the context with.
 */
export async function loseContext(page: Page) {
	await page.locator('canvas.maplibregl-canvas').evaluate(
		(canvas) =>
			new Promise<void>((resolve) => {
				const ext = (canvas as HTMLCanvasElement).getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
				// A lost context hands out no extensions: keep this one to restore with.
				(window as unknown as { cstoLoseContext: typeof ext }).cstoLoseContext = ext;
				canvas.addEventListener('webglcontextlost', () => setTimeout(resolve, 0), { once: true });
				ext.loseContext();
			})
	);
}

/**
 * Resolves once the map has nothing left to load or draw and has painted a frame: whatever the
 * last action set off has had its chance, so "it did not happen" can be asserted.
 */
export async function mapSettled(page: Page) {
	await page
		.locator('[data-testid="map"]')
		.evaluate((el) => (el as HTMLElement & { cstoWhenSettled: () => Promise<number> }).cstoWhenSettled());
}

/** Resolves after the next painted frame, once the tasks queued before it (a click's handlers) have run. */
export async function nextFrame(page: Page) {
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}
