// Every dynamic route of src/pages says where its segments take their values, and those values
// are what the pages are built from: a link's address is checked against them.
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { routesFromFiles } from '../../src/content/chatbot-tree.ts';
import { customPageRoute } from '../../src/content/reserved-addresses.ts';
import { routeParams } from '../../src/content/route-params.ts';
import { collections } from '../../src/content/collections.ts';
import { crossEntryProblems } from '../../src/content/validation/cross-entry-rules.ts';
import { ruleEntry, validNewsItem, validPorteur, validTerritory } from './factories.ts';

const pagesDir = new URL('../../src/pages/', import.meta.url);
const routes = routesFromFiles(readdirSync(pagesDir, { recursive: true }).map(String));
const named = (route: string) =>
  [...route.matchAll(/\[(\w+)\]/g)].map((match) => match[1]!).sort();

describe('the values of dynamic routes', () => {
  test('every dynamic route of src/pages, and only those, is declared with each named segment', () => {
    const dynamic = routes.filter((route) => route.includes('[') && route !== customPageRoute);
    expect(Object.keys(routeParams).sort()).toEqual(
      dynamic.filter((route) => named(route).length > 0).sort(),
    );
    for (const [route, params] of Object.entries(routeParams)) {
      expect(Object.keys(params).sort(), route).toEqual(named(route));
      for (const source of Object.values(params)) {
        if (typeof source === 'string') expect(Object.keys(collections)).toContain(source);
        else expect(source.size, route).toBeGreaterThan(0);
      }
    }
  });

  test('a link is checked against its own route’s collection, not any entry’s name', () => {
    const entries = [
      ruleEntry('porteurs', 'arhm', validPorteur({ name: 'ARHM' })),
      ruleEntry('territories', 'lyon', validTerritory({ name: 'Lyon', porteur: 'arhm' })),
      { ...ruleEntry('news', 'rencontre', validNewsItem()), body: '' },
    ];
    const links = (...hrefs: string[]) => ({
      ...entries[2]!,
      body: hrefs.map((href) => `[lien](${href})`).join(' '),
    });
    const broken = (...hrefs: string[]) =>
      crossEntryProblems([...entries.slice(0, 2), links(...hrefs)], { routes }).map(
        (problem) => problem.message,
      );
    expect(
      broken(
        '/territoires/lyon/',
        '/actualites/rencontre/',
        '/actualites/territoires/lyon/',
        '/actualites/2/',
        '/porteurs/arhm/',
      ),
    ).toEqual([]);
    expect(broken('/territoires/rencontre/', '/porteurs/lyon/', '/actualites/nulle-part/')).toEqual([
      'la page « /territoires/rencontre/ » n’existe pas sur le site.',
      'la page « /porteurs/lyon/ » n’existe pas sur le site.',
      'la page « /actualites/nulle-part/ » n’existe pas sur le site.',
    ]);
  });
});
