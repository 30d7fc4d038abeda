import type { ParamMatcher } from '@sveltejs/kit';
import { baseLocale, locales } from '$lib/paraglide/runtime';

/** /ru/… and any other language but the base one, which lives at the root. */
export const match: ParamMatcher = (param) => param !== baseLocale && (locales as readonly string[]).includes(param);
