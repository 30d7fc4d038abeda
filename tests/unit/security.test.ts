import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import config from '../../svelte.config.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(root, 'src');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(svelte|ts|js|html)$/.test(name) ? [path] : [];
	});
}

/** Files (relative to the root) whose text matches a pattern. */
const filesMatching = (pattern: RegExp) =>
	sourceFiles(SRC)
		.filter((f) => pattern.test(readFileSync(f, 'utf8')))
		.map((f) => relative(root, f));

describe('data strings are never rendered as HTML', () => {
	it('no component uses {@html}', () => {
		expect(sourceFiles(SRC).length).toBeGreaterThan(20);
		expect(filesMatching(/\{@html/)).toEqual([]);
	});
	it('no code writes markup from strings (innerHTML, outerHTML, insertAdjacentHTML, document.write)', () => {
		expect(filesMatching(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/)).toEqual([]);
	});
	it('no code evaluates strings (eval, new Function, string timers), which the CSP would block anyway', () => {
		expect(filesMatching(/\beval\(|new Function\(|setTimeout\(\s*['"`]|setInterval\(\s*['"`]/)).toEqual([]);
	});
});

describe('content security policy', () => {
	const csp = config.kit?.csp;
	it('is hashed into every prerendered page, with no inline or eval scripts', () => {
		expect(csp?.mode).toBe('hash');
		const d = csp!.directives!;
		expect(d['script-src']).toEqual(['self']);
		expect(d['default-src']).toEqual(['self']);
		expect(d['worker-src']).toEqual(['self']);
		expect(d['connect-src']).toEqual(['self']);
		expect(d['object-src']).toEqual(['none']);
		for (const list of Object.values(d)) {
			if (Array.isArray(list)) expect(list).not.toContain('unsafe-eval');
		}
		expect(d['script-src']).not.toContain('unsafe-inline');
	});
});
