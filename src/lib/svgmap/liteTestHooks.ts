/**
 * The lite map's test hooks (geo/testHooks.ts): the same questions the MapLibre map answers, read
 * from the drawn SVG. Positions are CSS px in the map's box.
 */
import { installTestHooks } from '$lib/geo/testHooks';
import { afterNextPaint } from '$lib/geo/nextPaint';
import type { PlacedLabel } from '$lib/geo/labelPlacement';
import type { ProjectedMap } from './paths';
import type { ViewTransform } from './viewTransform';

export interface LiteHookSource {
	/** The map's box, where the hooks live as they do for the MapLibre map. */
	box: HTMLElement;
	svg: SVGSVGElement;
	map: ProjectedMap;
	view(): ViewTransform;
	pinAt(id: string): [number, number] | null;
	labels(): readonly PlacedLabel[];
}

/** Installs the hooks and the 'svg' ready mark; returns their removal. */
export function installLiteHooks({ box, svg, map, view, pinAt, labels }: LiteHookSource): () => void {
	const toBox = (xy: [number, number] | null) => {
		const ctm = svg.getScreenCTM();
		if (!xy || !ctm) return null;
		const at = box.getBoundingClientRect();
		return { x: ctm.a * xy[0] + ctm.c * xy[1] + ctm.e - at.left, y: ctm.b * xy[0] + ctm.d * xy[1] + ctm.f - at.top };
	};
	return installTestHooks(
		box,
		{
			project: (lngLat) => {
				const at = map.project(lngLat);
				const v = view();
				return toBox(at && [v.k * at[0] + v.x, v.k * at[1] + v.y]);
			},
			pinScreen: (id) => toBox(pinAt(id)),
			labels,
			countryAt: (x, y) => {
				const at = box.getBoundingClientRect();
				const hit = document
					.elementsFromPoint(at.left + x, at.top + y)
					.find((e) => e instanceof SVGPathElement && e.dataset.iso && svg.contains(e));
				return (hit as SVGPathElement | undefined)?.dataset.iso ?? null;
			},
			whenDrawn: afterNextPaint
		},
		'svg'
	);
}
