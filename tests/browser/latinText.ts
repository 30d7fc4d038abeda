import type { Page } from '@playwright/test';

/**
 * Visible Latin-script text on a page that should be in another language: every text node and
 * every aria-label, title, placeholder and alt a reader (or a screen reader) meets, except:
 * - text inside an element marked as another language (`lang="en"`: quotes, source titles as
 *   published, the name of the other language in the switch);
 * - key caps (<kbd>), which show keys as printed on keyboards;
 * - a short allow-list of names that have no translation (file formats, ISO codes).
 */
export const LATIN_ALLOWED = /^(PNG|GIF|MP4|WebM|SVG|WebGL|ISO|F|B|S|H|M|Esc|Home|End|Page|Up|Down|[A-Z]{3})$/;

export function visibleLatin(page: Page, scope = 'body'): Promise<string[]> {
	return page.evaluate(
		({ scope, allowed }) => {
			const allow = new RegExp(allowed);
			const foreign = (el: Element | null) => {
				const marked = el?.closest('[lang]');
				return !!marked && marked !== document.documentElement && marked.getAttribute('lang') !== document.documentElement.lang;
			};
			const visible = (el: Element) => {
				if (el.closest('[hidden], [aria-hidden="true"], template, script, style, noscript')) return false;
				const r = el.getBoundingClientRect();
				const s = getComputedStyle(el);
				// Visually hidden text (for screen readers) counts: a reader hears it.
				return s.visibility !== 'hidden' && s.display !== 'none' && (r.width > 0 || el.closest('.visually-hidden'));
			};
			const found = new Set<string>();
			const check = (text: string, where: Element, what: string) => {
				const words = (text.match(/[A-Za-z][A-Za-z0-9'’-]*/g) ?? []).filter((w) => !allow.test(w));
				if (words.length)
					found.add(
						`${what} «${text.trim().slice(0, 80)}» in <${where.tagName.toLowerCase()}${where.id ? '#' + where.id : ''}${where.getAttribute('data-testid') ? ' data-testid=' + where.getAttribute('data-testid') : ''}>`
					);
			};
			for (const root of document.querySelectorAll(scope)) {
				const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
				for (let n = walker.nextNode(); n; n = walker.nextNode()) {
					const el = n.parentElement;
					if (!el || !n.textContent?.trim() || foreign(el) || el.closest('kbd') || !visible(el)) continue;
					check(n.textContent, el, 'text');
				}
				for (const el of [root, ...root.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-roledescription]')]) {
					if (foreign(el) || !visible(el)) continue;
					for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']) {
						const v = el.getAttribute(attr);
						if (v) check(v, el, attr);
					}
				}
			}
			return [...found];
		},
		{ scope, allowed: LATIN_ALLOWED.source }
	);
}
