/**
 * "Export PNG": the drawn map with a title, the year, the legend and a source line with the
 * view's URL ("cite this view"), composed on a 2D canvas. No network, no HTML rendering.
 */
export interface LegendEntry {
	color: string;
	label: string;
	count: number;
}

export interface ExportSpec {
	map: HTMLCanvasElement;
	title: string;
	year: number;
	subtitle: string;
	legend: LegendEntry[];
	sourceLine: string;
	url: string;
}

export const EXPORT_HEADER = 86;
export const EXPORT_FOOTER = 104;

export function composeViewImage(spec: ExportSpec): HTMLCanvasElement {
	const width = Math.max(900, spec.map.width);
	const mapHeight = Math.round((spec.map.height / spec.map.width) * width);
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = EXPORT_HEADER + mapHeight + EXPORT_FOOTER;
	const ctx = canvas.getContext('2d')!;
	const family = getComputedStyle(document.documentElement).getPropertyValue('--font-ui').trim() || 'sans-serif';
	const font = (weight: number, size: number) => `${weight} ${size}px ${family}`;

	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);

	// Header: title left, the year large on the right.
	ctx.fillStyle = '#111111';
	ctx.textBaseline = 'alphabetic';
	ctx.font = font(700, 28);
	ctx.fillText(spec.title, 20, 40);
	ctx.font = font(400, 16);
	ctx.fillStyle = '#444444';
	ctx.fillText(spec.subtitle, 20, 68);
	ctx.font = font(800, 56);
	ctx.fillStyle = '#111111';
	ctx.textAlign = 'right';
	ctx.fillText(String(spec.year), width - 20, 66);
	ctx.textAlign = 'left';

	ctx.drawImage(spec.map, 0, EXPORT_HEADER, width, mapHeight);

	// Legend row.
	let x = 20;
	const ly = EXPORT_HEADER + mapHeight + 30;
	ctx.font = font(600, 15);
	for (const e of spec.legend) {
		ctx.fillStyle = e.color;
		ctx.fillRect(x, ly - 13, 16, 16);
		ctx.strokeStyle = 'rgba(0,0,0,0.4)';
		ctx.strokeRect(x + 0.5, ly - 12.5, 15, 15);
		ctx.fillStyle = '#111111';
		const text = `${e.label} (${e.count})`;
		ctx.fillText(text, x + 22, ly);
		x += 22 + ctx.measureText(text).width + 22;
	}

	// Source line and the view's URL.
	ctx.font = font(400, 13);
	ctx.fillStyle = '#333333';
	ctx.fillText(spec.sourceLine, 20, ly + 32, width - 40);
	ctx.fillText(`Cite this view: ${spec.url}`, 20, ly + 54, width - 40);
	return canvas;
}

export function downloadCanvas(canvas: HTMLCanvasElement, filename: string): Promise<void> {
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => {
			if (!blob) return reject(new Error('Could not encode the image'));
			const url = URL.createObjectURL(blob);
			const a = document.createElement('a');
			a.href = url;
			a.download = filename;
			document.body.append(a);
			a.click();
			a.remove();
			setTimeout(() => URL.revokeObjectURL(url), 5000);
			resolve();
		}, 'image/png')
	);
}
