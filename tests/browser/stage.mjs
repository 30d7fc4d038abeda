// Measured in the page (page.evaluate(measureStage)): the map's visible share of the screen, whether
// the page scrolls, and which visible controls have their centre covered by another element.
// Shared by the browser tests and scripts/screens.mjs.
export function measureStage() {
	const vw = innerWidth;
	const vh = innerHeight;
	const mapEl = document.querySelector('canvas.maplibregl-canvas') ?? document.querySelector('[data-testid="svg-fallback"] svg');
	let share = 0;
	if (mapEl) {
		const r = mapEl.getBoundingClientRect();
		const w = Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0));
		const h = Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
		share = (w * h) / (vw * vh);
	}
	const covered = [];
	for (const el of document.querySelectorAll('button, input, select, [role="tab"], a[href], summary')) {
		const r = el.getBoundingClientRect();
		const style = getComputedStyle(el);
		if (!r.width || !r.height || style.visibility === 'hidden' || r.bottom < 0 || r.top > vh || r.right < 0 || r.left > vw) continue;
		const x = r.left + r.width / 2;
		const y = r.top + r.height / 2;
		if (x < 0 || y < 0 || x >= vw || y >= vh) continue;
		// Scrolled out of a panel that clips it: out of view, not covered.
		let clipped = false;
		for (let p = el.parentElement; p && !clipped; p = p.parentElement) {
			if (getComputedStyle(p).overflow === 'visible') continue;
			const b = p.getBoundingClientRect();
			clipped = x < b.left || x > b.right || y < b.top || y > b.bottom;
		}
		if (clipped) continue;
		const top = document.elementFromPoint(x, y);
		if (top && top !== el && !el.contains(top))
			covered.push(`${el.tagName.toLowerCase()}[${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 20)}] under ${top.tagName.toLowerCase()}.${String(top.className).split(' ')[0]}`);
	}
	const root = document.scrollingElement ?? document.documentElement;
	return { share, covered, scrolls: root.scrollHeight > vh + 1 || root.scrollWidth > vw + 1 };
}
