import { m } from '$lib/paraglide/messages';

/**
 * The shortcuts as the help dialog lists them (loaded with the dialog, not with the page). Keys
 * are named as printed on keyboards; `label` is a place to press them, not a key.
 */
export function shortcuts(): { keys: string[]; action: string; label?: string }[] {
	return [
		{ keys: ['F'], action: m.shortcut_present() },
		{ keys: ['S'], action: m.shortcut_presenter_view() },
		{ keys: ['→', '↓', 'Page Down', m.key_space()], action: m.shortcut_next() },
		{ keys: ['←', '↑', 'Page Up'], action: m.shortcut_previous() },
		{ keys: ['Home', 'End'], action: m.shortcut_ends() },
		{ keys: ['B', '.'], action: m.shortcut_blank() },
		{ keys: ['H'], action: m.shortcut_caption() },
		{ keys: ['M'], action: m.shortcut_more() },
		{ keys: ['Esc'], action: m.shortcut_escape() },
		{ keys: ['?'], action: m.shortcut_help() },
		{ keys: [], label: m.shortcut_slider(), action: m.shortcut_slider_action() }
	];
}
