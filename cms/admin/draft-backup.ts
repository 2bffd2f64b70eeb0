// Decap keeps a copy of the form being written in the browser (IndexedDB, through localforage),
// and offers it back when a form of the same entry opens again. A new entry's copy is deleted only
// at the very end of Decap's work after a save (media reloaded, the saved entry read back): a
// reload or a closed tab in between left it, and the next « new » form came back filled with an
// entry already saved, ready to be published twice (issue 22). The copy is deleted as soon as the
// backend has written the entry, and again when the CMS starts, in case Decap wrote it back
// meanwhile (it writes the copy two seconds after the form's last change).
import localForage from 'localforage';

/** Decap's key for the copy of a new entry's form (decap-cms-core, getEntryBackupKey). */
export const newEntryBackupKey = (collection: string) => `backup.${collection}`;

/** Collections whose new entry was saved while its copy may still come back. */
const savedKey = 'asm-saved-new-entries';

function savedCollections(storage: Storage): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(savedKey) ?? '[]');
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}

/** After the backend has written a new entry of `collection`: its form's copy goes. */
export async function forgetSavedNewEntry(collection: string, storage: Storage = localStorage) {
  const saved = new Set(savedCollections(storage)).add(collection);
  storage.setItem(savedKey, JSON.stringify([...saved]));
  await localForage.removeItem(newEntryBackupKey(collection));
}

/** When a new form of `collection` opens: from now on its copy is the editor's new work. */
export function keepNewEntryBackups(collection: string, storage: Storage = localStorage) {
  const saved = savedCollections(storage).filter((name) => name !== collection);
  storage.setItem(savedKey, JSON.stringify(saved));
}

/** Before Decap starts: the copies of new entries saved since are deleted, once. */
export async function dropSavedNewEntryBackups(storage: Storage = localStorage) {
  const saved = savedCollections(storage);
  await Promise.all(
    saved.map((collection) => localForage.removeItem(newEntryBackupKey(collection))),
  );
  storage.removeItem(savedKey);
}
