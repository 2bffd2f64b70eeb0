// Entry point of /admin/: Decap CMS bundled from npm with React 19 (no CDN), in French, with the
// configuration generated at build time (read from the page), the site's styles in the preview
// pane, preview templates, and before saving: every entry against its zod schema, then the rules
// across entries against the collections as the backend holds them now.
import React from 'react';
import { fromJS } from 'immutable';
import { z } from 'astro/zod';
import { collections, type CollectionDefinition } from '../../src/content/collections.ts';
import type { CmsConfig } from '../config/config.ts';
import { localBackendApi, needsIdentityWidget } from '../config/backends.ts';
import { prepareEntry } from '../config/entry-check.ts';
import {
  deleteRefusal,
  RefusalError,
  saveProblems,
  type EntryReader,
} from '../config/cross-entry-check.ts';
import type { EntryProblem } from '../config/entry-check.ts';
import { registerPreviews } from './previews.ts';
import { ProblemsPanel, showToCheck, type ToCheck } from './problems-panel.ts';
import { imageComponent } from './image-component.ts';
import { confirmRemovals, guardedLists } from './confirm-removal.ts';
import { guardUploads } from './upload-guard.ts';
import { fixFrench } from './locale.ts';
import { editorAddress, reloadBetweenEntries } from './entry-navigation.ts';
import {
  dropSavedNewEntryBackups,
  forgetSavedNewEntry,
  keepNewEntryBackups,
} from './draft-backup.ts';
import siteStyles from '../../src/styles/global.css?url';

z.config(z.locales.fr());

type ImmutableLike = { toJS(): unknown; get(key: string): unknown };
type CmsApi = typeof import('decap-cms-app').default;

/** What the admin page hands over besides Decap's configuration (see src/pages/admin/index.astro). */
type AdminData = { routes: string[]; siteName: string; toCheck: ToCheck[] };

const readJson = <T>(id: string) => JSON.parse(document.getElementById(id)!.textContent!) as T;

/**
 * Whether Decap will use decap-server (npm run dev): then the Identity widget is not needed, and it
 * would open its "development settings" dialog over the login button.
 */
