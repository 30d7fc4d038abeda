import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { deferAppStart, START_AFTER_PAINT_LINKS, WAIT_FOR_FIRST_PAINT } from '../../src/lib/server/deferAppStart';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

// The shape of SvelteKit's prerendered start-up script (adapter-static, CSP in hash mode).
const KIT_SCRIPT = `
	{
		__sveltekit_x = { base: new URL(".", location).pathname.slice(0, -1) };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("./_app/immutable/entry/start.js"),
			import("./_app/immutable/entry/app.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 2] });
		});
	}
`;
const page = (script: string, csp = `script-src 'self' ${sha(script)}; font-src 'self'`) =>
	`<html><head><meta http-equiv="content-security-policy" content="${csp}"></head><body><div><script>${script}</script></div></body></html>`;

const scriptOf = (html: string) => html.match(/<script>([\s\S]*?)<\/script>/)![1];

describe('deferAppStart: the prerendered page starts the app after its first paint', () => {
	it('wraps the imports in the wait, and the CSP allows exactly the new script', () => {
		const out = deferAppStart(page(KIT_SCRIPT));
		const script = scriptOf(out);
		expect(script).toContain(`${WAIT_FOR_FIRST_PAINT}.then(() => {${START_AFTER_PAINT_LINKS} return Promise.all([`);
		expect(script).toContain('import("./_app/immutable/entry/start.js")');
		expect(script).toContain('kit.start(app, element');
		expect(out).toContain(sha(script));
		expect(out).not.toContain(sha(KIT_SCRIPT));
		expect(out).toContain("font-src 'self'"); // the rest of the policy is untouched
	});

	it('leaves the page alone where the policy does not carry the script hash (a CSP header, as in dev)', () => {
		const html = page(KIT_SCRIPT, "script-src 'self'");
		expect(deferAppStart(html)).toBe(html);
	});

	it('leaves the page alone if SvelteKit ever writes its script differently', () => {
		const other = KIT_SCRIPT.replace('Promise.all([', 'Promise.allSettled([');
		const html = page(other);
		expect(deferAppStart(html)).toBe(html);
	});

	it('the rewritten script is valid JavaScript', async () => {
		const script = scriptOf(deferAppStart(page(KIT_SCRIPT)));
		// Parsing only: wrapping in a never-called function keeps the imports from running.
		expect(() => runInNewContext(`(function () {${script.replace(/import\(/g, 'String(')}})`)).not.toThrow();
	});
});

describe('START_AFTER_PAINT_LINKS (runs in the browser)', () => {
	it('turns each marked link into what its mark says, and leaves other links alone', () => {
		const marked = { rel: '', dataset: { afterPaint: 'preload' } };
		const document = { querySelectorAll: (selector: string) => (selector === 'link[data-after-paint]' ? [marked] : []) };
		runInNewContext(START_AFTER_PAINT_LINKS, { document });
		expect(marked.rel).toBe('preload');
	});
});

describe('WAIT_FOR_FIRST_PAINT (runs in the browser)', () => {
	afterEach(() => vi.useRealTimers());
	/** Runs the wait with a fake Paint Timing API; resolves with what settled it. */
	function run(observerImpl: unknown) {
		vi.useFakeTimers();
		let settled = false;
		const promise = runInNewContext(WAIT_FOR_FIRST_PAINT, { PerformanceObserver: observerImpl, setTimeout, clearTimeout }) as Promise<void>;
		promise.then(() => (settled = true));
		return { isSettled: async () => (await Promise.resolve(), await Promise.resolve(), settled) };
	}

	it('settles when the first-contentful-paint entry arrives, not before', async () => {
		let deliver: (names: string[]) => void = () => {};
		let disconnected = false;
		class FakeObserver {
			constructor(cb: (list: { getEntriesByName(n: string): unknown[] }, o: FakeObserver) => void) {
				deliver = (names) => cb({ getEntriesByName: (n) => names.filter((x) => x === n) }, this);
			}
			observe(options: { type: string; buffered: boolean }) {
				expect(options).toEqual({ type: 'paint', buffered: true });
			}
			disconnect() {
				disconnected = true;
			}
		}
		const wait = run(FakeObserver);
		expect(await wait.isSettled()).toBe(false);
		deliver(['first-paint']);
		expect(await wait.isSettled()).toBe(false);
		deliver(['first-contentful-paint']);
		expect(await wait.isSettled()).toBe(true);
		expect(disconnected).toBe(true);
	});

	it('settles after 500 ms if no paint is reported (a hidden tab)', async () => {
		class SilentObserver {
			observe() {}
			disconnect() {}
		}
		const wait = run(SilentObserver);
		vi.advanceTimersByTime(499);
		expect(await wait.isSettled()).toBe(false);
		vi.advanceTimersByTime(1);
		expect(await wait.isSettled()).toBe(true);
	});

	it('settles at once where Paint Timing is missing', async () => {
		const wait = run(undefined);
		expect(await wait.isSettled()).toBe(true);
	});
});
