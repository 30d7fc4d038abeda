/**
 * Words for the controls' fixed values, in the page's language; small, for the first download
 * (the places' kinds are in kindLabels.ts, the sources' genres in sourceDocs.ts).
 */
import { m } from '$lib/paraglide/messages';
import { messageMap } from '$lib/i18n/messageMap';
import type { Speed } from '$lib/domain/yearSteps';

export const SPEED_LABEL: Readonly<Record<Speed, string>> = messageMap({
	slow: m.speed_slow,
	normal: m.speed_normal,
	fast: m.speed_fast
});
