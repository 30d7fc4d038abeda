/** The embed's sizes as the embed dialog offers them, named in the page's language. */
import { m } from '$lib/paraglide/messages';

export interface EmbedSize {
	id: string;
	label: string;
	/** CSS lengths as the iframe's attributes take them: "800" or "100%". */
	width: string;
	height: string;
}

export const EMBED_SIZES: readonly EmbedSize[] = [
	{ id: 'medium', label: '800 × 600', width: '800', height: '600' },
	{ id: 'small', label: '640 × 480', width: '640', height: '480' },
	{ id: 'large', label: '1024 × 720', width: '1024', height: '720' },
	{
		id: 'full',
		// A getter: the label is read in the page's language.
		get label() {
			return m.embed_size_full();
		},
		width: '100%',
		height: '600'
	}
];
