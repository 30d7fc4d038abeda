// Measured in the page (page.evaluate(measureStage)): the map's visible share of the screen, whether
// the page scrolls, and which visible controls have their centre covered by another element.
// Shared by the browser tests and scripts/screens.mjs.
export function measureStage() {
	const vw = innerWidth;
	const vh = innerHeight;
	// The map's visible part: sampled points whose topmost element is the map's own drawing (not a
	// caption, a panel, the dock or a button over it).
	const step = Math.max(4, Math.sqrt((vw * vh) / 3000));
	let onMap = 0;
	let points = 0;
	for (let y = step / 2; y < vh; y += step) {
		for (let x = step / 2; x < vw; x += step) {
			points++;
			const el = document.elementFromPoint(x, y);
			// A pin badge is map content, as the pins it stands for are.
			const mapContent = el && (el.matches('canvas.maplibregl-canvas') || !!el.closest('[data-pin-badge], .pin-badge-leader'));
			if (mapContent || (el && !!el.closest('svg.svg-map') && !el.closest('button'))) onMap++;
		}
	}
	const share = points ? onMap / points : 0;
	const covered = [];
	for (const el of document.querySelectorAll('button, input, select, [role="tab"], a[href], summary')) {
		// Pin badges are map content: like the pins they stand for, they pass under the dock as the map pans.
		if (el.hasAttribute('data-pin-badge')) continue;
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
			covered.push(
				`${el.tagName.toLowerCase()}[${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 20)}] under ${top.tagName.toLowerCase()}.${String(top.className).split(' ')[0]}`
			);
	}
	const root = document.scrollingElement ?? document.documentElement;
	return { share, covered, scrolls: root.scrollHeight > vh + 1 || root.scrollWidth > vw + 1 };
}

// Measured in the page (page.evaluate(measureSubject, isos)): of the subject (these states) as drawn
// in the map's box, the share in plain view, where the topmost element at the point is the map's own
// drawing (not a caption, a panel, the dock or a button). Sampled on a grid of about 4000 points.
/** @param {string[]} isos */
export function measureSubject(isos) {
	const host = /** @type {HTMLElement & { cstoCountryAt(x: number, y: number): string | null }} */ (
		document.querySelector('[data-testid="map"]')
	);
	const r = host.getBoundingClientRect();
	const subject = new Set(isos);
	const left = Math.max(0, r.left);
	const top = Math.max(0, r.top);
	const right = Math.min(innerWidth, r.right);
	const bottom = Math.min(innerHeight, r.bottom);
	const step = Math.max(4, Math.sqrt(((right - left) * (bottom - top)) / 4000));
	const drawing = (/** @type {Element | null} */ el) =>
		!!el && (el.matches('canvas.maplibregl-canvas') || (!!el.closest('svg.svg-map') && !el.closest('button')));
	let total = 0;
	let seen = 0;
	const hidden = new Map();
	for (let y = top + step / 2; y < bottom; y += step) {
		for (let x = left + step / 2; x < right; x += step) {
			const iso = host.cstoCountryAt(x - r.left, y - r.top);
			if (!iso || !subject.has(iso)) continue;
			total++;
			const el = document.elementFromPoint(x, y);
			if (drawing(el)) seen++;
			else {
				const what = el
					? `${el.tagName.toLowerCase()}.${String(/** @type {any} */ (el).className?.baseVal ?? el.className).split(' ')[0]}`
					: 'nothing';
				hidden.set(what, (hidden.get(what) ?? 0) + 1);
			}
		}
	}
	return { share: total ? seen / total : 1, samples: total, hiddenBy: Object.fromEntries(hidden) };
}

// Measured in the page: the presenter caption's elements (and its buttons) that scroll or clip their
// text, or stick out of the caption's box. An empty list: the slide fits.
export function captionOverflow() {
	const caption = document.querySelector('.sidebar.caption');
	if (!caption) return ['no caption'];
	const box = caption.getBoundingClientRect();
	const problems = [];
	const name = (/** @type {HTMLElement} */ el) =>
		`${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
	for (const el of [caption, ...caption.querySelectorAll('*'), ...document.querySelectorAll('.presenter-bar, .presenter-bar *')]) {
		// Read to screen readers only (the summary behind a step): not on the slide.
		if (!(el instanceof HTMLElement) || !el.getClientRects().length || el.closest('.visually-hidden')) continue;
		const style = getComputedStyle(el);
		if (el.clientHeight && el.scrollHeight > el.clientHeight + 1 && style.overflowY !== 'visible') problems.push(`${name(el)} scrolls`);
		if (el.clientWidth && el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible') problems.push(`${name(el)} clips sideways`);
		const r = el.getBoundingClientRect();
		if (caption.contains(el) && el !== caption && (r.bottom > box.bottom + 1 || r.right > box.right + 1))
			problems.push(`${name(el)} sticks out`);
	}
	return problems;
}
