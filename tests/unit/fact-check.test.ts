/**
 * Rules from the fact-check of issue 22 (docs/fact-check.md) that data can keep breaking: context
 * notes state a fact, claims cite every document they name, sources are labelled on one axis,
 * and the Russian wording stays consistent. Read from the raw JSON, in both languages.
 */
import { describe, expect, it } from 'vitest';
import builtIn from '../../data/lessons/built-in.json';
import conflicts from '../../data/conflicts.json';
import events from '../../data/events.json';
import facilities from '../../data/facilities.json';
import membership from '../../data/membership.json';
import territories from '../../data/territories.json';

const FILES = { builtIn, conflicts, events, facilities, membership, territories };
type Node = Record<string, unknown>;

/** Every object in the files that matches `pick`, with the file it came from. */
function collect(pick: (o: Node) => boolean): { file: string; node: Node }[] {
	const out: { file: string; node: Node }[] = [];
	const walk = (file: string, v: unknown) => {
		if (Array.isArray(v)) v.forEach((x) => walk(file, x));
		else if (v && typeof v === 'object') {
			if (pick(v as Node)) out.push({ file, node: v as Node });
			Object.values(v).forEach((x) => walk(file, x));
		}
	};
	for (const [file, json] of Object.entries(FILES)) walk(file, json);
	return out;
}
/** Every text of ours, { en, ru }, as "file: text". */
const texts = (locale: 'en' | 'ru') =>
	collect((o) => typeof o.en === 'string' && typeof o.ru === 'string').map(({ file, node }) => `${file}: ${node[locale] as string}`);

describe('the fact-check of issue 22', () => {
	it('every context note states a checkable fact, not a topic (item 16)', () => {
		const notes = collect((o) => o.kind === 'context' && !!o.note).map(({ node }) => node.note as { en: string; ru: string });
		expect(notes.length).toBeGreaterThan(100);
		for (const note of notes)
			for (const text of [note.en, note.ru]) {
				const body = text.replace(/^(Context beyond the sources|Контекст вне источников): /, '');
				expect(/\d/.test(body) || body.split(/\s+/).length >= 10, text).toBe(true);
				expect(body, text).not.toMatch(
					/^(description of|causes|course of|member list|strength estimates|Russian involvement|описание|причины|ход событий|список государств)/i
				);
			}
	});

	it('a claim that names documents cites each of them (item 15)', () => {
		const claims = collect((o) => !!o.claim && Array.isArray(o.citations));
		expect(claims.length).toBeGreaterThan(20);
		for (const { file, node } of claims) {
			const claim = node.claim as { en: string };
			const named =
				claim.en
					.match(/\b(?:documents?|sources?) (00\d)(?: and (00\d))?/i)
					?.slice(1)
					.filter(Boolean) ?? [];
			const cited = (node.citations as { source?: string }[]).map((c) => c.source);
			for (const id of named) expect(cited, `${file}: ${claim.en}`).toContain(id);
		}
	});

	it('labels the sources on one axis, for and against Moscow, never “pro-Moscow” against “critical” (item 17)', () => {
		const en = texts('en').join('\n');
		const ru = texts('ru').join('\n');
		expect(en).not.toMatch(/pro-Moscow|the critical (2023 )?(commentary|004)/i);
		expect(ru).not.toMatch(/промосковск|критическ(ий|ого|ом) (комментари|документ|источник)/i);
		expect(en).toMatch(/Moscow-supportive/);
		expect(en).toMatch(/Moscow-critical/);
	});

	it('keeps one Russian name for the invasion and the UN resolution in Latin letters (item 22)', () => {
		const ru = texts('ru').join('\n');
		expect(ru).not.toMatch(/вторжени[а-я]* (России )?на территорию Украины/);
		expect(ru).not.toMatch(/[ЕС]{2}-11\/4|Е[SС]-11|[EЕ]С-11/);
		expect(ru).toMatch(/ES-11\/4/);
	});

	it('says Uzbekistan suspended its membership, not its participation, in 2012 (item 14)', () => {
		for (const text of texts('ru').filter((t) => /Узбекистан/.test(t)))
			expect(text).not.toMatch(/Узбекистан[^.]{0,40}приостанов[а-я]+ (своё |своего )?участи/);
		for (const text of texts('en').filter((t) => /Uzbekistan/.test(t)))
			expect(text).not.toMatch(/Uzbekistan[^.]{0,40}suspend[a-z]* its participation/);
	});
});
