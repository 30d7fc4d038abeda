import { describe, expect, it } from 'vitest';
import { Lesson, BuiltInLesson } from '$lib/data/lessonSchema';
import { readLesson } from '$lib/text/lessonReadText';
import { stepOrgChoice } from '$lib/domain/orgChoice';
import { encodeLesson } from '$lib/domain/lessonCodec';
import { decodeLessonCode } from '$lib/text/lessonCodeText';
import builtIn from '../../data/lessons/built-in.json';

const KNOWN = { countries: new Set(['KAZ', 'RUS']), places: new Set<string>() };
const step = (extra: object = {}) => ({
	title: 'Which states are in both?',
	year: 2018,
	camera: { center: [70, 45], zoom: 2.5 },
	highlight: { countries: ['KAZ'], places: [] },
	text: 'Compare the CSTO with the SCO.',
	...extra
});
const lesson = (...steps: object[]) => ({ format: 'csto-atlas-lesson', version: 1, title: 'Blocs', steps });

describe('a lesson step may set org or orgs (issue 25)', () => {
	it('accepts org, orgs, or neither; old lessons stay valid', () => {
		expect(Lesson.safeParse(lesson(step({ org: 'nato' }), step({ orgs: ['csto', 'sco'] }), step())).success).toBe(true);
		expect(BuiltInLesson.safeParse(builtIn).success).toBe(true);
	});
	it('refuses unknown ids, a pair of three, and a string where the pair goes', () => {
		for (const bad of [{ org: 'c5' }, { org: '__proto__' }, { orgs: ['csto', 'sco', 'nato'] }, { orgs: 'csto,sco' }, { orgs: ['csto'] }])
			expect(Lesson.safeParse(lesson(step(bad))).success, JSON.stringify(bad)).toBe(false);
	});
	it('reads the choice a step makes: orgs wins, neither leaves it as it is', () => {
		expect(stepOrgChoice({ org: 'nato' })).toEqual({ a: 'nato', b: null });
		expect(stepOrgChoice({ org: 'nato', orgs: ['csto', 'sco'] })).toEqual({ a: 'csto', b: 'sco' });
		expect(stepOrgChoice({ orgs: ['sco', 'sco'] })).toEqual({ a: 'sco', b: null });
		expect(stepOrgChoice({})).toBeNull();
	});
	it('survives the reader and the link', async () => {
		const raw = lesson(step({ orgs: ['csto', 'sco'] }), step({ org: 'cis' }));
		const r = readLesson(await decodeLessonCode((await encodeLesson(raw)) ?? ''), KNOWN);
		expect(r.ok).toBe(true);
		if (r.ok)
			expect(r.lesson.steps.map(stepOrgChoice)).toEqual([
				{ a: 'csto', b: 'sco' },
				{ a: 'cis', b: null }
			]);
	});
});
