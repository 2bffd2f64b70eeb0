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
import { formatProblems, prepareEntry } from '../config/entry-check.ts';
import {
  deleteRefusal,
  RefusalError,
  saveRefusal,
  type EntryReader,
} from '../config/cross-entry-check.ts';
import { registerPreviews } from './previews.ts';
import { guardUploads } from './upload-guard.ts';
import { fixFrench } from './locale.ts';
import siteStyles from '../../src/styles/global.css?url';

z.config(z.locales.fr());

type ImmutableLike = { toJS(): unknown; get(key: string): unknown };
type CmsApi = typeof import('decap-cms-app').default;

/** What the admin page hands over besides Decap's configuration (see src/pages/admin/index.astro). */
type AdminData = { routes: string[]; siteName: string };

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
  registerPreviews(CMS);

  const definitionOf = (entry: ImmutableLike) => {
    const name = String(entry.get('collection')) as keyof typeof collections;
    const definition: CollectionDefinition | undefined = collections[name];
    return definition ? { name, definition } : undefined;
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
    const refusal = await saveRefusal(backend(), admin, found.name, id, data);
    if (refusal) throw new RefusalError(refusal);
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
      if (problems.length)
        throw new RefusalError(`le site refuserait cette entrée. ${formatProblems(problems)}`);
      await crossCheck(entry, cleaned, 'preSave');
      return fromJS(cleaned);
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
      const refusal = await deleteRefusal(backend(), found.name, String(entry.get('slug')));
      if (refusal) throw new RefusalError(refusal);
    },
  });
  CMS.init({ config: config as never });
}

void start();
