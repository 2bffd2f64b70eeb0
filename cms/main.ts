// Entry point of /admin/: Decap CMS bundled from npm with React 19 (no CDN), in French, with the
// configuration generated at build time (read from the page), the site's styles in the preview
// pane, preview templates, and a last check of every entry against its zod schema before saving.
import React from 'react';
import { fromJS } from 'immutable';
import { z } from 'astro/zod';
import { collections, type CollectionDefinition } from '../src/lib/collections.ts';
import type { CmsConfig } from './config.ts';
import { formatProblems, prepareEntry } from './entry-check.ts';
import { registerPreviews } from './previews.ts';
import { fixFrench } from './locale.ts';
import siteStyles from '../src/styles/global.css?url';

z.config(z.locales.fr());

type ImmutableLike = { toJS(): unknown; get(key: string): unknown };

/**
 * Whether Decap will use decap-server (npm run dev): then the Identity widget is not needed, and it
 * would open its "development settings" dialog over the login button.
 */
async function localBackendAnswers(): Promise<boolean> {
  if (!['localhost', '127.0.0.1'].includes(location.hostname)) return false;
  try {
    const response = await fetch('http://localhost:8081/api/v1', {
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

async function start() {
  const config = JSON.parse(document.getElementById('cms-config')!.textContent!) as CmsConfig;
  // decap-cms-app's bundle reads React from the global scope for some of its parts.
  Object.assign(globalThis, { React });
  if (config.backend.name === 'git-gateway' && !(await localBackendAnswers())) {
    // git-gateway looks for the Identity widget when it loads: install it first.
    const { default: netlifyIdentity } = await import('netlify-identity-widget');
    Object.assign(window, { netlifyIdentity });
    netlifyIdentity.init({ locale: 'fr' });
  }
  const { default: CMS } = await import('decap-cms-app');

  const french = CMS.getLocale('fr');
  if (french) CMS.registerLocale('fr', fixFrench(french as never) as never);
  CMS.registerPreviewStyle(siteStyles);
  registerPreviews(CMS);
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }: { entry: ImmutableLike }) => {
      const name = String(entry.get('collection')) as keyof typeof collections;
      const definition: CollectionDefinition | undefined = collections[name];
      if (!definition) return undefined;
      const data = (entry.get('data') as ImmutableLike).toJS() as Record<string, unknown>;
      const { data: cleaned, problems } = prepareEntry(definition.schema, data, definition.format);
      if (problems.length)
        throw new Error(`le site refuserait cette entrée. ${formatProblems(problems)}`);
      return fromJS(cleaned);
    },
  });
  CMS.init({ config: config as never });
}

void start();
