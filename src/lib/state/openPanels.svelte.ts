/**
 * Which main view (map, table, Compare) and which dialogs (shortcuts help, handout, embed code)
 * are open. The tabs offered depend on the mode: a quiz keeps to the map.
 */
import { m } from '$lib/paraglide/messages';

export type MainView = 'map' | 'table' | 'compare';
export type Dialog = 'help' | 'handout' | 'embed';

export interface ViewTab {
	id: MainView;
	label: string;
}

export function viewTabs(quizActive: boolean): ViewTab[] {
	const map: ViewTab = { id: 'map', label: m.tab_map() };
	if (quizActive) return [map];
	return [map, { id: 'table', label: m.tab_table() }, { id: 'compare', label: m.tab_compare() }];
}

export class OpenPanels {
	#view = $state<MainView>('map');
	#dialogs = $state.raw<ReadonlySet<Dialog>>(new Set());

	get view() {
		return this.#view;
	}
	setView(view: MainView) {
		this.#view = view;
	}

	/** Whether any dialog is open (the dialogs' code loads with the first one). */
	get anyDialog() {
		return this.#dialogs.size > 0;
	}
	isOpen(dialog: Dialog) {
		return this.#dialogs.has(dialog);
	}
	open(dialog: Dialog) {
		if (!this.#dialogs.has(dialog)) this.#dialogs = new Set([...this.#dialogs, dialog]);
	}
	close(dialog: Dialog) {
		if (this.#dialogs.has(dialog)) this.#dialogs = new Set([...this.#dialogs].filter((d) => d !== dialog));
	}
}
