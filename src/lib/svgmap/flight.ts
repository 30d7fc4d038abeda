/** A short camera flight for the lite map: centre and zoom eased over a fixed time, one step per frame. */
import { mercator, unmercator, type Camera } from '$lib/geo/camera';

export const FLIGHT_MS = 450;

const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/** The camera a fraction `t` of the way (centres in Web Mercator, zoom linear). */
export function cameraBetween(from: Camera, to: Camera, t: number): Camera {
	const a = mercator(from.center);
	const b = mercator(to.center);
	const e = ease(Math.min(1, Math.max(0, t)));
	return { center: unmercator([a[0] + (b[0] - a[0]) * e, a[1] + (b[1] - a[1]) * e]), zoom: from.zoom + (to.zoom - from.zoom) * e };
}

/** Calls `step` each frame until the flight ends; returns how to stop it early. */
export function flyBetween(from: Camera, to: Camera, step: (c: Camera) => void, ms = FLIGHT_MS): () => void {
	const start = performance.now();
	let frame = requestAnimationFrame(function tick(now) {
		const t = (now - start) / ms;
		step(t >= 1 ? to : cameraBetween(from, to, t));
		frame = t >= 1 ? 0 : requestAnimationFrame(tick);
	});
	return () => cancelAnimationFrame(frame);
}
