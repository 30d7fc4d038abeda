/** Why a map failed, in the reader's language (#22 item 3): browser errors are classified, never shown raw. */
import { afterAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { mapProblemOf, SHAPES_ERROR, type MapProblem } from '$lib/domain/mapProblem';
import { MAP_PROBLEM_TEXT, mapProblemReason } from '$lib/text/mapProblemText';

const named = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('map problems', () => {
	afterAll(() => overwriteGetLocale(() => 'en'));
	it('classifies WebGL, shape and other failures', () => {
		expect(mapProblemOf(named('GPUInitializationError', 'x'))).toBe('no-webgl');
		expect(mapProblemOf(new Error('Failed to initialize WebGL'))).toBe('no-webgl');
		expect(mapProblemOf(named(SHAPES_ERROR, 'Could not load country shapes (404 Not Found)'))).toBe('shapes');
		expect(mapProblemOf(new TypeError('Failed to fetch'))).toBe('shapes');
		expect(mapProblemOf(new Error('boom'))).toBe('other');
		expect(mapProblemOf('a string')).toBe('other');
		expect(mapProblemReason('context-lost')).toBe(MAP_PROBLEM_TEXT['context-lost']);
		expect(mapProblemReason(new TypeError('Failed to fetch'))).toBe(MAP_PROBLEM_TEXT.shapes);
	});
	it('says every reason in Russian with no English word but WebGL', () => {
		overwriteGetLocale(() => 'ru');
		for (const p of ['no-webgl', 'no-webgl2', 'context-lost', 'shapes', 'other'] as MapProblem[]) {
			const text = MAP_PROBLEM_TEXT[p];
			expect(text.length).toBeGreaterThan(5);
			expect(text.replace(/WebGL/g, '')).not.toMatch(/[A-Za-z]/);
		}
	});
});
