// axe on the whole page, shared by the accessibility specs.
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

// WCAG 2.2 AA brings target size: every control at least 24 × 24 px (or spaced as if it were).
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the whole page and fails on any serious or critical violation, listing each one. */
export async function expectAccessible(page: Page, state: string) {
	// Nothing is excluded: MapLibre's canvas, controls and popups are checked like the rest.
	// Plus WCAG 2.5.3 (a control's name starts with its visible words, for voice control), which axe
	// counts as experimental and so leaves out by default; Lighthouse checks it.
	const results = await new AxeBuilder({ page })
		.withTags(WCAG_AA)
		.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
		.analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	const report = bad.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n` +
			v.nodes.map((n) => `    ${n.target.join(' ')} — ${(n.failureSummary ?? '').split('\n').slice(1).join('; ')}`).join('\n')
	);
	expect(report, `axe found in ${state}:\n${report.join('\n')}`).toEqual([]);
}
