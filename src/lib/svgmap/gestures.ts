/**
 * Zoom and pan on the lite map: wheel, drag, pinch, double-click and keys, all turned into one
 * view transform. The transform maths is in viewTransform.ts; this file only reads the input.
 */
import { zoomAbout, panBy, type ViewTransform, type BaseProjection } from './viewTransform';

export interface GestureTarget {
	view(): ViewTransform;
	base(): BaseProjection | null;
	setView(t: ViewTransform): void;
	/** Key 0 goes back to the starting view. */
	reset(): void;
}

/** Steps of the +/− buttons and keys, and of a double-click. */
export const ZOOM_STEP = 2;
export const PAN_STEP_PX = 80;
/** A pointer that moved less than this is a click, not a drag. */
const CLICK_SLOP_PX = 4;

export function attachGestures(el: HTMLElement, target: GestureTarget): () => void {
	const pointers = new Map<number, { x: number; y: number }>();
	let moved = 0;
	const local = (e: { clientX: number; clientY: number }): [number, number] => {
		const box = el.getBoundingClientRect();
		return [e.clientX - box.left, e.clientY - box.top];
	};
	const zoom = (factor: number, at: [number, number]) => {
		const base = target.base();
		if (base) target.setView(zoomAbout(target.view(), factor, at, base));
	};
	const centre = (): [number, number] => [el.clientWidth / 2, el.clientHeight / 2];
	// The drag goes on outside the map; a pointer the browser no longer tracks cannot be captured.
	const capture = (id: number) => {
		try {
			el.setPointerCapture(id);
		} catch {
			// Not capturable: the drag still works while the pointer stays on the map.
		}
	};

	const onWheel = (e: WheelEvent) => {
		e.preventDefault();
		// Lines (Firefox) or pixels: about one zoom level per 300 px of wheel, at most two per event.
		const px = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
		zoom(2 ** Math.max(-2, Math.min(2, -px / 300)), local(e));
	};
	const onDown = (e: PointerEvent) => {
		if (e.button !== 0 && e.pointerType === 'mouse') return;
		pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
		if (pointers.size === 1) moved = 0;
	};
	const onMove = (e: PointerEvent) => {
		const last = pointers.get(e.pointerId);
		if (!last) return;
		if (pointers.size === 1) {
			const dx = e.clientX - last.x;
			const dy = e.clientY - last.y;
			moved += Math.abs(dx) + Math.abs(dy);
			if (moved > CLICK_SLOP_PX) {
				capture(e.pointerId);
				target.setView(panBy(target.view(), dx, dy));
			}
		} else if (pointers.size === 2) {
			// Pinch: the change in distance between two fingers zooms about their midpoint.
			const [a, b] = [...pointers.entries()].map(([id, p]) => (id === e.pointerId ? { x: e.clientX, y: e.clientY } : p));
			const [p, q] = [...pointers.values()];
			const before = Math.hypot(p.x - q.x, p.y - q.y);
			const after = Math.hypot(a.x - b.x, a.y - b.y);
			moved += CLICK_SLOP_PX + 1;
			if (before > 0) zoom(after / before, local({ clientX: (a.x + b.x) / 2, clientY: (a.y + b.y) / 2 }));
		}
		pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
	};
	const onUp = (e: PointerEvent) => {
		pointers.delete(e.pointerId);
	};
	// A drag ends with a click on whatever is under the pointer: that click is not a choice.
	const onClickCapture = (e: MouseEvent) => {
		if (moved > CLICK_SLOP_PX) {
			e.stopPropagation();
			e.preventDefault();
			moved = 0;
		}
	};
	const onDblClick = (e: MouseEvent) => {
		e.preventDefault();
		zoom(e.shiftKey ? 1 / ZOOM_STEP : ZOOM_STEP, local(e));
	};
	const onKey = (e: KeyboardEvent) => {
		if (e.ctrlKey || e.metaKey || e.altKey) return;
		const pan: Record<string, [number, number]> = {
			ArrowLeft: [PAN_STEP_PX, 0],
			ArrowRight: [-PAN_STEP_PX, 0],
			ArrowUp: [0, PAN_STEP_PX],
			ArrowDown: [0, -PAN_STEP_PX]
		};
		if (e.key === '+' || e.key === '=') zoom(ZOOM_STEP, centre());
		else if (e.key === '-' || e.key === '_') zoom(1 / ZOOM_STEP, centre());
		else if (e.key === '0') target.reset();
		else if (pan[e.key]) target.setView(panBy(target.view(), ...pan[e.key]));
		else return;
		e.preventDefault();
		e.stopPropagation();
	};

	// One signal removes every listener at once.
	const off = new AbortController();
	const signal = off.signal;
	el.addEventListener('wheel', onWheel, { passive: false, signal });
	el.addEventListener('pointerdown', onDown, { signal });
	el.addEventListener('pointermove', onMove, { signal });
	el.addEventListener('pointerup', onUp, { signal });
	el.addEventListener('pointercancel', onUp, { signal });
	el.addEventListener('click', onClickCapture, { capture: true, signal });
	el.addEventListener('dblclick', onDblClick, { signal });
	el.addEventListener('keydown', onKey, { signal });
	return () => off.abort();
}
