// The reserved list cannot drift from the site: every top-level name of src/pages/, public/, the
// redirects of netlify.toml and the fixed pages must be in it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  customPagePath,
  customPageRoute,
  isReservedAddress,
  notReservedPattern,
  reservedAddresses,
} from '../../src/content/reserved-addresses.ts';
import { collections } from '../../src/content/collections.ts';
import { routesFromFiles } from '../../src/content/chatbot-tree.ts';
import { siteRules } from '../../tools/netlify-rules.ts';
import { projectRoot } from '../helpers/content.ts';

/** Top-level names of a folder; files of src/pages lose the extension of their source. */
const topLevel = (folder: string, stripSource: boolean) =>
  readdirSync(join(projectRoot, folder)).map((name) =>
    stripSource ? name.replace(/\.(astro|md|mdx|html|ts|js)$/, '') : name,
  );

describe('reserved addresses', () => {
  test('hold every top-level page and folder of src/pages/ (dynamic routes aside)', () => {
    const names = topLevel('src/pages', true).filter((name) => !name.startsWith('['));
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !isReservedAddress(name))).toEqual([]);
  });

  test('hold every file of public/', () => {
    const names = topLevel('public', false);
    expect(names.filter((name) => !isReservedAddress(name))).toEqual([]);
  });

  test('hold the first segment of every redirect of netlify.toml', async () => {
    // No built site: the rules of netlify.toml alone.
    const { redirects } = await siteRules(join(projectRoot, 'no-such-dist'));
    const segments = redirects.map((rule) => rule.from.split('/').filter(Boolean)[0]!);
    expect(segments.length).toBeGreaterThan(0);
    expect(segments.filter((name) => !isReservedAddress(name))).toEqual([]);
  });

  test('hold the address of every fixed page', () => {
    expect(collections.pages.fixedEntries.filter((id) => !isReservedAddress(id))).toEqual([]);
  });

  test('are listed once each', () => {
    expect(new Set(reservedAddresses).size).toBe(reservedAddresses.length);
  });

  test('the pattern refuses exactly the reserved names, not names that start like them', () => {
    for (const name of reservedAddresses) expect(notReservedPattern.test(name), name).toBe(false);
    for (const name of ['territoires-2', 'nos-territoires', 'agendas', 'aides', 'swjs', '4040']) {
      expect(notReservedPattern.test(name), name).toBe(true);
    }
  });

  test('the custom pages’ route is the one src/pages/ has', () => {
    const files = readdirSync(join(projectRoot, 'src/pages'), { recursive: true }).map(String);
    expect(routesFromFiles(files)).toContain(customPageRoute);
  });

  test('customPagePath gives the page’s path on the site', () => {
    expect(customPagePath('nos-partenaires')).toBe('/nos-partenaires/');
  });
});
