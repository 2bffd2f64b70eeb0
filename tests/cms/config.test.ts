// The generated Decap CMS configuration, as a reviewer would read it: any change to a schema, the
// registry or the generator shows up in __snapshots__/config/ (update with
// `npx vitest run tests/cms/config.test.ts -u` and review the diff).
import { describe, expect, test } from 'vitest';
import { collections } from '../../src/lib/collections.ts';
import { backendFromEnv, buildCmsConfig } from '../../cms/config.ts';

/** Long option lists (96 départements) shortened to their ends, so that the snapshot stays readable. */
function readable(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, item) =>
      key === 'options' && Array.isArray(item) && item.length > 14
        ? [...item.slice(0, 3), `… ${item.length - 6} autres …`, ...item.slice(-3)]
        : item,
    ),
  );
}

describe('generated configuration', () => {
  const config = buildCmsConfig(collections, {
    backend: backendFromEnv({}),
    siteUrl: 'https://ambassadeurs-santementale.fr',
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

describe('backend from environment variables', () => {
  test('git-gateway by default, on main', () => {
    expect(backendFromEnv({})).toEqual({ name: 'git-gateway', branch: 'main' });
  });

  test('GitHub with its repository, branch and OAuth server', () => {
    expect(
      backendFromEnv({
        CMS_BACKEND: 'github',
        CMS_REPO: 'reseau-asm/site',
        CMS_BRANCH: 'production',
        CMS_BASE_URL: 'https://oauth.exemple.fr',
        CMS_AUTH_ENDPOINT: 'api/auth',
      }),
    ).toEqual({
      name: 'github',
      repo: 'reseau-asm/site',
      branch: 'production',
      base_url: 'https://oauth.exemple.fr',
      auth_endpoint: 'api/auth',
    });
  });

  test('GitHub without a repository, or an unknown backend, stops the build with a French message', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'github' })).toThrow(/CMS_REPO/);
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitlab' })).toThrow(/CMS_BACKEND inconnu/);
  });
});
