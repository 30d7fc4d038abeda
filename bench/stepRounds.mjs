// The year step against the SVG peer in rounds that alternate the two in one run, so both see the
// same machine: this VM's speed drifts between minutes by more than the difference measured, and
// one p95 of 120 steps is the sixth-slowest step, which one hiccup moves. Each round opens the
// lite map afresh and steps it in-page (the peers' protocol, pageMeasures.mjs), then the peer.
// The verdict compares the medians of the rounds' p50 and p95. The p50 and p95 of all the rounds'
// steps pooled are reported beside them: the pooled p95 is the run's 5 % slowest step, and moves
// less between runs than a sixth-slowest of 120. Used by bench/run.mjs and bench/steps.mjs.
import { ourStepsInPage } from './pageMeasures.mjs';
import { peerSteps, VIEWPORT } from './peers.mjs';
import { stats } from './stats.mjs';

/** `rounds` alternated rounds of `steps` in-page steps, ours at `appUrl` then the SVG peer's. */
export async function alternatedRounds(browser, { appUrl, rounds, steps, log = () => {} }) {
	const done = [];
	for (let r = 0; r < rounds; r++) {
		// A fresh context with nothing stored: the map this machine gets (the lite map without a GPU).
		const ctx = await browser.newContext({ viewport: VIEWPORT });
		const page = await ctx.newPage();
		await page.goto(appUrl);
		await page.waitForSelector('[data-map-ready]', { timeout: 30000 });
		// At rest: the service worker installed, as in bench/run.mjs.
		await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((ok) => setTimeout(ok, 15000))]));
		await page.waitForTimeout(1000);
		const { durations: ourSteps, ...ours } = await ourStepsInPage(page, steps);
		await ctx.close();
		const { durations: peerStepsDone, ...peer } = await peerSteps(browser, 'svg', steps);
		done.push({ ours, peer, ourSteps, peerSteps: peerStepsDone });
		log(`round ${r + 1}: ours p50/p95 ${ours.p50} / ${ours.p95} (max ${ours.max}); SVG peer ${peer.p50} / ${peer.p95} (max ${peer.max})`);
	}
	const median = (pick) => stats(done.map(pick)).p50;
	const pooled = (pick) => stats(done.flatMap(pick));
	return {
		rounds: done.map(({ ours, peer }) => ({ ours, peer })),
		ours: { p50: median((r) => r.ours.p50), p95: median((r) => r.ours.p95) },
		peer: { p50: median((r) => r.peer.p50), p95: median((r) => r.peer.p95) },
		pooled: { ours: pooled((r) => r.ourSteps), peer: pooled((r) => r.peerSteps) }
	};
}
