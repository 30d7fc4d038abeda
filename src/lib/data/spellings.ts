/** The documents' variant spellings (data/spellings.json) in the page's language; loaded with search. */
import spellingsJson from '../../../data/spellings.json';
import type { Spelling } from './schema';
import { inLocale } from '$lib/i18n/locale';

export const spellings = (): Spelling[] => inLocale((spellingsJson as unknown as { spellings: Spelling[] }).spellings);
