// The offline copy of the help pages, in one place: which pages a young person may keep on the
// phone (by choice, on the help page), the service worker that keeps them, and its cache. The
// build (src/integrations/offline-copy.ts), the headers, the pages and the tests all read these.

/** The pages kept offline: the help page and the orientation chatbot. Nothing else. */
export const offlinePages = ['/besoin-de-soutien/', '/besoin-de-soutien/orientation/'] as const;

/** The page that offers the choice (and so registers the worker: the only one needing worker-src). */
export const optInPage = '/besoin-de-soutien/';

/**
 * The worker's scope: the help pages only. Pages outside it are never controlled, so never
 * intercepted; the files the help pages load go through the worker because the pages are.
 */
export const offlineScope = '/besoin-de-soutien/';

/** The worker's script, served from the site root (its scope is below it: no extra header). */
export const serviceWorkerPath = '/sw.js';

/** Every cache of the offline copy starts so; « Effacer » deletes them all. */
export const cachePrefix = 'asm-aide-hors-ligne-';

/** The web app manifest, linked from every page (its start_url is the help page). */
export const manifestPath = '/manifest.webmanifest';

/** The copy's date, written into the saved page (`<html data-saved-copy="…">`). */
export const savedCopyAttribute = 'data-saved-copy';
