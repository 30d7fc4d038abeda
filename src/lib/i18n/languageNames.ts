/**
 * Each language's name for itself (messages/{locale}/language.json): "Русский". The language
 * switch shows every language's on every page, whatever the page's language, so they stay out of
 * the compiled messages, which a page carries in its own language only (scripts/build.mjs).
 */
import type { Locale } from './locale';

const names = import.meta.glob<string>('/messages/*/language.json', { eager: true, import: 'name' });

export const languageName = (locale: Locale): string => names[`/messages/${locale}/language.json`];
