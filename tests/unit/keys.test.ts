import { afterEach, describe, expect, it, vi } from 'vitest';
import { keyAction } from '$lib/domain/keys';
import { isOwnedByWidget } from '$lib/state/shortcuts';
import { markKeyTarget } from '$lib/map/maplibreDom';

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

/** Enough of a DOM Element for `closest`: it sits inside the elements matching `inside`. */
class FakeElement {
	constructor(private readonly inside: string[]) {}
	closest(selector: string) {
		return selector.split(/,\s*/).some((part) => this.inside.includes(part)) ? this : null;
	}
}

describe('isOwnedByWidget (in $lib/state: it asks the DOM)', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('leaves every key to fields, list boxes, tab lists and dialogs', () => {
		vi.stubGlobal('Element', FakeElement);
		for (const part of [
			'input:not([type="range"])',
			'textarea',
			'select',
			'[contenteditable="true"]',
			'[role="listbox"]',
			'[role="tablist"]',
			'dialog[open]'
		])
			for (const key of ['a', 'ArrowLeft', 'PageDown'])
				expect(isOwnedByWidget(new FakeElement([part]) as unknown as Element, key), `${part} ${key}`).toBe(true);
		expect(isOwnedByWidget(new FakeElement([]) as unknown as Element, 'ArrowLeft')).toBe(false);
	});

	it("a focused map (either renderer) keeps its arrows and zoom keys, but not the clicker's Page keys", () => {
		vi.stubGlobal('Element', FakeElement);
		// Both maps mark the element that takes their keys: map/maplibreDom.ts and svgmap/LiteMap.svelte.
		const el = new FakeElement(['[data-map-keys]']) as unknown as Element;
		for (const key of ['ArrowLeft', 'ArrowDown', '+', '-', '0']) expect(isOwnedByWidget(el, key)).toBe(true);
		for (const key of ['PageDown', 'PageUp', ' ', 'End', 'f']) expect(isOwnedByWidget(el, key)).toBe(false);
	});

	it('is false for targets that are not elements (window, document, null)', () => {
		vi.stubGlobal('Element', FakeElement);
		expect(isOwnedByWidget(null)).toBe(false);
		expect(isOwnedByWidget({} as EventTarget)).toBe(false);
	});
});

describe('markKeyTarget (map/maplibreDom.ts)', () => {
	it("marks MapLibre's key target as the SVG map marks its own", () => {
		const container = { dataset: {} as DOMStringMap };
		markKeyTarget({ getCanvasContainer: () => container } as unknown as Parameters<typeof markKeyTarget>[0]);
		expect(container.dataset.mapKeys).toBe('');
	});
});
