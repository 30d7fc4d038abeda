// The presenter view's protocol and rules, without a DOM: message shapes and their validator
// (messages from the channel are untrusted), the deck, clicker keys in the teacher's window, the clock.
import { describe, expect, it } from 'vitest';
import { channelName, envelope, readMessage, type AudienceState } from '$lib/domain/presenterProtocol';
import { commandForKey, deckOf, formatElapsed, nextStep } from '$lib/domain/presenterRules';
import { inLocale } from '$lib/i18n/locale';
import type { Lesson } from '$lib/data/lessonSchema';
import builtInJson from '../../data/lessons/built-in.json';

const TODAY = '2026-11-23';
const builtIn = inLocale(builtInJson as unknown as Lesson, 'en');
const deck = deckOf(null, builtIn.steps, 2026, TODAY)!;

function state(over: Partial<AudienceState> = {}): AudienceState {
	return {
		deck,
		index: 2,
		year: deck.steps[2].year,
		minYear: 1991,
		maxYear: 2026,
		today: TODAY,
		country: null,
		place: null,
		summary: 'In 1999, …',
		presenting: true,
		blank: false,
		presentingSince: 1000,
		...over
	};
}
const wire = (x: unknown) => structuredClone(x) as Record<string, unknown>;

describe('presenter channel', () => {
	it('is named for the app and scoped to its base path', () => {
		expect(channelName('')).toBe('csto-atlas:/:presenter');
		expect(channelName('/csto')).toBe('csto-atlas:/csto:presenter');
		expect(channelName('/csto')).not.toBe(channelName('/other'));
	});
});

describe('the deck', () => {
	it('holds every built-in step as plain data, with "today" resolved', () => {
		expect(deck.steps).toHaveLength(builtIn.steps.length);
		expect(deck.steps.every((s) => typeof s.title === 'string' && s.citations.length > 0)).toBe(true);
		const last = deck.steps.at(-1)!;
		expect(Number.isInteger(last.year)).toBe(true);
		expect(deck.steps.some((s) => s.date === TODAY) || deck.steps.every((s) => s.date !== 'today')).toBe(true);
		expect(deckOf(null, [], 2026, TODAY)).toBeNull();
	});
	it("carries each step's organisations: set by the step or kept from an earlier one", () => {
		expect(deck.steps.every((s) => s.orgs === null)).toBe(true);
		const [first, second, third] = builtIn.steps;
		const withOrgs = deckOf('Blocs', [first, { ...second, orgs: ['csto', 'sco'] }, third, { ...first, org: 'nato' }], 2026, TODAY)!;
		expect(withOrgs.steps.map((s) => s.orgs)).toEqual([null, { a: 'csto', b: 'sco' }, { a: 'csto', b: 'sco' }, { a: 'nato', b: null }]);
		const sent = readMessage(wire(envelope({ type: 'state', state: state({ deck: withOrgs, index: 1 }) })));
		expect(sent?.type === 'state' && sent.state.deck?.steps[1].orgs).toEqual({ a: 'csto', b: 'sco' });
	});
	it('tells lessons apart, and gives the next step (the first while no tour plays)', () => {
		expect(deckOf('My lesson', builtIn.steps, 2026, TODAY)!.key).not.toBe(deck.key);
		expect(nextStep(deck, 2)).toBe(deck.steps[3]);
		expect(nextStep(deck, null)).toBe(deck.steps[0]);
		expect(nextStep(deck, deck.steps.length - 1)).toBeNull();
		expect(nextStep(null, 0)).toBeNull();
	});
});

