// paraglide's plural messages build an Intl.PluralRules per call unless vite.config.ts's cachedIntl
// transform rewrote the registry: then one per locale and options (start-up cost, issue 26).
import { afterEach, describe, expect, it } from 'vitest';
import { plural } from '$lib/paraglide/registry';

const Real = Intl.PluralRules;
/** Intl's members are read-only to TypeScript, not to the runtime. */
const intl = Intl as { PluralRules: typeof Real };
afterEach(() => void (intl.PluralRules = Real));

describe('cached Intl formatters in the message registry', () => {
	it('builds one PluralRules per locale, however many messages ask', () => {
		let made = 0;
		intl.PluralRules = class Counting extends Real {
			constructor(...args: ConstructorParameters<typeof Real>) {
				super(...args);
				made++;
			}
		} as typeof Real;
		const forms = [1, 2, 5, 21, 1, 2, 5].map((n) => plural('ru', n, {}));
		expect(forms).toEqual(['one', 'few', 'many', 'one', 'one', 'few', 'many']);
		plural('en', 2, {});
		plural('en', 1, {});
		expect(made).toBe(2);
	});

	it('keeps different options apart', () => {
		expect(plural('en', 2, { type: 'ordinal' })).toBe('two');
		expect(plural('en', 2, {})).toBe('other');
	});
});
