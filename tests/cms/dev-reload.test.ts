// The dev server's reloads: a content change reloads the site's pages, never the CMS mid-save.
import { describe, expect, test } from 'vitest';
import type { HotPayload } from 'vite';
import { contentChangedEvent, withoutAdminReload } from '../../src/integrations/cms-dev-reload.ts';

describe('withoutAdminReload', () => {
  test('a reload of every page becomes the event the site’s pages follow', () => {
    for (const payload of [{ type: 'full-reload', path: '*' }, { type: 'full-reload' }] as const)
      expect(withoutAdminReload(payload)).toEqual({ type: 'custom', event: contentChangedEvent });
  });

  test('anything else goes through as it is', () => {
    const update: HotPayload = { type: 'update', updates: [] };
    expect(withoutAdminReload(update)).toBe(update);
    const page = { type: 'full-reload', path: '/index.html' } as const;
    expect(withoutAdminReload(page)).toBe(page);
  });
});
