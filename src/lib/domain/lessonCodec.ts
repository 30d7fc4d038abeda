/**
 * A lesson as a link: its JSON, compressed (deflate-raw, the browser's CompressionStream) and
 * written in base64url, after `#lesson=` in the URL fragment, which browsers never send to a
 * server. Decoding caps what it reads: a short link cannot unfold into megabytes. What went wrong
 * is said in LessonCodeWords, which text/lessonCodeText.ts gives in the page's language.
 */
import { LESSON_LIMITS } from '$lib/data/lessonSchema';

/** Links longer than this may be cut off by some mail, chat and LMS platforms. */
export const LONG_LINK = 2000;
/** A link's code longer than this cannot be a lesson within the size cap. */
const MAX_CODE = 300_000;
export const FRAGMENT_KEY = 'lesson';

export class LessonCodeError extends Error {}

/** What to say when a link or file cannot be read; each is read when thrown. */
export interface LessonCodeWords {
	linkEmpty(): string;
	linkDamaged(): string;
	linkTooLong(count: number): string;
	unpackedTooLarge(kb: number): string;
	fileTooLarge(kb: number, maxKb: number): string;
	fileNotJson(): string;
}

/** Marks damage inside the decoder; decodeLessonCode words it. */
class Damaged extends Error {}

/** `cap`: the most bytes read, and what to say beyond it. */
async function pipe(
	bytes: Uint8Array,
	stream: CompressionStream | DecompressionStream,
	cap?: { max: number; tooLarge: (kb: number) => string }
): Promise<Uint8Array> {
	const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (cap && size > cap.max) {
			await reader.cancel();
			throw new LessonCodeError(cap.tooLarge(Math.round(cap.max / 1000)));
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.byteLength;
	}
	return out;
}

export function toBase64Url(bytes: Uint8Array): string {
	let s = '';
	for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(code: string): Uint8Array {
	if (!/^[A-Za-z0-9_-]*$/.test(code) || code.length % 4 === 1) throw new Damaged();
	const s = atob(
		code
			.replace(/-/g, '+')
			.replace(/_/g, '/')
			.padEnd(Math.ceil(code.length / 4) * 4, '=')
	);
	return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** The code that follows `#lesson=`. */
export async function encodeLesson(lesson: unknown): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(lesson));
	return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** The lesson's JSON text, or a LessonCodeError saying what is wrong with the link. */
export async function decodeLessonCode(code: string, words: LessonCodeWords): Promise<unknown> {
	if (!code) throw new LessonCodeError(words.linkEmpty());
	if (code.length > MAX_CODE) throw new LessonCodeError(words.linkTooLong(code.length));
	let json: Uint8Array;
	try {
		json = await pipe(fromBase64Url(code), new DecompressionStream('deflate-raw'), {
			max: LESSON_LIMITS.bytes,
			tooLarge: words.unpackedTooLarge
		});
	} catch (e) {
		throw e instanceof LessonCodeError ? e : new LessonCodeError(words.linkDamaged());
	}
	return parseJson(json, words.linkDamaged);
}

/** A lesson file's contents, size-capped, as JSON. */
export async function readLessonFile(file: Blob, words: LessonCodeWords): Promise<unknown> {
	if (file.size > LESSON_LIMITS.bytes)
		throw new LessonCodeError(words.fileTooLarge(Math.round(file.size / 1000), LESSON_LIMITS.bytes / 1000));
	return parseJson(new Uint8Array(await file.arrayBuffer()), words.fileNotJson);
}

function parseJson(bytes: Uint8Array, message: () => string): unknown {
	try {
		return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		throw new LessonCodeError(message());
	}
}

/** The lesson code in a URL fragment ("#lesson=…"), or null. */
export function lessonCodeOf(hash: string): string | null {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	return params.get(FRAGMENT_KEY);
}

/** The page's address with the lesson in its fragment (and the query kept: the view around it). */
export const lessonLink = (pageUrl: string, code: string) => `${pageUrl.split('#')[0]}#${FRAGMENT_KEY}=${code}`;

/**
 * "lesson-armenia-and-the-csto.csto.json", «lesson-ереван.csto.json»: letters and digits of any
 * script are kept (\p{L}, \p{N}); accents are dropped from Latin letters only (Cyrillic «й»
 * stays «й»); everything else, path separators included, becomes a hyphen.
 */
export function lessonFileName(title: string): string {
	const words = title
		.normalize('NFKD')
		.replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	const slug = Array.from(words).slice(0, 60).join('').replace(/-+$/, '');
	return `lesson-${slug || 'untitled'}.csto.json`;
}
