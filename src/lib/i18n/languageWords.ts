/**
 * Each language's words for itself (messages/{locale}/language.json): its name, and the offer to
 * read the page in it. The language switch and the offer show them on every page, whatever the
 * page's language, so they stay out of the compiled messages, which a page carries in its own
 * language only (scripts/build.mjs). A few words a language.
 */
import type { Locale } from './locale';

export interface LanguageWords {
	/** The language's own name: "Русский". */
	name: string;
	/** The offer of this page in it: "Эта карта есть и на русском языке." */
	offer: string;
	open: string;
	dismiss: string;
}

const files = import.meta.glob<LanguageWords>('/messages/*/language.json', { eager: true, import: 'default' });

export const languageWords = (locale: Locale): LanguageWords => files[`/messages/${locale}/language.json`];
