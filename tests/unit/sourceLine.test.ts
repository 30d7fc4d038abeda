/**
 * The exports' source line (#22 item 5): each document by a short title, its outlet and its date,
 * one function for the PNG, the video, the handout and the embed, in both languages.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { sourceDocs } from '$lib/data/sourceDocs';
import { sourceLineParts, sourceLineText } from '$lib/text/sourceLine';
import { sourceLine } from '$lib/export/exportView';
import { handoutTexts } from '$lib/text/handoutText';

describe('the source line', () => {
	afterAll(() => overwriteGetLocale(() => 'en'));

	it('names each document as a reader recognises it, not by a bare id and "Personal blog"', () => {
		overwriteGetLocale(() => 'en');
		const line = sourceLine();
		expect(line).toBe(
			'Sources: 000, 001 “What is the Collective Security Treaty Organization?” (personal blog, Jan 2022); ' +
				'002 CSTO news feed (Strategic Culture Foundation, 10 Apr 2022); ' +
				'003 “U.S. Keeping Its Distance From Russian-Led Security Bloc” (WordPress.com, Sep 2013); ' +
				'004 untitled commentary on the CSTO’s contradictions and flaws (Oglavnom, Oct 2023).'
		);
		expect(line).not.toMatch(/Personal blog;|\d{3} Personal/);
	});

	it('is the same line in every export, and marks only names as published as English', () => {
		for (const locale of ['en', 'ru'] as const) {
			overwriteGetLocale(() => locale);
			const docs = sourceDocs();
			expect(sourceLine()).toBe(sourceLineText(docs));
			expect(handoutTexts([1992, 2026], 2026, '', docs).sources).toBe(sourceLineText(docs));
			const parts = sourceLineParts(docs);
			const english = parts.filter((p) => p.lang === 'en').map((p) => p.text);
			expect(english).toEqual([
				'What is the Collective Security Treaty Organization?',
				'Strategic Culture Foundation',
				'U.S. Keeping Its Distance From Russian-Led Security Bloc',
				'WordPress.com',
				'Oglavnom'
			]);
			for (const d of docs) expect(sourceLine(), d.id).toContain(d.id);
			if (locale === 'ru') for (const p of parts) if (!p.lang) expect(p.text.match(/[A-Za-z]+/g), p.text).toBeNull();
		}
	});
});
