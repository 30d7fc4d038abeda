// Modules made by plugins in vite.config.ts.
declare module 'virtual:all-country-names' {
	/** Language → ISO alpha-3 → name, for every shape on the map (loaded lazily). */
	const names: Record<string, Record<string, string>>;
	export default names;
}
declare module 'virtual:country-names' {
	/**
	 * Language → ISO alpha-3 → name, for the states in the data and those the places mention:
	 * every language in Node (prerendering, tests), the page's only in the browser.
	 */
	const names: Record<string, Record<string, string>>;
	export default names;
	/** ISO codes of the states the facilities, conflicts, events and territories mention. */
	export const mentioned: string[];
}

declare module 'virtual:membership-core' {
	/**
	 * data/membership.json without notes, disputes, quotes (citations: []), the events' texts and the
	 * names (the names table has them): typed as the full records, whose missing texts no code reads
	 * before the full file has loaded (CountryPanel).
	 */
	const countries: import('$lib/data/schema').CountryRecordData[];
	export default countries;
}

declare module 'virtual:state-names-loader' {
	/** One language's names of the states the data mentions (`mentioned`) or of every shape (`all`), in a chunk of its own. */
	export function loadStateNames(set: 'mentioned' | 'all', locale: string): Promise<Record<string, string>>;
}
