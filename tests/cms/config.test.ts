// The generated Decap CMS configuration, as a reviewer would read it: any change to a schema, the
// registry or the generator shows up in __snapshots__/config/ (update with
// `npx vitest run tests/cms/config.test.ts -u` and review the diff).
import { describe, expect, test } from 'vitest';
import { collections } from '../../src/content/collections.ts';
import { buildCmsConfig } from '../../cms/config/config.ts';
import { backendFromEnv } from '../../cms/config/backends.ts';
import { latestYear } from '../../src/content/schemas/fields.ts';

/**
 * Long option lists (96 départements) shortened to their ends, so that the snapshot stays readable;
 * next year's number named, so that it holds next year too.
 */
function readable(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, item) => {
      if (key === 'options' && Array.isArray(item) && item.length > 14)
        return [...item.slice(0, 3), `… ${item.length - 6} autres …`, ...item.slice(-3)];
      if (typeof item === 'string')
        return item.replaceAll(String(latestYear()), '‹année prochaine›');
      if (key === 'max' && item === latestYear()) return '‹année prochaine›';
      return item;
    }),
  );
}

describe('generated configuration', () => {
  const config = buildCmsConfig(collections, {
    backend: backendFromEnv({}),
    siteUrl: 'https://ambassadeurs-santementale.fr',
    logoUrl: '/admin/logo.svg',
    entryLabels: { pages: { 'le-programme': 'Le programme' } },
  });
  // One file per collection under __snapshots__/config/, so that a change reads as the diff of
  // the collection it touches.
  const snapshot = (value: unknown, name: string) =>
    expect(`${JSON.stringify(readable(value), null, 2)}\n`).toMatchFileSnapshot(
      `./__snapshots__/config/${name}.json`,
    );

  test('production: git-gateway, editorial workflow, French, media under /uploads', async () => {
    const { collections: generated, ...global } = config;
    expect(generated.map((collection) => collection.name)).toEqual(Object.keys(collections));
    await snapshot(global, 'global');
  });

  test.each(Object.keys(collections))('collection %s', async (name) => {
    await snapshot(
      config.collections.find((collection) => collection.name === name),
      `collection-${name}`,
    );
  });
});
