/** What a choice of organisations needs loaded, and the scene's input once it is: with the views' data, not the page. */
import type { OrgId } from '$lib/data/orgIds';
import { isCstoOnly, type OrgChoice } from './orgChoice';
import type { OrgIntervals } from './orgStatus';
import type { OrgLayer, OrgSceneInput } from './orgScene';

/** The organisations of a choice whose data must be loaded first: all but the CSTO. */
export function orgsToLoad(c: OrgChoice): Exclude<OrgId, 'csto'>[] {
	return [c.a, c.b].filter((id): id is Exclude<OrgId, 'csto'> => id !== null && id !== 'csto');
}

/**
 * The scene's organisation input for a choice, from the organisations loaded so far; null for
 * the CSTO alone, or while one of the two is still loading (the caller keeps what it shows).
 */
export function orgSceneInputOf(c: OrgChoice, loaded: (id: Exclude<OrgId, 'csto'>) => OrgIntervals | undefined): OrgSceneInput | null {
	if (isCstoOnly(c)) return null;
	const layer = (id: OrgId): OrgLayer | null => {
		if (id === 'csto') return { id, intervals: null };
		const intervals = loaded(id);
		return intervals ? { id, intervals } : null;
	};
	const a = layer(c.a);
	const b = c.b === null ? null : layer(c.b);
	if (!a || (c.b !== null && !b)) return null;
	return { a, b };
}
