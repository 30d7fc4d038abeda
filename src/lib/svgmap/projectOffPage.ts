/**
 * The lite map's projection, kept off the page's thread (issue 26): a worker decodes the shapes
 * file and projects the outlines (path strings, areas, name points, bounds); the page builds the
 * hit test's index from them in slices. Where no worker can start, the file is decoded here and
 * projected in slices. On a phone, decoding and projecting on the page held it for ~80 ms of work
 * at start-up, with garbage collection on top.
 */
import { decodeCountries, type Countries, type ShapesFile } from '$lib/geo/topology';
import { HOME_BOUNDS, type Bounds } from '$lib/geo/camera';
import { indexOutline, locatorOf, pathRings, type IndexedOutline } from '$lib/geo/hitTest';
import { inSlices } from '$lib/geo/steps';
import { assemble, projectionFor, projectionSteps, type ProjectedMap, type ProjectedOutline } from './paths';
import type { ProjectionRequest, ProjectionReply } from './projection.worker';

/**
 * The same projection in slices of a few milliseconds with the page given back between them: on a
 * phone, projecting every outline at once blocked input for hundreds of milliseconds at start-up.
 * Resolves to null when `signal` aborts (newer shapes or another size).
 */
async function projectCountriesInSlices(
	countries: Countries,
	width: number,
	height: number,
	view: 'region' | 'world',
	signal: AbortSignal,
	bounds: Bounds = HOME_BOUNDS
): Promise<ProjectedMap | null> {
	// What the first name placement needs too (the hit test's index, areas, name points), which it
	// would otherwise work out in one go.
	return inSlices(projectionSteps(countries, width, height, view, bounds, true), signal);
}

/**
 * The map from outlines projected elsewhere (a worker): the projection itself is cheap to set up
 * here; the hit test's index is built in slices, as the name placement needs it at once.
 */
function mapFromOutlines(
	outlines: readonly ProjectedOutline[],
	width: number,
	height: number,
	view: 'region' | 'world',
	signal: AbortSignal,
	bounds: Bounds = HOME_BOUNDS
): Promise<ProjectedMap | null> {
	function* steps(): Generator<void, ProjectedMap, void> {
		const indexed: IndexedOutline[] = [];
		for (const o of outlines) {
			indexed.push(indexOutline({ iso3: o.iso3, rings: pathRings(o.d) }));
			yield;
		}
		const countries = outlines.map((o) => ({ iso3: o.iso3, name: o.name, d: o.d, area: () => o.area, label: () => o.label }));
		const boundsByIso = new Map(outlines.map((o) => [o.iso3, o.bounds]));
		return assemble(projectionFor(width, height, view, bounds), width, height, countries, locatorOf(indexed), (iso3) =>
			boundsByIso.get(iso3)
		);
	}
	return inSlices(steps(), signal);
}

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, (reply: ProjectionReply | null) => void>();

/** The one projection worker, started when first needed; null where none can start. */
export function projectionWorker(): Worker | null {
	if (worker !== undefined) return worker;
	try {
		worker = new Worker(new URL('./projection.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (e: MessageEvent<ProjectionReply>) => {
			waiting.get(e.data.id)?.(e.data);
			waiting.delete(e.data.id);
		};
		// A worker that fails (its file unreachable, say) hands every request back to the page.
		worker.onerror = () => {
			worker?.terminate();
			worker = null;
			for (const done of waiting.values()) done(null);
			waiting.clear();
		};
	} catch {
		worker = null;
	}
	return worker;
}

/** The outlines projected by the worker; null where it cannot do it. */
function projectInWorker(request: Omit<ProjectionRequest, 'id'>): Promise<ProjectionReply | null> {
	const w = projectionWorker();
	if (!w) return Promise.resolve(null);
	const id = nextId++;
	// A copy of the file, handed over rather than copied again: the page keeps its own for the next projection.
	const file = request.shapes.file.slice(0);
	return new Promise((resolve) => {
		waiting.set(id, resolve);
		w.postMessage({ ...request, shapes: { ...request.shapes, file }, id } satisfies ProjectionRequest, [file]);
	});
}

/**
 * The lite map's projection of a shapes file for its box: in the worker where one runs, else
 * decoded here and projected in slices. Resolves to null when `signal` aborts (newer shapes or
 * another size); rejects where the file cannot be decoded.
 */
export async function projectForLiteMap(
	shapes: ShapesFile,
	width: number,
	height: number,
	signal: AbortSignal,
	bounds: Bounds = HOME_BOUNDS
): Promise<ProjectedMap | null> {
	const reply = await projectInWorker({ shapes, width, height, view: 'region', bounds });
	if (signal.aborted) return null;
	if (reply?.outlines) return mapFromOutlines(reply.outlines, width, height, 'region', signal, bounds);
	return projectCountriesInSlices(decodeCountries(shapes), width, height, 'region', signal, bounds);
}
