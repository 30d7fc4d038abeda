import { test, expect, type Page } from '@playwright/test';
import { STATUS_RGB, waitForHydration, pixelAt, closeTo, watchForeignRequests } from './helpers';

/**
 * Export animation: the file is a real MP4, WebM or GIF, its first frame shows the first year's
 * colours and its last frame the last year's; Cancel saves nothing; no request leaves the site.
 * 2004 → 2006: Uzbekistan is a former member (pink) in 2004 and 2005 and a member (blue) in 2006.
 */
const MAGIC = {
	mp4: (b: Buffer) => b.subarray(4, 8).toString('latin1') === 'ftyp',
	webm: (b: Buffer) => b.subarray(0, 4).toString('hex') === '1a45dfa3',
	gif: (b: Buffer) => b.subarray(0, 6).toString('latin1') === 'GIF89a'
} as const;

type ColourCounts = { member: number; former: number };

async function openMap(page: Page, map: 'lite' | 'detailed') {
	await page.addInitScript((m) => localStorage.setItem('csto-atlas:map', m), map);
	await page.goto('./');
	await waitForHydration(page);
	await expect(page.locator(`[data-map-ready="${map === 'lite' ? 'svg' : 'true'}"]`)).toHaveCount(1, { timeout: 45_000 });
}

/** Records in the page every file it starts to save (downloadBlob clicks an <a download>). Call before `goto`. */
async function recordSaves(page: Page) {
	await page.addInitScript(() => {
		const saved: string[] = ((window as unknown as { cstoSaved: string[] }).cstoSaved = []);
		const click = HTMLAnchorElement.prototype.click;
		HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
			if (this.download) saved.push(this.download);
			click.call(this);
		};
	});
}
const savedFiles = (page: Page) => page.evaluate(() => (window as unknown as { cstoSaved: string[] }).cstoSaved);

