/**
 * What ties the controller to the page, once mounted: the URL (a lesson in its fragment), lesson
 * files dropped on the page, the places and tour arriving
 * after the first paint, fullscreen changes, the service worker, presenter type size, and the
 * window's keys. Returns how to undo it all.
 */
import { base } from '$app/paths';
import { registerServiceWorker, REGISTER_AFTER_MS } from '$lib/offline/register';
import { untrack } from 'svelte';
import { readUrlInto, readPlaceUrlInto, syncUrl } from './urlSync.svelte';
import type { AppController } from './app.svelte';

export function connectApp(app: AppController): () => void {
	readUrlInto(app, location.search);
	const stopUrl = syncUrl(app);
	const search = location.search;
	// Asked for a task after the map has started (MapPanel probes WebGL in one task and starts the
	// map in the next): the map's shapes come first on a slow line.
	const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
	const placesRead = nextTask()
		.then(nextTask)
		.then(() => app.places.load())
		.then(() => {
			readPlaceUrlInto(app, search);
			document.documentElement.dataset.placesReady = 'true';
		})
		.catch((e: unknown) => (app.placesError = e instanceof Error ? e.message : String(e)));

	// A lesson in the fragment (#lesson=…) starts at its step 1; so does a lesson file dropped on the page.
	const onHash = () => (/^#(.*&)?lesson=/.test(location.hash) ? app.openLesson({ hash: location.hash }) : Promise.resolve(false));
	const lessonRead = onHash();
	// The presenter view's channel opens once the tour or lesson (and its step from the URL) is
	// there, so the view resumes the right one; loaded after the first paint, as only presenters need it.
	let unlinkPresenter: (() => void) | null = null;
	let disconnected = false;
	void Promise.all([placesRead, lessonRead.catch(() => false)])
		.then(() => import('./presenterLink.svelte'))
		.then(({ linkPresenterView }) => {
			if (!disconnected) unlinkPresenter = linkPresenterView(app, base);
		})
		.catch(() => {});
	window.addEventListener('hashchange', onHash);
	const carriesFiles = (e: DragEvent) => !!e.dataTransfer?.types.includes('Files');
	const onDragOver = (e: DragEvent) => {
		if (carriesFiles(e)) e.preventDefault();
	};
	const onDrop = (e: DragEvent) => {
		const file = e.dataTransfer?.files[0];
		if (!carriesFiles(e) || !file) return;
		e.preventDefault();
		void app.openLesson({ file });
	};
	window.addEventListener('dragover', onDragOver);
	window.addEventListener('drop', onDrop);

	const onFullscreen = () => app.presenter.onFullscreenChange();
	document.addEventListener('fullscreenchange', onFullscreen);
	// Keys inside the open shortcuts dialog are its own (shortcuts.ts); once it has closed they are
	// the page's again, even before its close event has been handled. The app's keys load once the
	// map has started, not in the first download (issue 26); the page counts as hydrated then.
	let shortcuts: typeof import('./shortcuts') | null = null;
	const onKeydown = (e: KeyboardEvent) => {
		if (shortcuts?.handleShortcut(e, app)) e.preventDefault();
	};
	window.addEventListener('keydown', onKeydown);
	void nextTask()
		.then(nextTask)
		.then(() => import('./shortcuts'))
		.then((loaded) => void (shortcuts = loaded))
		.catch(() => {})
		.then(() => {
			if (!disconnected) document.documentElement.dataset.hydrated = 'true';
		});
	// Framing follows the members (issue 25): a newly shown organisation moves Home to them.
	let orgsBefore = app.orgs.shown;
	// Large type in presenter mode: every rem in the app scales with the root font size.
	const stopPresenting = $effect.root(() => {
		$effect(() => {
			const shown = app.orgs.shown;
			if (shown !== orgsBefore) untrack(() => app.framing.orgsShown());
			orgsBefore = shown;
		});
		$effect(() => {
			document.documentElement.classList.toggle('presenting', app.presenter.on);
			// The next presentation starts with its caption shown.
			if (!app.presenter.on) untrack(() => app.stage.reset());
		});
	});
	// The map registers the service worker when it has drawn; this covers visits where it never does.
	const swTimer = setTimeout(registerServiceWorker, REGISTER_AFTER_MS);

	performance.mark('atlas-hydrated');
	return () => {
		disconnected = true;
		unlinkPresenter?.();
		stopUrl();
		stopPresenting();
		clearTimeout(swTimer);
		document.removeEventListener('fullscreenchange', onFullscreen);
		window.removeEventListener('keydown', onKeydown);
		window.removeEventListener('hashchange', onHash);
		window.removeEventListener('dragover', onDragOver);
		window.removeEventListener('drop', onDrop);
	};
}
