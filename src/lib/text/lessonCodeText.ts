/** Why a lesson link or file cannot be read, in the page's language (the codec: domain/lessonCodec.ts). */
import { decodeLessonCode as decodeWith, readLessonFile as readWith, type LessonCodeWords } from '$lib/domain/lessonCodec';
import { formatNumber } from '$lib/i18n/numbers';
import { m } from '$lib/paraglide/messages';

export const LESSON_CODE_WORDS: LessonCodeWords = {
	linkEmpty: () => m.lesson_link_empty(),
	linkDamaged: () => m.lesson_link_damaged(),
	linkTooLong: (count) => m.lesson_link_too_long({ count, shown: formatNumber(count) }),
	unpackedTooLarge: (kb) => m.lesson_link_unpacked_too_large({ kb }),
	fileTooLarge: (size, max) => m.lesson_file_too_large({ size, max }),
	fileNotJson: () => m.lesson_file_not_json()
};

/** The lesson's JSON text, or a LessonCodeError saying what is wrong with the link. */
export const decodeLessonCode = (code: string): Promise<unknown> => decodeWith(code, LESSON_CODE_WORDS);

/** A lesson file's contents, size-capped, as JSON. */
export const readLessonFile = (file: Blob): Promise<unknown> => readWith(file, LESSON_CODE_WORDS);