async function exportRange(page: Page, from: number, to: number, seconds: number) {
	await page.getByTestId('share-menu').click();
	await page.getByTestId('export-animation').click();
	const dialog = page.getByTestId('animation-dialog');
	await expect(dialog).toBeVisible();
	await dialog.getByTestId('animation-from').fill(String(from));
	await dialog.getByTestId('animation-to').fill(String(to));
	await dialog.getByTestId('animation-seconds').fill(String(seconds));
	const download = page.waitForEvent('download', { timeout: 90_000 });
	await dialog.getByTestId('animation-start').click();
	const file = await download;
	const path = await file.path();
	const { readFileSync } = await import('node:fs');
	await expect(dialog.getByTestId('animation-message')).toContainText(`Saved ${file.suggestedFilename()}`);
	return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/**
 * Decodes the first and last frames in a blank page of the same origin (served by the test, with
 * no CSP: the app's own policy stays as strict as it is) and counts member-blue and former-pink
 * pixels in each. Video through <video> and a canvas; GIF through ImageDecoder.
 */
async function firstAndLastFrames(page: Page, bytes: Buffer, type: string): Promise<[ColourCounts, ColourCounts]> {
	const decoder = await page.context().newPage();
	await decoder.route('**/decode-frames', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>decode</title>' }));
	await decoder.goto('./decode-frames');
	const counts = await decoder.evaluate(
		async ({ base64, type, rgb }) => {
			const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
			const count = (image: CanvasImageSource, w: number, h: number) => {
				const canvas = document.createElement('canvas');
				canvas.width = w;
				canvas.height = h;
				const ctx = canvas.getContext('2d')!;
				ctx.drawImage(image, 0, 0, w, h);
				const px = ctx.getImageData(0, 0, w, h).data;
				const near = (i: number, c: readonly number[]) =>
					Math.abs(px[i] - c[0]) + Math.abs(px[i + 1] - c[1]) + Math.abs(px[i + 2] - c[2]) < 40;
				let member = 0;
				let former = 0;
				for (let i = 0; i < px.length; i += 4) {
					if (near(i, rgb.member)) member++;
					else if (near(i, rgb.former)) former++;
				}
				return { member, former };
			};
			if (type === 'image/gif') {
				const dec = new ImageDecoder({ data, type });
				await dec.tracks.ready;
				const n = dec.tracks.selectedTrack!.frameCount;
				const first = (await dec.decode({ frameIndex: 0 })).image;
				const last = (await dec.decode({ frameIndex: n - 1 })).image;
				return [count(first, first.displayWidth, first.displayHeight), count(last, last.displayWidth, last.displayHeight)];
			}
			const video = document.createElement('video');
			video.muted = true;
			// In the document, so each seek presents its frame (requestVideoFrameCallback below).
			document.body.append(video);
			video.src = URL.createObjectURL(new Blob([data], { type }));
			await new Promise((ok, fail) => {
				video.onloadeddata = ok;
				video.onerror = () => fail(new Error('the browser could not read the video'));
			});
			const at = async (t: number) => {
				// 'seeked' can fire before the new frame is presented: on a loaded machine the canvas then
				// got the previous frame (or a blank one). Wait for the frame itself, then check for blank.
				const presented = new Promise((ok) => video.requestVideoFrameCallback(ok));
				video.currentTime = t;
				await new Promise((ok) => (video.onseeked = ok));
				await Promise.race([presented, new Promise((ok) => setTimeout(ok, 3000))]);
				let counts = count(video, video.videoWidth, video.videoHeight);
				for (let tries = 0; counts.member + counts.former === 0 && tries < 20; tries++) {
					await new Promise((ok) => setTimeout(ok, 100));
					counts = count(video, video.videoWidth, video.videoHeight);
				}
				return counts;
			};
			return [await at(0.01), await at(video.duration - 0.05)];
		},
		{ base64: bytes.toString('base64'), type, rgb: STATUS_RGB }
	);
	await decoder.close();
	return counts as [ColourCounts, ColourCounts];
}

/** Uzbekistan turns from former-pink to member-blue between the first frame and the last. */
function expectUzbekistanRejoins([first, last]: [ColourCounts, ColourCounts]) {
	expect(first.former).toBeGreaterThan(1000);
	expect(last.former).toBeLessThan(first.former * 0.8);
	expect(last.member).toBeGreaterThan(first.member + 1000);
}

for (const map of ['lite', 'detailed'] as const) {
	test(`${map} map: exports 2004–2006 as a video whose first and last frames show those years`, async ({ page, baseURL }) => {
		const away = watchForeignRequests(page, [new URL(baseURL!).origin]);
		await openMap(page, map);
		const { name, bytes } = await exportRange(page, 2004, 2006, 0.2);
		const kind = name.split('.').pop() as keyof typeof MAGIC;
		expect(['mp4', 'webm']).toContain(kind);
		expect(MAGIC[kind](bytes)).toBe(true);
		expectUzbekistanRejoins(await firstAndLastFrames(page, bytes, kind === 'mp4' ? 'video/mp4' : 'video/webm'));
		expect(away).toEqual([]);
		if (map === 'detailed') {
			// The live map drew 2006 last; it shows the app's year (today: Uzbekistan a former member) again.
			await expect.poll(() => pixelAt(page, [58.5, 43.5]).then((rgb) => closeTo(rgb, STATUS_RGB.former, 20))).toBe(true);
		}
	});
}

test('without H.264 encoding the video is a WebM (VP9)', async ({ page }) => {
	await page.addInitScript(() => {
		const probe = VideoEncoder.isConfigSupported.bind(VideoEncoder);
		VideoEncoder.isConfigSupported = (c) => (c.codec.startsWith('avc') ? Promise.resolve({ supported: false, config: c }) : probe(c));
	});
	await openMap(page, 'lite');
	const { name, bytes } = await exportRange(page, 2004, 2006, 0.2);
	expect(name).toBe('csto-atlas-2004-2006.webm');
	expect(MAGIC.webm(bytes)).toBe(true);
	expectUzbekistanRejoins(await firstAndLastFrames(page, bytes, 'video/webm'));
});

test('without WebCodecs the animation is a GIF', async ({ page, baseURL }) => {
	const away = watchForeignRequests(page, [new URL(baseURL!).origin]);
	await page.addInitScript(() => delete (window as { VideoEncoder?: unknown }).VideoEncoder);
	await recordSaves(page);
	await openMap(page, 'lite');
	const { name, bytes } = await exportRange(page, 2004, 2006, 0.2);
	expect(name).toBe('csto-atlas-2004-2006.gif');
	// The record the Cancel and failure tests read sees a real save.
	expect(await savedFiles(page)).toEqual([name]);
	expect(MAGIC.gif(bytes)).toBe(true);
	expectUzbekistanRejoins(await firstAndLastFrames(page, bytes, 'image/gif'));
	expect(away).toEqual([]);
});

test('Cancel stops the export: no download, and the dialog says so', async ({ page, baseURL }) => {
	const away = watchForeignRequests(page, [new URL(baseURL!).origin]);
	await recordSaves(page);
	await openMap(page, 'lite');
	await page.getByTestId('share-menu').click();
	await page.getByTestId('export-animation').click();
	const dialog = page.getByTestId('animation-dialog');
	// The defaults: 1991 to today, 0.8 s a year, 1280 × 720.
	await expect(dialog.getByTestId('animation-from')).toHaveValue('1991');
	await expect(dialog.getByTestId('animation-seconds')).toHaveValue('0.8');
	await dialog.getByLabel('1920 × 1080 (Full HD)').check();
	await dialog.getByTestId('animation-start').click();
	await expect(dialog.getByTestId('animation-progress')).toContainText(/Year \d+ of \d+/);
	await dialog.getByTestId('animation-cancel').click();
	await expect(dialog.getByTestId('animation-message')).toHaveText('Cancelled: no file was saved.');
	await expect(dialog.getByTestId('animation-progress')).toHaveCount(0);
	// The message is set only once the export has settled, after any save it would have started.
	expect(await savedFiles(page)).toEqual([]);
	// The dialog can start again, and closes.
	await expect(dialog.getByTestId('animation-start')).toBeEnabled();
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toHaveCount(0);
	expect(away).toEqual([]);
});

test('a failing encoder saves nothing and says what happened', async ({ page }) => {
	await recordSaves(page);
	await page.addInitScript(() => {
		VideoEncoder.prototype.encode = () => {
			throw new Error('simulated encoder failure');
		};
	});
	await openMap(page, 'lite');
	await page.getByTestId('share-menu').click();
	await page.getByTestId('export-animation').click();
	const dialog = page.getByTestId('animation-dialog');
	await dialog.getByTestId('animation-from').fill('2004');
	await dialog.getByTestId('animation-to').fill('2006');
	await dialog.getByTestId('animation-start').click();
	await expect(dialog.getByTestId('animation-message')).toContainText('The animation could not be made');
	await expect(dialog.getByTestId('animation-message')).toContainText('No file was saved.');
	expect(await savedFiles(page)).toEqual([]);
});
