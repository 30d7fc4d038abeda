/**
 * Short texts of the side panels built from data, in the page's language: pure, so they are
 * tested in every language (tests/unit/panels-ru.test.ts).
 */
import type { Place } from '$lib/domain/places';
import type { TimelineSegment } from '$lib/domain/statusTimeline';
import { STATUS_LABEL } from './statusText';
import { dateFormat, formatPartialDate, utc } from '$lib/i18n/format';
import { baseLocale, getLocale, type Locale } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';

/**
 * The date as it follows "since": a month alone is in the genitive in Russian («с февраля
 * 2024 г.»), which Intl writes only beside a day, so the day is formatted and then left out.
 */
export function formatSinceDate(partial: string, locale: Locale = getLocale()): string {
	if (locale === baseLocale || partial.split('-').length !== 2) return formatPartialDate(partial, locale);
	const parts = dateFormat(locale, 'day').formatToParts(utc(partial));
	const day = parts.findIndex((p) => p.type === 'day');
	return parts
		.filter((p, i) => i !== day && !(i === day + 1 && p.type === 'literal'))
		.map((p) => p.value)
		.join('')
		.trim();
}

/** "since 15 May 1992" / «с 15 мая 1992 г.», «с февраля 2024 г.». */
export function sinceText(partial: string): string {
	return m.country_since({ date: formatSinceDate(partial) });
}

/** The membership bar in words: "Membership 1992 to today: Member from 1992 to 1999; …". */
export function membershipDescription(segments: readonly Pick<TimelineSegment, 'status' | 'from' | 'to'>[]): string {
	const description = segments
		.map((s) => {
			const status = STATUS_LABEL[s.status];
			const from = s.from.slice(0, 4);
			return s.to ? m.timeline_from_to({ status, from, to: s.to.slice(0, 4) }) : m.timeline_from({ status, from });
		})
		.join('; ');
	return m.timeline_membership({ description });
}

/** A place's dates: "Sep 2024", "1992 – 2003", "2014 – ongoing". */
export function placeDates(place: Pick<Place, 'start' | 'end'>): string {
	if (place.end === place.start) return formatPartialDate(place.start);
	return `${formatPartialDate(place.start)} – ${place.end ? formatPartialDate(place.end) : m.place_ongoing()}`;
}
