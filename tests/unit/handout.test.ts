import { sourceLine } from '$lib/export/exportView';
import { describe, expect, it } from 'vitest';
import { atlasCountries } from '$lib/data/atlasData';
import { sourceDocs } from '$lib/data/sourceDocs';
import { presetYears, normaliseYears, toggleYear, handoutGrid, handoutLayout, wrapText, type Box } from '$lib/domain/handout';
import { handoutProblem, changeLines, handoutTexts, PAPER } from '$lib/text/handoutText';
import { handoutSvg, handoutFileName } from '$lib/export/handoutSvg';
import { handoutCaptions, turningPoints } from '$lib/text/handoutCaptions';

const TODAY = '2026-11-29';

describe('handout captions', () => {
	it('every five years: each map names what changed since the previous one', () => {
		const years = presetYears('every-five', 1991, 2026, []);
		expect(handoutCaptions(atlasCountries(), years, TODAY)).toEqual([
			['No member states'],
			['Since 1991: 9 states joined', 'The treaty took effect in 1994'],
			['Since 1996: Azerbaijan, Georgia and Uzbekistan left'],
			// It happened in the map's own year: said without "since".
			['Uzbekistan rejoined'],
			['No change since 2006'],
			['Since 2011: Afghanistan and Serbia became observers', 'Since 2011: Uzbekistan left'],
			['No change since 2016'],
			['Since 2021: Armenia froze participation']
		]);
	});
	it('turning points: each map says what happened in its year; a gap adds what changed in between', () => {
		const captions = handoutCaptions(atlasCountries(), [1999, 2013, 2024], TODAY);
		expect(captions[0]).toEqual(['Azerbaijan, Georgia and Uzbekistan left']);
		// Uzbekistan came back in 2006 and left in 2012: the same status at both ends, said so.
		expect(captions[1]).toEqual(['Since 1999: Uzbekistan changed status and changed back', 'Afghanistan and Serbia became observer']);
		expect(captions[2]).toEqual(['Armenia froze participation']);
	});
	it('a first map with nothing happening in its year says how things stood', () => {
		expect(handoutCaptions(atlasCountries(), [2025, 2026], TODAY)[0]).toEqual([
			'Members: Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan',
			'Participation frozen: Armenia'
		]);
	});
});

describe('handout years', () => {
	it('turning points are every year membership changed, and end with today’s year', () => {
		const turning = turningPoints(atlasCountries(), 1991, 2026, TODAY);
		// Signed, joined, in force, three left, Uzbekistan back, out again, observers, Armenia's freeze.
		expect(turning).toEqual([1992, 1993, 1994, 1999, 2006, 2012, 2013, 2024]);
		expect(presetYears('turning-points', 1991, 2026, turning)).toEqual([...turning, 2026]);
		// Today's year is not listed twice when it is a turning point itself.
		expect(presetYears('turning-points', 1991, 2012, turningPoints(atlasCountries(), 1991, 2012, '2012-12-31'))).toEqual([
			1992, 1993, 1994, 1999, 2006, 2012
		]);
	});
	it('every five years counts back from today and keeps at most nine', () => {
		expect(presetYears('every-five', 1991, 2026, [])).toEqual([1991, 1996, 2001, 2006, 2011, 2016, 2021, 2026]);
		const later = presetYears('every-five', 1991, 2040, []);
		expect(later).toHaveLength(9);
		expect(later.at(-1)).toBe(2040);
	});
	it('ticks and unticks; a tenth year is refused', () => {
		let years = [2000];
		years = toggleYear(years, 1995, 1991, 2026);
		expect(years).toEqual([1995, 2000]);
		years = toggleYear(years, 2000, 1991, 2026);
		expect(years).toEqual([1995]);
		const nine = [1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999];
		expect(toggleYear(nine, 2010, 1991, 2026)).toEqual(nine);
		expect(toggleYear(nine, 1995, 1991, 2026)).toHaveLength(8);
		// Out of range years are never added.
		expect(toggleYear([2000], 1800, 1991, 2026)).toEqual([2000]);
	});
	it('needs 2 to 9 years', () => {
		expect(handoutProblem([])).toMatch(/at least 2/);
		expect(handoutProblem([1999])).toMatch(/at least 2/);
		expect(handoutProblem([1999, 2000])).toBeNull();
		expect(handoutProblem(Array.from({ length: 9 }, (_, i) => 2000 + i))).toBeNull();
		expect(handoutProblem(Array.from({ length: 10 }, (_, i) => 2000 + i))).toMatch(/at most 9/);
		expect(normaliseYears([2003, 2001, 2003, 1.5, 3000, NaN], 1991, 2026)).toEqual([2001, 2003]);
	});
});

