/**
 * The organisations the map shows (issue 25): what the reader chose (the URL, the picker, a lesson
 * step) and what is shown, which is the last choice whose data has loaded. Until a new choice's
 * data arrives the map keeps the previous one, so it never flashes the CSTO in between.
 */
import { CSTO_ONLY, isCstoOnly, type OrgChoice } from '$lib/domain/orgChoice';
import type { OrgViewInput, SceneWords } from '$lib/domain/scene';
import type { Bounds } from '$lib/domain/camera';
import { SCENE_WORDS } from '$lib/text/sceneText';
import type { LoadedOrgView } from './orgView';

/** The loader and the scene builder come with the first organisation chosen, not with the page. */
const loadOrgView = async (choice: OrgChoice) => (await import('./orgView')).loadOrgView(choice);

const same = (x: OrgChoice, y: OrgChoice) => x.a === y.a && x.b === y.b;

export class OrgShown {
	#choice = $state.raw<OrgChoice>(CSTO_ONLY);
	#loaded = $state.raw<LoadedOrgView | null>(null);
	#failed = $state(false);
	readonly #load: (choice: OrgChoice) => Promise<LoadedOrgView | null>;
	/** Views already loaded, by choice: choosing one again shows it in the same frame, with no await. */
	readonly #views = new Map<string, LoadedOrgView>();

	constructor(load: (choice: OrgChoice) => Promise<LoadedOrgView | null> = loadOrgView) {
		this.#load = load;
	}

	/** What the reader chose: the URL, lessons and captures carry this. */
	get choice(): OrgChoice {
		return this.#choice;
	}
	/** What the map shows: the choice once its data has loaded. */
	get shown(): OrgChoice {
		return this.#loaded?.choice ?? CSTO_ONLY;
	}
	get loading(): boolean {
		return !same(this.#choice, this.shown) && !this.#failed;
	}
	/** The last choice could not be loaded (offline): the map still shows `shown`. */
	get failed(): boolean {
		return this.#failed;
	}
	/** For sceneOf: the organisation input, or null for the CSTO alone. */
	get input(): OrgViewInput | null {
		return this.#loaded?.input ?? null;
	}
	/** For sceneOf: the scene's words, the organisation views' included once loaded. */
	get words(): SceneWords {
		return this.#loaded?.words ?? SCENE_WORDS;
	}
	/** The loaded files by id, with every language's texts (the country panel's bars). */
	get files(): LoadedOrgView['files'] {
		return this.#loaded?.files ?? new Map();
	}

	/** The years the timeline strip marks: none for the CSTO alone (its strip is as it always was). */
	get changeYears(): ReadonlySet<number> | null {
		return this.#loaded?.changeYears ?? null;
	}

	/** Where Home frames the organisations shown; null for the CSTO alone (its region). */
	get home(): Bounds | null {
		return this.#loaded?.input.home ?? null;
	}

	/** The embed's heading for an organisation view; null for the CSTO alone. */
	heading(year: number): string | null {
		return this.#loaded?.heading(year) ?? null;
	}

	/** Chooses and loads; resolves once shown (or failed). A later choice wins over an earlier one still loading. */
	async choose(choice: OrgChoice): Promise<void> {
		this.#choice = choice;
		this.#failed = false;
		if (isCstoOnly(choice)) {
			this.#loaded = null;
			return;
		}
		const key = `${choice.a} ${choice.b}`;
		const known = this.#views.get(key);
		if (known) {
			this.#loaded = known;
			return;
		}
		try {
			const loaded = await this.#load(choice);
			if (loaded) this.#views.set(key, loaded);
			if (same(this.#choice, choice)) this.#loaded = loaded;
		} catch {
			if (same(this.#choice, choice)) this.#failed = true;
		}
	}
}
