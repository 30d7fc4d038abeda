/**
 * A label map whose values are messages read when used, so one constant (STATUS_LABEL…) serves
 * every language: `STATUS_LABEL.member` is "Member" on / and «Член» on /ru/.
 */
export function messageMap<K extends string>(messages: Record<K, () => string>): Readonly<Record<K, string>> {
	const map = {} as Record<K, string>;
	for (const key of Object.keys(messages) as K[]) Object.defineProperty(map, key, { get: messages[key], enumerable: true });
	return map;
}