describe('what changed in a year, in words', () => {
	it('names the states, one line per kind of change', () => {
		expect(changeLines(atlasCountries(), 2012, TODAY)).toEqual(['Uzbekistan suspended membership', 'Uzbekistan left']);
		expect(changeLines(atlasCountries(), 1999, TODAY)).toEqual(['Azerbaijan, Georgia and Uzbekistan left']);
		expect(changeLines(atlasCountries(), 2006, TODAY)).toEqual(['Uzbekistan rejoined']);
		expect(changeLines(atlasCountries(), 1993, TODAY)).toEqual(['Azerbaijan, Belarus and Georgia joined']);
		expect(changeLines(atlasCountries(), 1992, TODAY)[0]).toMatch(/^Armenia, .*Uzbekistan signed$/);
		expect(changeLines(atlasCountries(), 2024, TODAY)).toEqual(['Armenia froze participation']);
	});
	it('says when the treaty took effect, and nothing in a quiet year', () => {
		expect(changeLines(atlasCountries(), 1994, TODAY)).toEqual(['The treaty took effect on 20 April']);
		expect(changeLines(atlasCountries(), 2001, TODAY)).toEqual([]);
	});
});

const inside = (inner: Box, outer: Box) =>
	inner.x >= outer.x - 1e-9 &&
	inner.y >= outer.y - 1e-9 &&
	inner.x + inner.w <= outer.x + outer.w + 1e-9 &&
	inner.y + inner.h <= outer.y + outer.h + 1e-9;
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('the sheet', () => {
	it('lays 2 to 9 maps out in a grid', () => {
		expect(handoutGrid(2)).toEqual({ cols: 2, rows: 1 });
		expect(handoutGrid(4)).toEqual({ cols: 2, rows: 2 });
		expect(handoutGrid(6)).toEqual({ cols: 3, rows: 2 });
		expect(handoutGrid(8)).toEqual({ cols: 4, rows: 2 });
		expect(handoutGrid(9)).toEqual({ cols: 5, rows: 2 });
	});
	for (const paper of ['a4', 'letter'] as const) {
		it(`keeps every part inside the margins of ${paper}, none over another, maps in shape`, () => {
			for (let n = 2; n <= 9; n++) {
				const layout = handoutLayout(n, paper, 480 / 330);
				const page: Box = {
					x: layout.margin,
					y: layout.margin,
					w: PAPER[paper].width - 2 * layout.margin,
					h: PAPER[paper].height - 2 * layout.margin
				};
				expect(layout.cells).toHaveLength(n);
				for (const c of layout.cells) {
					for (const part of [c.title, c.map, c.changes]) expect(inside(part, page)).toBe(true);
					expect(inside(c.changes, c.box)).toBe(true);
					expect(c.map.w / c.map.h).toBeCloseTo(480 / 330);
					expect(c.map.w).toBeGreaterThan(45);
					expect(overlap(c.box, layout.header) || overlap(c.box, layout.footer)).toBe(false);
				}
				for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) expect(overlap(layout.cells[i].box, layout.cells[j].box)).toBe(false);
			}
		});
	}
	it('wraps text at word boundaries', () => {
		expect(wrapText('Azerbaijan, Georgia and Uzbekistan left', 20)).toEqual(['Azerbaijan, Georgia', 'and Uzbekistan left']);
		expect(wrapText('', 10)).toEqual([]);
	});
	it('has a title, the date and the sources', () => {
		const t = handoutTexts([1992, 2026], 2026, '29 November 2026', sourceDocs());
		expect(t.title).toBe('Who belonged to the CSTO? 2 years, 1992–2026');
		expect(t.made).toContain('29 November 2026');
		expect(t.rule).toContain('2026 shows 29 November 2026');
		// The same line as the PNG, the video and the embed (sourceLine.test.ts).
		expect(t.sources).toBe(sourceLine());
	});
});

