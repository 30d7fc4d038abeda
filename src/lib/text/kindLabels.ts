/**
 * Labels for the data's enum values the panels show: place kinds ("radar", "war"), how sure an
 * identification is. Messages read when used (messageMap), so one constant
 * serves every language; English shows the data's own words, as before.
 */
import type { Conflict, CstoEvent, Facility, Location, Territory } from '$lib/data/schema';
import type { DatePrecision } from '$lib/data/dates';
import type { Place } from '$lib/domain/places';
import { m } from '$lib/paraglide/messages';
import { messageMap } from '$lib/i18n/messageMap';

type PlaceKind = Facility['kind'] | Conflict['kind'] | CstoEvent['kind'] | Territory['kind'];

export const KIND_LABEL: Readonly<Record<PlaceKind, string>> = messageMap({
	base: m.place_kind_base,
	airbase: m.place_kind_airbase,
	range: m.place_kind_range,
	radar: m.place_kind_radar,
	communications: m.place_kind_communications,
	seismic: m.place_kind_seismic,
	nuclear: m.place_kind_nuclear,
	peacekeeping: m.place_kind_peacekeeping,
	troops: m.place_kind_troops,
	war: m.place_kind_war,
	clash: m.place_kind_clash,
	unrest: m.place_kind_unrest,
	coup: m.place_kind_coup,
	intervention: m.place_kind_intervention,
	signing: m.place_kind_signing,
	session: m.place_kind_session,
	summit: m.place_kind_summit,
	charter: m.place_kind_charter,
	un: m.place_kind_un,
	force: m.place_kind_force,
	exercise: m.place_kind_exercise,
	memorandum: m.place_kind_memorandum,
	diplomacy: m.place_kind_diplomacy,
	annexed: m.place_kind_annexed,
	occupied: m.place_kind_occupied,
	breakaway: m.place_kind_breakaway
});

/** A place's kind in words; an unknown kind (a teacher's new one) as written, hyphens as spaces. */
export function kindLabel(kind: string): string {
	return (KIND_LABEL as Readonly<Record<string, string>>)[kind] ?? kind.replace(/-/g, ' ');
}

export const CONFIDENCE_LABEL: Readonly<Record<NonNullable<Facility['identification']>['confidence'], string>> = messageMap({
	certain: m.place_confidence_certain,
	likely: m.place_confidence_likely,
	possible: m.place_confidence_possible
});

export const DATE_PRECISION_NOTE: Readonly<Record<DatePrecision, string>> = messageMap({
	year: m.place_dates_to_year,
	month: m.place_dates_to_month,
	day: m.place_dates_to_day
});

export const CSTO_RESPONSE_LABEL: Readonly<Record<NonNullable<Place['cstoResponse']>, string>> = messageMap({
	intervened: m.response_intervened,
	'request-no-action': m.response_request_no_action,
	refused: m.response_refused,
	'no-request': m.response_no_request,
	'bilateral-request': m.response_bilateral_request,
	'not-applicable': m.response_not_applicable
});

export const PRECISION_LABEL: Readonly<Record<Location['precision'], string>> = messageMap({
	exact: m.precision_exact,
	town: m.precision_town,
	region: m.precision_region
});
