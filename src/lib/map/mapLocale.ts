/** MapLibre's own words (control titles, the attribution) in the page's language. */
import { m } from '$lib/paraglide/messages';

export function mapLibreLocale(): Record<string, string> {
	return {
		'AttributionControl.ToggleAttribution': m.maplibre_toggle_attribution(),
		'Map.Title': m.maplibre_map_title(),
		'NavigationControl.ResetBearing': m.maplibre_reset_bearing(),
		'NavigationControl.ZoomIn': m.zoom_in(),
		'NavigationControl.ZoomOut': m.zoom_out(),
		'Popup.Close': m.maplibre_popup_close()
	};
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** MapLibre takes the attribution as HTML: our own words, escaped, and the credit as published. */
export function attributionHtml(): string {
	return `${escapeHtml(m.map_borders())} <span lang="en">Natural Earth via visionscarto</span>`;
}
