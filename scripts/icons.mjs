// npm run icons: draws the app's PNG icons (static/icons/icon-{192,512}.png and the maskable
// icon-maskable-512.png) from their SVGs with Debian's Chromium. Run after changing an SVG; the
// PNGs are committed, so a build needs no browser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';

const ICONS = fileURLToPath(new URL('../static/icons/', import.meta.url));
const drawn = [
	['icon.svg', 192, 'icon-192.png'],
	['icon.svg', 512, 'icon-512.png'],
	['icon-maskable.svg', 512, 'icon-maskable-512.png']
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const [svg, size, png] of drawn) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	const markup = readFileSync(ICONS + svg, 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
	await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${markup}`);
	await page.locator('svg').screenshot({ path: ICONS + png, omitBackground: true });
	await page.close();
	console.log(`static/icons/${png}`);
}
await browser.close();
