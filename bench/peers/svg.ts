// Peer 1: a plain SVG choropleth, recoloured per year, drawn with d3-geo paths the way
// Our World in Data's grapher draws its maps.
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { statusesFor, loadTopology, STATUS_COLOR, OTHER_LAND_COLOR } from './shared';

const NS = 'http://www.w3.org/2000/svg';
window.peerReady = (async () => {
	const topo = await loadTopology();
	const fc = feature(topo, topo.objects.countries) as any;
	const width = window.innerWidth;
	const height = window.innerHeight;
	const projection = geoMercator().fitExtent(
		[
			[0, 0],
			[width, height]
		],
		{
			type: 'MultiPoint',
			coordinates: [
				[21, 36],
				[92, 61]
			]
		} as any
	);
	const path = geoPath(projection);
	const svg = document.createElementNS(NS, 'svg');
	svg.setAttribute('width', String(width));
	svg.setAttribute('height', String(height));
	document.body.append(svg);
	const byIso = new Map<string, SVGPathElement>();
	for (const f of fc.features) {
		const p = document.createElementNS(NS, 'path');
		p.setAttribute('d', path(f) ?? '');
		p.setAttribute('fill', OTHER_LAND_COLOR);
		p.setAttribute('stroke', '#fff');
		svg.append(p);
		byIso.set(f.properties.a3, p);
	}
	const paint = () => new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
	window.peerStep = async (year: number) => {
		for (const [iso, status] of statusesFor(year)) byIso.get(iso)?.setAttribute('fill', STATUS_COLOR[status]);
		return paint();
	};
	await window.peerStep(2000);
})();
