// A measurement prototype, not part of the app (issue 26, docs/performance.md, "fifth session"):
// injected into a lite map page by `node bench/ab-builds.mjs … --inject N:bench/canvas-prototype.js`.
// It paints the states, territories, pins and names on a canvas under the SVG, in script (a
// MutationObserver after each year's changes, before the frame), and takes them out of the SVG's
// rendering with a style. The SVG still changes its attributes each year as the app does. Pins are
// drawn as squares and territories as grey: the cost is close, the look is not.
(() => {
	const svg = document.querySelector('svg.svg-map');
	const host = svg.parentElement;
	const box = svg.getBoundingClientRect();
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(box.width);
	canvas.height = Math.round(box.height);
	canvas.style.cssText = `position:absolute;left:0;top:0;width:${box.width}px;height:${box.height}px;pointer-events:none`;
	host.style.position = 'relative';
	host.prepend(canvas);
	svg.style.position = 'relative';
	const style = document.createElement('style');
	style.textContent = `svg.svg-map path[data-iso] { fill: transparent !important; stroke: transparent !important }
svg.svg-map > rect { fill: transparent !important }
svg.svg-map text, svg.svg-map line, svg.svg-map circle, svg.svg-map g[data-place], svg.svg-map path[data-place] { display: none !important }`;
	document.head.append(style);
	const ctx = canvas.getContext('2d');
	const vb = svg.viewBox.baseVal;
	const [sx, sy] = [box.width / vb.width, box.height / vb.height];
	const paths = new Map();
	const path2d = (el) => paths.get(el) ?? paths.set(el, new Path2D(el.getAttribute('d'))).get(el);
	const shown = (el) => el.getAttribute('visibility') !== 'hidden';
	const draw = () => {
		ctx.setTransform(1, 0, 0, 1, 0, 0);
		ctx.fillStyle = '#EAF1F7';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		const camera = /translate\(([-\d.e]+) ([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(
			svg.querySelector('g[transform]').getAttribute('transform')
		);
		const [tx, ty, k] = camera ? camera.slice(1).map(Number) : [0, 0, 1];
		ctx.setTransform(sx * k, 0, 0, sy * k, sx * tx, sy * ty);
		ctx.lineWidth = 0.6 / k;
		ctx.strokeStyle = '#fff';
		for (const p of svg.querySelectorAll('path[data-iso]')) {
			const fill = p.getAttribute('fill');
			ctx.fillStyle = fill && !fill.startsWith('url') ? fill : '#ccc';
			ctx.fill(path2d(p));
			ctx.stroke(path2d(p));
		}
		ctx.fillStyle = 'rgba(0, 0, 0, 0.3)';
		for (const p of svg.querySelectorAll('path[data-place]')) if (shown(p)) ctx.fill(path2d(p));
		ctx.setTransform(sx, 0, 0, sy, 0, 0);
		ctx.fillStyle = '#111';
		for (const g of svg.querySelectorAll('g[data-place]')) {
			const at = shown(g) && /translate\(([-\d.e]+) ([-\d.e]+)\)/.exec(g.getAttribute('transform'));
			if (at) ctx.fillRect(Number(at[1]), Number(at[2]), 14, 14);
		}
		Object.assign(ctx, { font: '700 12px sans-serif', textAlign: 'center', textBaseline: 'middle', lineWidth: 3 });
		ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
		for (const t of svg.querySelectorAll('text[data-label]')) {
			const [x, y] = [Number(t.getAttribute('x')), Number(t.getAttribute('y'))];
			ctx.strokeText(t.textContent, x, y);
			ctx.fillText(t.textContent, x, y);
		}
	};
	draw();
	new MutationObserver(draw).observe(svg, { subtree: true, attributes: true, childList: true, characterData: true });
})();