async function localBackendAnswers(): Promise<boolean> {
  if (!['localhost', '127.0.0.1'].includes(location.hostname)) return false;
  try {
    const response = await fetch(localBackendApi, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
      signal: AbortSignal.timeout(2000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * The backend implementation Decap creates at login, kept to read the collections before saving:
 * each registered backend's factory is wrapped (Decap has no other public way to reach it).
 */
function captureBackend(CMS: CmsApi): () => EntryReader {
  let current: EntryReader | undefined;
  for (const name of ['proxy', 'git-gateway', 'github']) {
    const registered = CMS.getBackend(name) as
      { init: (...args: unknown[]) => unknown } | undefined;
    if (!registered) continue;
    const init = registered.init;
    registered.init = (...args) => {
      // Uploads are checked as the validator checks them before the backend stores them.
      const implementation = guardUploads(init(...args) as object);
      current = implementation as EntryReader;
      return implementation;
    };
  }
  return () => {
    if (!current) throw new RefusalError('la connexion au dépôt n’est pas encore établie.');
    return current;
  };
}

/** Decap's accessible name for the logo is "Logo": give it the network's name instead. */
function nameTheLogo(siteName: string) {
  const rename = () => {
    for (const image of document.querySelectorAll<HTMLImageElement>('img[alt="Logo"]')) {
      image.alt = siteName;
    }
  };
  new MutationObserver(rename).observe(document.body, { childList: true, subtree: true });
}

async function start() {
  // Before Decap's router listens to the address, and before it looks for a form's copy.
  reloadBetweenEntries();
  // Storage refused (private browsing, quota): Decap starts as it would without this.
  await dropSavedNewEntryBackups().catch(() => undefined);
  window.addEventListener('hashchange', () => {
    const address = editorAddress(location.hash);
    if (address && !address.entry) keepNewEntryBackups(address.collection);
  });
  const config = readJson<CmsConfig>('cms-config');
  const admin = readJson<AdminData>('cms-admin-data');
  // decap-cms-app's bundle reads React from the global scope for some of its parts.
  Object.assign(globalThis, { React });
  const local = await localBackendAnswers();
  if (local) {
    // "Voir en direct" and the header link open the site being edited, not the production one.
    config.site_url = location.origin;
    config.display_url = location.origin;
  } else if (needsIdentityWidget(config.backend)) {
    // Netlify Identity: git-gateway looks for the Identity widget when it loads: install it first.
    const { default: netlifyIdentity } = await import('netlify-identity-widget');
    Object.assign(window, { netlifyIdentity });
    netlifyIdentity.init({ locale: 'fr' });
  }
  const { default: CMS } = await import('decap-cms-app');
  const backend = captureBackend(CMS);
  nameTheLogo(admin.siteName);

  const french = CMS.getLocale('fr');
  if (french) CMS.registerLocale('fr', fixFrench(french as never) as never);
  CMS.registerPreviewStyle(siteStyles);
  CMS.registerEditorComponent(imageComponent as never);

  const definitionOf = (entry: ImmutableLike) => {
    const name = String(entry.get('collection')) as keyof typeof collections;
    const definition: CollectionDefinition | undefined = collections[name];
    return definition ? { name, definition } : undefined;
  };
  const keyOf = (entry: ImmutableLike) =>
    `${String(entry.get('collection'))}/${entry.get('newRecord') ? '' : String(entry.get('slug') ?? '')}`;

  // What blocks publishing stays listed, from the first attempt to publish until it is fixed: the
  // entry's own rules are checked again at every change (from the preview, which Decap renders at
  // each one), the rules across entries at the next attempt (they read the whole repository).
  const panel = new ProblemsPanel();
  let attempted: string | undefined;
  let latest: ImmutableLike | undefined;
  let acrossEntries: EntryProblem[] = [];
  const ownProblems = (entry: ImmutableLike) => {
    const found = definitionOf(entry);
    if (!found) return [];
    const data = (entry.get('data') as ImmutableLike).toJS() as Record<string, unknown>;
    return prepareEntry(found.definition.schema, data, found.definition.format).problems;
  };
  const refresh = () => {
    if (!latest || keyOf(latest) !== attempted) return panel.clear();
    panel.show([...ownProblems(latest), ...acrossEntries]);
  };
  const forget = () => {
    attempted = undefined;
    acrossEntries = [];
    panel.clear();
  };
  registerPreviews(CMS, (entry) => {
    if (latest && keyOf(latest) !== keyOf(entry)) forget();
    latest = entry;
    refresh();
  });
  window.addEventListener('hashchange', () => {
    if (!location.hash.includes('/entries/') && !location.hash.endsWith('/new')) forget();
  });
  // Decap checks its own field rules first and, when one fails, says so in a notification only.
  document.addEventListener(
    'click',
    (event) => {
      const control = (event.target as Element).closest(
        'button, [role="menuitem"], [role="button"]',
      );
      if (!control || !latest) return;
      if (!/^(Publier maintenant|Publier et|Enregistrer)/.test(control.textContent?.trim() ?? ''))
        return;
      attempted = keyOf(latest);
      acrossEntries = [];
      refresh();
    },
    true,
  );
  // A refused save or deletion is said on screen (notification and panel); Decap also rejects a
  // promise nobody awaits, which would log an error per refusal: with nothing when its own field
  // rules refuse, with its failure action when the backend or a check before saving refuses.
  const saidOnScreen = (reason: unknown) =>
    reason === undefined ||
    reason instanceof RefusalError ||
    ['ENTRY_PERSIST_FAILURE', 'ENTRY_DELETE_FAILURE'].includes(
      String((reason as { type?: unknown } | null)?.type),
    );
  window.addEventListener('unhandledrejection', (event) => {
    if (editorAddress(location.hash) && saidOnScreen(event.reason)) event.preventDefault();
  });
  const refuse = (problems: EntryProblem[]): never => {
    panel.show(problems);
    throw new RefusalError(
      `le site refuserait cette entrée (${problems.length} point${problems.length > 1 ? 's' : ''} à corriger, listé${problems.length > 1 ? 's' : ''} en bas à gauche).`,
    );
  };

  // Without the editorial workflow (locally), Decap calls prePublish right after preSave, with the
  // same entry: the check that has just passed is not run twice.
  let justChecked: string | undefined;
  const crossCheck = async (
    entry: ImmutableLike,
    data: Record<string, unknown>,
    event: 'preSave' | 'prePublish',
  ) => {
    const found = definitionOf(entry);
    if (!found) return;
    const id = entry.get('newRecord') ? '' : String(entry.get('slug') ?? '');
    const key = JSON.stringify([found.name, id, data]);
    const skip = event === 'prePublish' && key === justChecked;
    justChecked = undefined;
    if (skip) return;
    const problems = await saveProblems(backend(), admin, found.name, id, data);
    if (problems.length) {
      attempted = keyOf(entry);
      acrossEntries = problems;
      refuse(problems);
    }
    if (event === 'preSave') justChecked = key;
  };

  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }: { entry: ImmutableLike }) => {
      const found = definitionOf(entry);
      if (!found) return undefined;
      const data = (entry.get('data') as ImmutableLike).toJS() as Record<string, unknown>;
      const { data: cleaned, problems } = prepareEntry(
        found.definition.schema,
        data,
        found.definition.format,
      );
      attempted = keyOf(entry);
      if (problems.length) refuse(problems);
      await crossCheck(entry, cleaned, 'preSave');
      return fromJS(cleaned);
    },
  });
  CMS.registerEventListener({
    name: 'postSave',
    handler: async ({ entry }: { entry: ImmutableLike }) => {
      forget();
      // Written: a reload from now on must not offer this new entry's form back.
      // A copy left behind must never turn a save that succeeded into a failure.
      if (entry.get('newRecord'))
        await forgetSavedNewEntry(String(entry.get('collection'))).catch(() => undefined);
    },
  });
  // With the editorial workflow, another draft may have been published since this one was saved.
  CMS.registerEventListener({
    name: 'prePublish',
    handler: async ({ entry }: { entry: ImmutableLike }) => {
      const data = entry.get('data') as ImmutableLike | undefined;
      if (data) await crossCheck(entry, data.toJS() as Record<string, unknown>, 'prePublish');
    },
  });
  // Decap calls preUnpublish just before deleting a published entry: refusing here keeps the file.
  CMS.registerEventListener({
    name: 'preUnpublish',
    handler: async ({ entry }: { entry?: ImmutableLike }) => {
      const found = entry && definitionOf(entry);
      if (!entry || !found) return;
      const refusal = await deleteRefusal(backend(), admin, found.name, String(entry.get('slug')));
      if (refusal) throw new RefusalError(refusal);
    },
  });
  showToCheck(admin.toCheck);
  confirmRemovals(guardedLists(Object.values(collections)));
  CMS.init({ config: config as never });
}

void start();
