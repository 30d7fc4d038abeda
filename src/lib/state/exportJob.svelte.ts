/**
 * One export at a time, run as a job: its progress, a Cancel, and one line saying what happened
 * (saved, cancelled or failed). The animation and the handout dialogs both run their exports here.
 */
import { isAbort, type JobControl } from '$lib/export/exportNeeds';

/** What to tell the reader when a job throws: cancelled (an AbortError), or failed and why. */
export interface JobOutcomeWords {
	failed(e: unknown): string;
	cancelled(): string;
}

export class ExportJob<P> {
	/** How far the running job is; null when none runs. */
	progress: P | null = $state(null);
	/** What the last job ended with; empty before the first. */
	message = $state('');
	/** The last job failed (not merely cancelled). */
	failed = $state(false);
	#running: AbortController | null = $state.raw(null);
	readonly #words: JobOutcomeWords;

	constructor(words: JobOutcomeWords) {
		this.#words = words;
	}

	get running(): boolean {
		return !!this.#running;
	}

	/**
	 * Runs `work` unless a job is running; its result is the message to show. Resolves once the job
	 * has settled: the message is set only then, after any save it started.
	 */
	async run(work: (job: JobControl<P>) => Promise<string>, initial: P | null = null): Promise<void> {
		if (this.#running) return;
		const controller = new AbortController();
		this.#running = controller;
		this.message = '';
		this.failed = false;
		this.progress = initial;
		try {
			this.message = await work({ signal: controller.signal, progress: (p) => (this.progress = p) });
		} catch (e) {
			this.failed = !isAbort(e);
			this.message = this.failed ? this.#words.failed(e) : this.#words.cancelled();
		} finally {
			this.#running = null;
			this.progress = null;
		}
	}

	/** Cancel: the job stops at its next check and says so. */
	cancel() {
		this.#running?.abort();
	}

	/** A message that is not a job's outcome (a print started, say). */
	say(message: string) {
		this.message = message;
		this.failed = false;
	}
}
