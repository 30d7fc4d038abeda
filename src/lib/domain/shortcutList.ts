/** The shortcuts as the help dialog lists them (loaded with the dialog, not with the page). */
export const SHORTCUTS: { keys: string; action: string }[] = [
	{ keys: 'F', action: 'Present: fullscreen projector view (F again to leave)' },
	{ keys: '→  ↓  Page Down  Space', action: 'Next tour step, or next year' },
	{ keys: '←  ↑  Page Up', action: 'Previous tour step, or previous year' },
	{ keys: 'Home / End', action: 'First or last year' },
	{ keys: 'B  or  .', action: 'Presenting: blank the screen (again to show it)' },
	{ keys: 'Escape', action: 'Leave the tour, quiz or presenter mode' },
	{ keys: '?', action: 'Show these shortcuts' },
	{ keys: 'On the year slider', action: 'Arrows step a year, Page Up/Down jump, Home/End go to the ends' }
];