describe('readMessage', () => {
	it('reads every message the windows send, after a trip through structured clone', () => {
		expect(readMessage(wire(envelope({ type: 'hello' })))).toEqual({ type: 'hello' });
		expect(readMessage(wire(envelope({ type: 'announce' })))).toEqual({ type: 'announce' });
		expect(readMessage(wire(envelope({ type: 'state', state: state() })))).toEqual({ type: 'state', state: state() });
		for (const command of [
			{ kind: 'next' },
			{ kind: 'goto', index: 4 },
			{ kind: 'year', year: 2008 },
			{ kind: 'blank', on: true },
			{ kind: 'place', id: 'kant-air-base' }
		] as const)
			expect(readMessage(wire(envelope({ type: 'command', command })))).toEqual({ type: 'command', command });
		expect(readMessage(wire(envelope({ type: 'resume', deckKey: deck.key, index: 3, presentingSince: 5 })))?.type).toBe('resume');
		expect(readMessage(wire(envelope({ type: 'bye', from: 'view' })))).toEqual({ type: 'bye', from: 'view' });
	});

	it('rejects messages that are not ours or not of this version', () => {
		for (const data of [
			null,
			'hello',
			42,
			[],
			{ type: 'hello' },
			{ app: 'other', v: 1, type: 'hello' },
			{ app: 'csto-atlas', v: 2, type: 'hello' },
			{ app: 'csto-atlas', v: 1, type: 'launch' }
		])
			expect(readMessage(data)).toBeNull();
	});

	it('rejects a malformed state: every field is checked', () => {
		const bad: [string, unknown][] = [
			['index past the deck', state({ index: deck.steps.length })],
			['negative index', state({ index: -1 })],
			['year outside its range', state({ year: 2031 })],
			['a country that is not ISO alpha-3', state({ country: '<img src=x>' })],
			['a place that is not a slug', state({ place: '../x' })],
			['a summary as an object', { ...state(), summary: { html: '<b>' } }],
			['a string for a boolean', { ...state(), blank: 'yes' }],
			['a huge text', state({ index: 0, deck: { ...deck, steps: [{ ...deck.steps[0], text: 'x'.repeat(7000) }] } })],
			[
				'a step without a title',
				state({ index: 0, deck: { ...deck, steps: [{ ...deck.steps[0], title: undefined as unknown as string }] } })
			],
			['a missing field', (({ presenting: _p, ...rest }) => rest)(state())],
			['an empty deck', state({ index: null, deck: { ...deck, steps: [] } })],
			[
				'an organisation that does not exist',
				state({ index: 0, deck: { ...deck, steps: [{ ...deck.steps[0], orgs: { a: 'warsaw-pact' as 'nato', b: null } }] } })
			],
			['a pair of one organisation', state({ index: 0, deck: { ...deck, steps: [{ ...deck.steps[0], orgs: { a: 'sco', b: 'sco' } }] } })]
		];
		for (const [what, s] of bad) expect(readMessage(envelope({ type: 'state', state: s as AudienceState })), what).toBeNull();
	});

	it('never lets a link other than https reach an href', () => {
		const withUrl = (url: string) =>
			state({
				index: 0,
				deck: { ...deck, steps: [{ ...deck.steps[0], citations: [{ kind: 'context', title: 'A title', publisher: 'Pub', url }] }] }
			});
		expect(readMessage(envelope({ type: 'state', state: withUrl('https://example.org/a') }))).not.toBeNull();
		for (const url of ['javascript:alert(1)', 'data:text/html,<script>', 'http://example.org', 'not a url'])
			expect(readMessage(envelope({ type: 'state', state: withUrl(url) })), url).toBeNull();
	});

	it('rejects malformed commands', () => {
		for (const command of [
			{ kind: 'eval' },
			{ kind: 'goto', index: -1 },
			{ kind: 'goto', index: 1.5 },
			{ kind: 'year', year: '2008' },
			{ kind: 'blank' },
			{ kind: 'place', id: 'A B' },
			{ kind: 'fullscreen', screen: { left: 0 } },
			'next'
		])
			expect(readMessage({ app: 'csto-atlas', v: 1, type: 'command', command }), JSON.stringify(command)).toBeNull();
	});
});

describe("keys in the teacher's window", () => {
	it("are the clicker's: steps, blank and unblank; other keys are left alone", () => {
		expect(commandForKey('PageDown', false, false)).toEqual({ kind: 'next' });
		expect(commandForKey('ArrowRight', false, false)).toEqual({ kind: 'next' });
		expect(commandForKey('PageUp', false, false)).toEqual({ kind: 'prev' });
		expect(commandForKey('Home', false, false)).toEqual({ kind: 'first' });
		expect(commandForKey('b', false, false)).toEqual({ kind: 'blank', on: true });
		expect(commandForKey('.', false, true)).toEqual({ kind: 'blank', on: false });
		expect(commandForKey('Escape', false, true)).toEqual({ kind: 'blank', on: false });
		expect(commandForKey('Escape', false, false)).toBeNull();
		expect(commandForKey('f', false, false)).toBeNull();
		expect(commandForKey('x', false, false)).toBeNull();
	});
});

describe('the clock', () => {
	it('reads minutes and seconds, then hours', () => {
		expect(formatElapsed(0)).toBe('0:00');
		expect(formatElapsed(65_000)).toBe('1:05');
		expect(formatElapsed(3_723_000)).toBe('1:02:03');
		expect(formatElapsed(-5000)).toBe('0:00');
	});
});
