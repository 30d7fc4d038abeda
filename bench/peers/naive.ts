// Peer 2: the naive MapLibre approach. The same map, but each year rebuilds the fill colour as
// a data-driven `match` expression and calls setPaintProperty, which sends every tile back
// through the worker.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { feature } from 'topojson-client';
import { statusesFor, loadTopology, STATUS_COLOR, OTHER_LAND_COLOR } from './shared';

window.peerReady = (async () => {
	maplibregl.setWorkerUrl(new URL(workerUrl, document.baseURI).href);
	const topo = await loadTopology();
	const fc = feature(topo, topo.objects.countries) as any;
	for (const f of fc.features) f.properties.iso3 = f.properties.a3;
	const el = document.createElement('div');
	el.style.cssText = 'position:absolute;inset:0';
	document.body.append(el);
	const map = new maplibregl.Map({
		container: el,
		style: {
			version: 8,
			sources: { countries: { type: 'geojson', data: fc, tolerance: 0.25 } },
			layers: [
				{ id: 'bg', type: 'background', paint: { 'background-color': '#EAF1F7' } },
				{ id: 'fill', type: 'fill', source: 'countries', paint: { 'fill-color': OTHER_LAND_COLOR } },
				{ id: 'line', type: 'line', source: 'countries', paint: { 'line-color': '#fff' } }
			]
		},
		bounds: [
			[21, 36],
			[92, 61]
		],
		fadeDuration: 0,
		attributionControl: false
	});
	await new Promise<void>((r) => map.once('load', () => r()));
	window.peerStep = (year: number) =>
		new Promise<number>((resolve) => {
			const match: any[] = ['match', ['get', 'iso3']];
			for (const [iso, status] of statusesFor(year)) match.push(iso, STATUS_COLOR[status]);
			match.push(OTHER_LAND_COLOR);
			map.once('idle', () => resolve(performance.now()));
			map.setPaintProperty('fill', 'fill-color', match as any);
		});
	await window.peerStep(2000);
})();
