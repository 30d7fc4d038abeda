/**
 * What a key does outside form fields: the clicker and shortcut map, pure and testable. Whether
 * a key belongs to a focused widget instead is a DOM question, answered in $lib/state/shortcuts.
 */
export type KeyAction =
	'next' | 'prev' | 'present' | 'help' | 'exit' | 'first' | 'last' | 'blank' | 'caption' | 'more' | 'presenter-view' | null;

export function keyAction(key: string, shift = false): KeyAction {
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case ' ':
			return 'next';
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return 'prev';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case 'f':
		case 'F':
			return 'present';
		case 'b':
		case 'B':
		case '.':
			return 'blank';
		case 'h':
		case 'H':
			return 'caption';
		case 'm':
		case 'M':
			return 'more';
		case 's':
		case 'S':
			return 'presenter-view';
		case '?':
			return 'help';
		case '/':
			return shift ? 'help' : null;
		case 'Escape':
			return 'exit';
		default:
			return null;
	}
}