describe('the SVG sheet', () => {
	const shapes = {
		width: 480,
		height: 330,
		countries: [
			{ iso3: 'UZB', d: 'M0,0L10,0L10,10Z' },
			{ iso3: 'KAZ', d: 'M20,0L30,0L30,10Z' }
		]
	};
	const maps = [1999, 2006, 2012].map((year) => ({
		year,
		note: '6 members',
		fills: new Map([['UZB', year === 2006 ? '#0072B2' : '#CC79A7']]),
		changes: year === 2012 ? ['Uzbekistan left'] : []
	}));
	const texts = { title: 'Members <&> "quotes"', made: 'Made today', rule: 'Rule', sources: 'Sources: a & b' };
	const svg = handoutSvg({ paper: 'a4', texts, legend: [{ color: '#0072B2', label: 'Member' }], maps, shapes });

	it('is one A4 landscape sheet in millimetres with one group per map', () => {
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="297mm" height="210mm" viewBox="0 0 297 210"')).toBe(true);
		expect(svg.match(/<g class="small-map"/g)).toHaveLength(3);
		// Each outline is defined once and used once per map.
		expect(svg.match(/<path id="s\d+"/g)).toHaveLength(2);
		expect(svg.match(/<use href="#s0"/g)).toHaveLength(3);
	});
	it('keeps text as escaped text', () => {
		expect(svg).toContain('Members &lt;&amp;&gt; &quot;quotes&quot;</text>');
		expect(svg).toContain('Sources: a &amp; b');
		expect(svg).toContain('>Uzbekistan left</text>');
		expect(svg).toContain('>No change in membership</text>');
		expect(svg).not.toContain('<foreignObject');
	});
	it('fills each map with its year’s colours', () => {
		const group = (year: number) => svg.slice(svg.indexOf(`data-year="${year}"`)).split('</g>')[0];
		expect(group(1999)).toContain('<use href="#s0" data-iso="UZB" fill="#CC79A7"/>');
		expect(group(2006)).toContain('<use href="#s0" data-iso="UZB" fill="#0072B2"/>');
	});
	it('outlines the observers and partners of a compared pair over the fills, on that map only', () => {
		const compared = handoutSvg({
			paper: 'a4',
			texts,
			legend: [],
			maps: maps.map((map) => ({ ...map, linked: new Set(map.year === 2012 ? ['KAZ'] : []) })),
			shapes
		});
		const group = (year: number) => compared.slice(compared.indexOf(`data-year="${year}"`)).split('</g>')[0];
		expect(group(2012)).toMatch(/<use href="#s1" data-linked="KAZ" fill="none" stroke="#222222"/);
		expect(group(2012).indexOf('data-linked')).toBeGreaterThan(group(2012).lastIndexOf('data-iso'));
		expect(group(2006)).not.toContain('data-linked');
		expect(svg).not.toContain('data-linked');
	});
	it('is named after its years and paper', () => {
		expect(handoutFileName([1992, 2026], 'letter')).toBe('csto-handout-1992-2026-letter.svg');
	});
});

describe('the SVG sheet’s text', () => {
	it('writes the whole source line and every change line, inside the sheet', () => {
		const texts = handoutTexts([1992, 1993, 1994, 1999, 2006, 2012, 2013, 2024, 2026], 2026, '29 November 2026', sourceDocs());
		const shapes = { width: 480, height: 330, countries: [{ iso3: 'UZB', d: 'M0,0L10,0L10,10Z' }] };
		const maps = [1992, 1993, 1994, 1999, 2006, 2012, 2013, 2024, 2026].map((year) => ({
			year,
			note: '',
			fills: new Map(),
			changes: changeLines(atlasCountries(), year, TODAY)
		}));
		for (const paper of ['a4', 'letter'] as const) {
			const svg = handoutSvg({ paper, texts, legend: [], maps, shapes });
			const written = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)];
			const words = (t: string) =>
				t
					.replace(/&quot;/g, '"')
					.replace(/&amp;/g, '&')
					.split(/\s+/)
					.filter(Boolean);
			expect(written.flatMap((m) => words(m[3])).join(' ')).toContain(words(texts.sources).join(' '));
			for (const m of maps) for (const line of m.changes) expect(written.flatMap((w) => words(w[3])).join(' ')).toContain(line);
			for (const [, , y] of written) expect(Number(y)).toBeLessThan(PAPER[paper].height - 5);
		}
	});
});
