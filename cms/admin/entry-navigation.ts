// Decap keeps one editor for every entry address: going straight from one entry to another (a link
// of « À vérifier », the browser's back button, an address typed in) leaves the first entry's form
// on screen under the second one's address, with the second one's fields (decap-cms issue 4147),
// and a save would write the first entry's data there. Such a move opens the second entry afresh
// by reloading the page; Decap's own moves between editors (a new entry saved goes to its address,
// « Publier et créer nouveau ») load their entry themselves and are left alone.

/** The collection and entry of an editor address (`#/collections/x/entries/y`, `…/x/new`). */
export function editorAddress(hash: string): { collection: string; entry?: string } | undefined {
  const match = /^#\/collections\/([^/?]+)\/(?:entries\/([^?]+)|new)(?:\?.*)?$/.exec(hash);
  if (!match) return undefined;
  return match[2] === undefined
    ? { collection: match[1]! }
    : { collection: match[1]!, entry: match[2] };
}

/** Whether Decap would show `to` in the editor it shows `from` in, with `from`'s data. */
export function needsFreshEditor(from: string, to: string): boolean {
  const source = editorAddress(from);
  const target = editorAddress(to);
  if (!source || !target?.entry) return false;
  // A new entry just saved: Decap has loaded it before going to its address.
  if (!source.entry && source.collection === target.collection) return false;
  return source.collection !== target.collection || source.entry !== target.entry;
}

/**
 * Reloads the page on a move between two entries' editors, before Decap's router sees it (this
 * listener must be added before Decap starts). Unsaved changes: the browser asks first, through
 * Decap's own « beforeunload » guard.
 */
export function reloadBetweenEntries(target: Window = window) {
  target.addEventListener('hashchange', (event) => {
    if (!needsFreshEditor(new URL(event.oldURL).hash, new URL(event.newURL).hash)) return;
    event.stopImmediatePropagation();
    target.location.reload();
  });
}
