/**
 * The lite map as pixels, for "Export PNG": the SVG is serialised and drawn into a canvas through
 * an <img> (a blob: URL, allowed by the page's CSP; nothing leaves the page). Styles that come
 * from the page's CSS are copied onto the clone first, since an SVG drawn as an image sees none.
 */
const COPIED_STYLES = [
	'font-size',
	'font-weight',
	'font-family',
	'fill',
	'stroke',
	'stroke-width',
	'paint-order',
	'text-anchor',
	'dominant-baseline'
];

export async function rasteriseSvg(svg: SVGSVGElement, scale = devicePixelRatio || 1): Promise<HTMLCanvasElement> {
	const box = svg.getBoundingClientRect();
	const width = Math.max(1, Math.round(box.width));
	const height = Math.max(1, Math.round(box.height));
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = svg.querySelectorAll('text');
	clone.querySelectorAll('text').forEach((text, i) => {
		const style = getComputedStyle(originals[i]);
		for (const name of COPIED_STYLES) text.setAttribute(name, style.getPropertyValue(name));
	});
	clone.querySelectorAll('title').forEach((t) => t.remove());
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
		return canvas;
	} finally {
		URL.revokeObjectURL(url);
	}
}
