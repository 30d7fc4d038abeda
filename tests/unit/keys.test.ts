import { afterEach, describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { keyAction } from '$lib/domain/keys';
import { isOwnedByWidget } from '$lib/state/shortcuts';

describe('keyAction: the clicker and shortcut map', () => {
	it('maps clicker keys to steps and ends', () => {
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(keyAction(key)).toBe('next');
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(keyAction(key)).toBe('prev');
		expect(keyAction('Home')).toBe('first');
		expect(keyAction('End')).toBe('last');
	});
	it('maps F, ? (or Shift+/) and Escape', () => {
		expect(keyAction('f')).toBe('present');
		expect(keyAction('F')).toBe('present');
		expect(keyAction('?')).toBe('help');
		expect(keyAction('/', true)).toBe('help');
		expect(keyAction('/')).toBeNull();
		expect(keyAction('Escape')).toBe('exit');
		expect(keyAction('a')).toBeNull();
	});
});

/** Enough of a DOM Element for `closest`: the selectors it matches, given by the test. */
class FakeElement {
	seen: string[] = [];
	constructor(private readonly inside: boolean) {}
	closest(selector: string) {
		this.seen.push(selector);
		return this.inside ? this : null;
	}
}

describe('isOwnedByWidget (in $lib/state: it asks the DOM)', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('leaves keys to fields, dialogs and the MapLibre canvas, and takes the rest', () => {
		vi.stubGlobal('Element', FakeElement);
		const inField = new FakeElement(true);
		expect(isOwnedByWidget(inField as unknown as Element)).toBe(true);
		const selector = inField.seen[0];
		for (const part of ['input:not([type="range"])', 'textarea', 'select', '[contenteditable="true"]', '[role="listbox"]', '[role="tablist"]', 'dialog', '.maplibregl-canvas-container'])
			expect(selector.split(/,\s*/)).toContain(part);
		expect(isOwnedByWidget(new FakeElement(false) as unknown as Element)).toBe(false);
	});

	it('is false for targets that are not elements (window, document, null)', () => {
		vi.stubGlobal('Element', FakeElement);
		expect(isOwnedByWidget(null)).toBe(false);
		expect(isOwnedByWidget({} as EventTarget)).toBe(false);
	});
});

describe('src/lib/domain stays pure', () => {
	it('uses no DOM: no document, window, navigator, storage, element checks or closest()', () => {
		const dir = new URL('../../src/lib/domain/', import.meta.url);
		const dom = /\b(document|window|navigator|localStorage|sessionStorage)\.|instanceof (HTML|SVG)?Element\b|\.closest\(/;
		const offenders = readdirSync(dir)
			.filter((f) => f.endsWith('.ts'))
			.filter((f) => dom.test(readFileSync(new URL(f, dir), 'utf8')));
		expect(offenders).toEqual([]);
	});
});
