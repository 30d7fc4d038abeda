/**
 * The handout's state: the years and the paper the teacher picks, the small maps (one projection,
 * each year's fills from its scene), and the sheet both outputs share: the print view
 * (HandoutSheet.svelte) and the downloaded SVG (export/handoutSvg.ts). The rules (presets, limits,
 * change lines, layout) live in domain/handout.ts; HandoutDialog.svelte only lays this out.
 */
import { atlasCountries } from '$lib/data/atlasData';
import { sourceDocs } from '$lib/data/sourceDocs';
import { loadTopology, rawCountries } from '$lib/geo/geography';
import { projectCountries, type ProjectedMap } from '$lib/svgmap/paths';
import { labelMap, SMALL_MAP_LABEL } from '$lib/svgmap/mapLabels';
import { outlinedLinked, type Scene } from '$lib/domain/scene';
import { dayInWords } from '$lib/i18n/format';
import { m } from '$lib/paraglide/messages';
import { fillColor } from '$lib/domain/palette';
import { presetYears, toggleYear, handoutLayout, type Paper, type HandoutPreset } from '$lib/domain/handout';
import { yearsFrom } from '$lib/domain/yearSteps';
import { handoutProblem, handoutTexts } from '$lib/text/handoutText';
import { handoutCaptions, turningPoints } from '$lib/text/handoutCaptions';
import type { ScenesNeed } from '$lib/export/exportNeeds';
import { ExportJob } from './exportJob.svelte';
import { orgTitle } from '$lib/text/orgLabels';
import { orgChangeLines } from '$lib/text/orgChanges';

/** Letter where it is the usual paper (North America); A4 elsewhere. */
export const paperFor = (language: string): Paper => (/^en-(US|CA)$|^es-MX$/.test(language) ? 'letter' : 'a4');

export interface HandoutOptions extends ScenesNeed {
	minYear: number;
	maxYear: number;
	/** The data's day ("made on"). */
	today: string;
	/** The browser's language: it picks the paper. */
	language: string;
	/** The years the organisations shown changed (app.orgs.changeYears); absent for the CSTO alone. */
	changeYears?: ReadonlySet<number> | null;
}

export class HandoutSheetState {
	readonly #o: HandoutOptions;
	readonly #turning: number[];

	/** The chosen years: the turning points at first, then the teacher's choice. */
	years: number[] = $state([]);
	paper: Paper = $state('a4');
	/** The small map's shapes, once loaded. */
	#shapes: ReturnType<typeof rawCountries> | null = $state.raw(null);
	/** The small map's projection, framing the members of the organisations shown. */
	readonly projected: ProjectedMap | null;
	/** The shapes could not load. */
	error: string | null = $state(null);
	/** The SVG download, run as a job (print is the browser's own). */
	readonly job = new ExportJob<never>({
		failed: (e) => m.export_failed({ error: e instanceof Error ? e.message : String(e) }),
		cancelled: () => ''
	});

	readonly allYears: number[];
	/** What stops printing (too few or too many years), in the reader's words; null when nothing does. */
	readonly problem: string | null;
	readonly legend: { key: string; color: string; label: string }[];
	readonly captions: string[][];
	readonly maps: HandoutMap[];
	readonly texts: ReturnType<typeof handoutTexts>;
	readonly layout: ReturnType<typeof handoutLayout> | null;
	/** Print and Download are offered once the maps are drawn and the years make a sheet. */
	readonly ready: boolean;
	/** The status line: a problem, the maps' failure, or what the last action did. */
	readonly status: string;

