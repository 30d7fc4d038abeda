/**
 * Opening a lesson from outside, loaded only when one is opened: decode the link or read the
 * file, then check it whole (lessonRead.ts) against the states and places this atlas knows.
 */
import { KNOWN_ISO3 } from '$lib/data/allCountryNames';
import { lessonCodeOf, LessonCodeError } from '$lib/domain/lessonCodec';
import type { LessonReading } from '$lib/domain/lessonRead';
import { decodeLessonCode, readLessonFile } from '$lib/text/lessonCodeText';
import { readLesson } from '$lib/text/lessonReadText';
import { m } from '$lib/paraglide/messages';

/** A page fragment holding `#lesson=…`, or a file chosen or dropped. */
export type LessonSource = { hash: string } | { file: Blob };

export async function openLessonFrom(source: LessonSource, knownPlaces: ReadonlySet<string>): Promise<LessonReading> {
	try {
		const raw = 'hash' in source ? await decodeLessonCode(lessonCodeOf(source.hash) ?? '') : await readLessonFile(source.file);
		return readLesson(raw, { countries: KNOWN_ISO3, places: knownPlaces });
	} catch (e) {
		if (e instanceof LessonCodeError) return { ok: false, message: e.message };
		throw e;
	}
}

/** What the notice says of a lesson opened: here, so its words load with the reader, not with the page. */
export const openedNotice = (title: string): string => m.lesson_opened_notice({ title });
