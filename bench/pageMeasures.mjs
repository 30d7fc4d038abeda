// What the benchmark measures inside the app's page: year steps, playback, the heap, and the
// in-page step loop shared with the peers. Called from bench/run.mjs.
import { stats, round } from './stats.mjs';

export async function yearSteps(page, steps) {
	// In the page: every keydown's timestamp, Event Timing entries, the next frame after it,
	// and the moment the map has finished drawing the new year.
	await page.evaluate(() => {
		const w = window;
		w.__et = [];
		new PerformanceObserver((l) => {
			for (const e of l.getEntries()) if (e.name === 'keydown') w.__et.push(e.duration);
		}).observe({ type: 'event', durationThreshold: 16, buffered: false });
	});
	const slider = page.getByTestId('year-slider');
	await slider.focus();
	await slider.press('Home');
	await page.waitForTimeout(300);
	const frame = [];
	const idle = [];
	let dir = 'ArrowRight';
	for (let i = 0; i < steps; i++) {
		const year = Number(await page.getByTestId('year-display').textContent());
		if (dir === 'ArrowRight' && year >= new Date().getFullYear()) dir = 'ArrowLeft';
		if (dir === 'ArrowLeft' && year <= 1991) dir = 'ArrowRight';
		await page.evaluate(() => {
			const w = window;
			const el = document.querySelector('[data-testid="map"]');
			w.__idle = el.cstoWhenIdle();
			w.__frame = new Promise((res) =>
				addEventListener(
					'keydown',
					(e) => {
						const t0 = e.timeStamp;
						requestAnimationFrame(() => setTimeout(() => res([t0, performance.now()]), 0));
					},
					{ once: true, capture: true }
				)
			);
		});
		await page.keyboard.press(dir);
		const [t0, tFrame] = await page.evaluate(() => window.__frame);
		const tIdle = await page.evaluate(() => Promise.race([window.__idle, new Promise((r) => setTimeout(() => r(null), 2000))]));
		// One step at a time: the next key waits until the map's frame has reached the screen.
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
		frame.push(tFrame - t0);
		if (tIdle) idle.push(tIdle - t0);
	}
	const eventTiming = await page.evaluate(() => window.__et);
	return {
		frame: stats(frame),
		idle: stats(idle),
		eventTimingOver16: { count: eventTiming.length, max: eventTiming.length ? Math.max(...eventTiming) : 0 }
	};
}

export async function playback(page) {
	await page.getByTestId('year-slider').focus();
	await page.getByTestId('year-slider').press('Home');
	// By its place, not its name: the page may be in any language.
	await page.locator('.speed select').selectOption('fast');
	await page.evaluate(() => {
		const w = window;
		w.__long = [];
		new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
		w.__frames = 0;
		w.__t0 = performance.now();
		const tick = () => {
			w.__frames++;
			if (!w.__stop) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
	await page.getByTestId('play').click();
	await page.waitForFunction(() => document.querySelector('[data-testid="play"]').getAttribute('aria-label') !== 'Pause', null, {
		timeout: 60000,
		polling: 100
	});
	return page.evaluate(() => {
		const w = window;
		w.__stop = true;
		const seconds = (performance.now() - w.__t0) / 1000;
		return {
			seconds: Math.round(seconds * 10) / 10,
			fps: Math.round((w.__frames / seconds) * 10) / 10,
			longTasks: w.__long.length,
			longestTaskMs: w.__long.length ? Math.max(...w.__long) : 0
		};
	});
}

export async function memory(page, playbacks) {
	const cdp = await page.context().newCDPSession(page);
	const heap = async () => {
		await cdp.send('HeapProfiler.collectGarbage');
		await cdp.send('HeapProfiler.collectGarbage');
		return (await cdp.send('Runtime.getHeapUsage')).usedSize;
	};
	const slider = page.getByTestId('year-slider');
	// One warm-up pass so caches and lazily built structures exist before the baseline.
	const pass = async () => {
		await slider.focus();
		await slider.press('Home');
		for (let y = 1991; y < new Date().getFullYear(); y++) {
			await slider.press('ArrowRight');
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(0))));
		}
	};
	await pass();
	const before = await heap();
	// The heap after every pass: a leak grows with each one, caches settle after the first few.
	const perPassMB = [];
	for (let i = 0; i < playbacks; i++) {
		await pass();
		perPassMB.push(Math.round((await heap()) / 10485.76) / 100);
	}
	const after = await heap();
	return { beforeMB: round(before / 1048576), afterMB: round(after / 1048576), growthKB: round((after - before) / 1024), perPassMB };
}

export async function ourStepsInPage(page, steps) {
	// The same in-page protocol as the peers: call, then wait until the map is idle.
	await page.getByTestId('year-slider').focus();
	const durations = await page.evaluate(async (n) => {
		const el = document.querySelector('[data-testid="map"]');
		const slider = document.querySelector('[data-testid="year-slider"]');
		const out = [];
		const max = new Date().getFullYear();
		let d = 1;
		for (let i = 0; i < n; i++) {
			const y = Number(slider.value);
			if (y + d > max || y + d < 1991) d = -d;
			const idle = el.cstoWhenIdle();
			const t0 = performance.now();
			slider.dispatchEvent(new KeyboardEvent('keydown', { key: d > 0 ? 'ArrowRight' : 'ArrowLeft', bubbles: true }));
			out.push((await idle) - t0);
		}
		return out;
	}, steps);
	// The durations too, so alternated rounds can pool them (stepRounds.mjs).
	return { ...stats(durations), durations };
}

/**
 * Switching the compared organisation with the picker (issue 25): from the change to the first
 * frame whose legend shows the new view, in frames and ms. The first pass loads each organisation
 * (its data is fetched once); the measured passes switch among loaded ones.
 */
export async function orgSwitches(page, passes) {
	// The page starts comparing with the SCO: every switch in the list changes what is shown (a
	// no-op switch would wait out the 600-frame limit).
	const ids = ['nato', 'cis', 'eaeu', 'ots', '', 'sco'];
	await page.getByTestId('org-b').waitFor();
	const switchTo = (list) =>
		page.evaluate(async (list) => {
			const select = document.querySelector('[data-testid="org-b"]');
			const legend = () => document.querySelector('.legend')?.textContent ?? '';
			const map = document.querySelector('[data-testid="map"]');
			const out = [];
			for (const id of list) {
				const before = legend();
				const t0 = performance.now();
				select.value = id;
				select.dispatchEvent(new Event('change', { bubbles: true }));
				// Frames until one starts with the new view in the page: 1 means the very next frame paints it.
				let frames = 0;
				do {
					await new Promise((r) => requestAnimationFrame(r));
					frames += 1;
				} while (legend() === before && frames < 600);
				const tFrame = performance.now();
				await map.cstoWhenIdle();
				out.push({ ms: tFrame - t0, idleMs: performance.now() - t0, frames });
			}
			return out;
		}, list);
	await switchTo(ids);
	const runs = [];
	for (let i = 0; i < passes; i++) runs.push(...(await switchTo(ids)));
	return {
		frame: stats(runs.map((r) => r.ms)),
		idle: stats(runs.map((r) => r.idleMs)),
		framesMax: Math.max(...runs.map((r) => r.frames)),
		count: runs.length
	};
}