	constructor(o: HandoutOptions) {
		this.#o = o;
		// An organisation view's turning points are the years its organisations changed (issue 25).
		this.#turning = o.changeYears
			? [...o.changeYears].filter((y) => y >= o.minYear && y <= o.maxYear).sort((a, b) => a - b)
			: turningPoints(atlasCountries(), o.minYear, o.maxYear, o.today);
		this.years = presetYears('turning-points', o.minYear, o.maxYear, this.#turning);
		this.paper = paperFor(o.language);
		this.allYears = yearsFrom(o.minYear, o.maxYear);
		this.projected = $derived(this.#shapes ? projectCountries(this.#shapes, 480, 330, 'region', o.sceneForYear(o.maxYear).home) : null);
		this.problem = $derived(handoutProblem(this.years));
		this.legend = $derived(o.sceneForYear(o.maxYear).legend.map(({ key, color, label }) => ({ key, color, label })));
		this.captions = $derived(handoutCaptions(atlasCountries(), this.years, o.today));
		this.maps = $derived(this.years.map((year, i) => mapOf(year, o.sceneForYear(year), this.captions[i], o.sceneForYear)));
		this.texts = $derived.by(() => {
			const texts = handoutTexts(this.years, o.maxYear, dayInWords(o.today), sourceDocs());
			const span = this.years.length ? `${this.years[0]}–${this.years[this.years.length - 1]}` : '';
			// An organisation view (issue 25) is titled by its organisations.
			const title = orgTitle(o.sceneForYear(o.maxYear).org, { span }, m.org_title_handout_one, m.org_title_handout_pair);
			return title ? { ...texts, title } : texts;
		});
		this.layout = $derived(
			this.projected ? handoutLayout(this.years.length, this.paper, this.projected.width / this.projected.height) : null
		);
		this.ready = $derived(!this.problem && !!this.layout);
		this.status = $derived(this.problem ?? this.error ?? this.job.message);
	}

	/** Loads and projects the small map's shapes (once, when the dialog opens). */
	load(): Promise<void> {
		return loadTopology('110m')
			.then((t) => void (this.#shapes = rawCountries(t)))
			.catch((e: unknown) => void (this.error = e instanceof Error ? e.message : String(e)));
	}

	preset(p: HandoutPreset) {
		this.years = presetYears(p, this.#o.minYear, this.#o.maxYear, this.#turning);
	}

	clear() {
		this.years = [];
	}

	toggle(year: number) {
		this.years = toggleYear(this.years, year, this.#o.minYear, this.#o.maxYear);
	}

	/** Print clears the last message; the browser prints the page (handoutPrint.css). */
	printing() {
		this.job.say('');
	}

	/** The sheet as one SVG file, saved through the one download; says the file's name. */
	download(): Promise<void> {
		const shapes = this.projected;
		if (!shapes || this.problem) return Promise.resolve();
		return this.job.run(async () => {
			const [{ handoutSvg, handoutFileName }, { downloadText }] = await Promise.all([
				import('$lib/export/handoutSvg'),
				import('$lib/export/download')
			]);
			const svg = handoutSvg({
				paper: this.paper,
				texts: this.texts,
				legend: this.legend,
				maps: this.maps.map((map) => ({
					...map,
					fills: new Map([...map.fills].map(([iso, f]) => [iso, fillColor(f)])),
					labels: labelMap(shapes, { required: map.named, fontSize: SMALL_MAP_LABEL })
				})),
				labelSize: SMALL_MAP_LABEL,
				shapes
			});
			const filename = handoutFileName(this.years, this.paper);
			downloadText(svg, 'image/svg+xml', filename);
			return m.handout_saved({ filename });
		});
	}
}

/** One small map of the sheet: the year, its member count, its fills and what changed. */
export interface HandoutMap {
	year: number;
	note: string;
	fills: Scene['fills'];
	named: Scene['named'];
	/** Observers and partners of two organisations compared, outlined. */
	linked: ReadonlySet<string>;
	changes: readonly string[];
}

/** An organisation view's map (issue 25) counts its members (or those in both) and says what changed in its organisations. */
function mapOf(year: number, scene: Scene, changes: readonly string[], sceneForYear: (year: number) => Scene): HandoutMap {
	const counted = (key: string) => scene.legend.find((e) => e.key === key)?.count ?? 0;
	const note = scene.org?.b ? m.org_note_in_both({ count: counted('pair-both') }) : m.handout_members({ count: counted('member') });
	const lines = scene.org ? orgChangeLines(sceneForYear(year - 1).org, scene.org) : changes;
	return { year, note, fills: scene.fills, named: scene.named, linked: outlinedLinked(scene), changes: lines };
}
