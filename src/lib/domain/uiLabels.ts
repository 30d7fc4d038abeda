/** Words for the controls' fixed values, in the page's language (the data's are in kindLabels.ts). */
import { m } from '$lib/paraglide/messages';
import { messageMap } from '$lib/i18n/messageMap';
import type { Speed } from './timelineController';

export const SPEED_LABEL: Readonly<Record<Speed, string>> = messageMap({
	slow: m.speed_slow,
	normal: m.speed_normal,
	fast: m.speed_fast
});
