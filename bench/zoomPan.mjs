// Lite map zoom and pan: how long from one wheel or drag event to the painted frame that shows it.
// In-page, the same protocol as the year steps (event → cstoWhenIdle, which resolves after the
// next painted frame). Run from bench/run.mjs on the lite map.
export async function liteZoomPan(page, events = 60) {
	return page.evaluate(async (n) => {
		const el = document.querySelector('[data-testid="svg-fallback"]');
		const host = document.querySelector('[data-testid="map"]');
		const box = el.getBoundingClientRect();
		const cx = box.left + box.width / 2;
		const cy = box.top + box.height / 2;
		const timed = async (fire) => {
			const idle = host.cstoWhenIdle();
			const t0 = performance.now();
			fire();
			return (await idle) - t0;
		};
		// Zoom in and out by wheel: three levels in (the 1:50m shapes take over) and back, repeatedly.
		const zoom = [];
		for (let i = 0; i < n; i++) {
			const delta = i % 12 < 6 ? -150 : 150;
			zoom.push(
				await timed(() =>
					el.dispatchEvent(new WheelEvent('wheel', { deltaY: delta, clientX: cx, clientY: cy, bubbles: true, cancelable: true }))
				)
			);
			// The first zoom past two levels fetches and projects the 1:50m shapes: let that finish once.
			if (i === 5) await new Promise((r) => setTimeout(r, 1500));
		}
		// Drag to pan, back and forth, zoomed in (where the 1:50m shapes are drawn).
		for (let i = 0; i < 4; i++)
			el.dispatchEvent(new WheelEvent('wheel', { deltaY: -150, clientX: cx, clientY: cy, bubbles: true, cancelable: true }));
		await new Promise((r) => setTimeout(r, 1500));
		const pan = [];
		let x = cx;
		const pointer = (type, px) =>
			new PointerEvent(type, { pointerId: 7, pointerType: 'mouse', button: 0, clientX: px, clientY: cy, bubbles: true });
		el.dispatchEvent(pointer('pointerdown', x));
		for (let i = 0; i < n; i++) {
			x += i % 20 < 10 ? 12 : -12;
			pan.push(await timed(() => el.dispatchEvent(pointer('pointermove', x))));
		}
		el.dispatchEvent(pointer('pointerup', x));
		return { zoom, pan };
	}, events);
}
