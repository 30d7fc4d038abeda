/**
 * The offer to read the page in a language, in that language (messages/{locale}/offer.json): shown
 * on a page of another language, so not among the compiled messages. Loaded with the offer
 * (LanguageSuggestion.svelte), which most readers never get: no page carries them.
 */
import type { Locale } from './locale';

export interface OfferWords {
	/** "Эта карта есть и на русском языке." */
	offer: string;
	open: string;
	dismiss: string;
}

const files = import.meta.glob<OfferWords>('/messages/*/offer.json', { eager: true, import: 'default' });

export const offerWords = (locale: Locale): OfferWords => files[`/messages/${locale}/offer.json`];
