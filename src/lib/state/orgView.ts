/**
 * What an organisation view needs before it can be shown (issue 25): the data of the organisations
 * chosen besides the CSTO, and the words of its legend and summary, all loaded when first chosen.
 * Hand `input` and `words` to sceneOf: `sceneOf({ ...inputs, org: v.input }, v.words)`.
 */
import { loadOrganisation } from '$lib/data/orgData';
import { isCstoOnly, type OrgChoice } from '$lib/domain/orgChoice';
import { orgSceneInputOf, orgsToLoad } from '$lib/domain/orgSceneInput';
import { orgScenePart } from '$lib/domain/orgScene';
import { homeBounds } from '$lib/geo/orgBounds';
import { orgChangeYears } from '$lib/domain/orgStatus';
import { atlasCountries } from '$lib/data/atlasData';
import { yearOf } from '$lib/data/dates';
import { m } from '$lib/paraglide/messages';
import type { OrgViewInput, SceneWords } from '$lib/domain/scene';
import type { OrganisationData } from '$lib/data/orgSchema';

export interface LoadedOrgView {
	choice: OrgChoice;
	/** The scene's organisation input, with its builder (this module and orgScene.ts load lazily). */
	input: OrgViewInput;
	/** SCENE_WORDS with the organisation views' words (text/orgText.ts). */
	words: SceneWords;
	/** The files loaded, by id, with every language's texts: the country panel's bars and citations. */
	files: ReadonlyMap<string, OrganisationData>;
	/** The years in which the organisations shown gained or lost a member, observer or partner: the timeline strip marks them. */
	changeYears: ReadonlySet<number>;
	/** The embed's heading for a year: "Membership — NATO, 2004". */
	heading(year: number): string;
}

/** Loads what the choice needs; null for the CSTO alone, which needs nothing more. Rejects when offline. */
export async function loadOrgView(choice: OrgChoice): Promise<LoadedOrgView | null> {
	if (isCstoOnly(choice)) return null;
	const ids = orgsToLoad(choice);
	const [text, labels, ...data] = await Promise.all([
		import('$lib/text/orgText'),
		import('$lib/text/orgLabels'),
		...ids.map(loadOrganisation)
	]);
	const files = new Map<string, OrganisationData>(ids.map((id, i) => [id, data[i]]));
	const input = orgSceneInputOf(choice, (id) => files.get(id));
	if (!input) throw new Error(`Organisations not loaded: ${ids.join(', ')}`);
	const heading = (year: number) => labels.orgTitle(choice, { year }, m.org_title_embed_one, m.org_title_embed_pair) ?? '';
	const changeYears = new Set<number>();
	for (const id of [choice.a, choice.b]) {
		if (id === 'csto') for (const c of atlasCountries()) for (const e of c.events) changeYears.add(yearOf(e.date));
		else if (id) for (const y of orgChangeYears(files.get(id)!)) changeYears.add(y);
	}
	return {
		choice,
		input: { ...input, build: orgScenePart, home: homeBounds(choice) },
		words: text.ORG_SCENE_WORDS,
		files,
		changeYears,
		heading
	};
}
