/**
 * The view in the URL: ?year=2010&country=UZB (and ?embed=1 for the embed view; ?org=nato or
 * ?orgs=csto,sco for the organisations shown). Parsing never throws: junk is ignored,
 * out-of-range years are clamped, unknown countries dropped.
 */
import { clampYear } from './yearSteps';
import { CSTO_ONLY, orgParams, parseOrgParams, type OrgChoice } from './orgChoice';

export interface UrlView {
	year: number | null;
	country: string | null;
	view: 'map' | 'table' | 'compare' | null;
	place: string | null;
	/** Pin kinds switched off. */
	hide: string[];
	past: boolean;
	/** 1-based tour step. */
	tour: number | null;
	/** ?embed=1: the map, slider and legend only, for an iframe on another site. */
	embed: boolean;
	/** ?org= or ?orgs=, or null when the URL names no organisation (the CSTO is shown). */
	orgs: OrgChoice | null;
}

const MAX_PARAM_LENGTH = 32;

export function parseUrlView(
	params: URLSearchParams,
	opts: {
		minYear: number;
		maxYear: number;
		knownIso3: ReadonlySet<string>;
		knownPlaces?: ReadonlySet<string>;
		knownSymbols?: readonly string[];
		tourSteps?: number;
	}
): UrlView {
	const rawYear = params.get('year');
	let year: number | null = null;
	if (rawYear !== null && rawYear.length <= MAX_PARAM_LENGTH && /^\s*-?\d+\s*$/.test(rawYear)) {
		year = clampYear(Number(rawYear), opts.minYear, opts.maxYear);
	}
	const rawCountry = params.get('country');
	const iso = rawCountry && rawCountry.length <= MAX_PARAM_LENGTH ? rawCountry.trim().toUpperCase() : null;
	const country = iso && opts.knownIso3.has(iso) ? iso : null;
	const rawView = params.get('view');
	const view = rawView === 'table' || rawView === 'map' || rawView === 'compare' ? rawView : null;
	const rawPlace = params.get('place');
	const place = rawPlace && rawPlace.length <= 80 && opts.knownPlaces?.has(rawPlace) ? rawPlace : null;
	const rawHide = params.get('hide') ?? '';
	const hide = rawHide.length <= 200 ? [...new Set(rawHide.split(',').filter((s) => opts.knownSymbols?.includes(s)))] : [];
	const past = params.get('past') === '1';
	const rawTour = params.get('tour');
	let tour: number | null = null;
	if (rawTour && /^\d{1,3}$/.test(rawTour) && opts.tourSteps) tour = Math.min(opts.tourSteps, Math.max(1, Number(rawTour)));
	// Only the exact value "1": anything else is the full app.
	const embed = params.get('embed') === '1';
	const orgs = parseOrgParams(params.get('org'), params.get('orgs'));
	return { year, country, view, place, hide, past, tour, embed, orgs };
}

/** Writes the view over the current query, keeping parameters other features own. */
export function writeUrlView(
	current: URLSearchParams,
	v: {
		year: number;
		country: string | null;
		view: 'map' | 'table' | 'compare';
		place?: string | null;
		hide?: readonly string[];
		past?: boolean;
		tour?: number | null;
		/** The organisations shown; absent or the CSTO alone writes nothing, so old links stay as they were. */
		orgs?: OrgChoice;
	}
): URLSearchParams {
	const next = new URLSearchParams(current);
	const setOrDelete = (key: string, value: string | null | undefined) => (value ? next.set(key, value) : next.delete(key));
	next.set('year', String(v.year));
	if (v.country) next.set('country', v.country);
	else next.delete('country');
	setOrDelete('view', v.view === 'map' ? null : v.view);
	// Optional parts left undefined are not touched.
	if (v.place !== undefined) setOrDelete('place', v.place);
	if (v.hide !== undefined) setOrDelete('hide', v.hide.length ? [...v.hide].sort().join(',') : null);
	if (v.past !== undefined) setOrDelete('past', v.past ? '1' : null);
	if (v.tour !== undefined) setOrDelete('tour', v.tour ? String(v.tour) : null);
	// Every view names its organisations; absent is the CSTO alone, which writes nothing.
	const { org, orgs } = orgParams(v.orgs ?? CSTO_ONLY);
	setOrDelete('org', org);
	setOrDelete('orgs', orgs);
	return next;
}

/** The query of the full app at the embed's view: the same parameters without embed. */
export function fullAppQuery(embedQuery: string): string {
	const params = new URLSearchParams(embedQuery);
	params.delete('embed');
	const query = params.toString();
	return query ? `?${query}` : './';
}
