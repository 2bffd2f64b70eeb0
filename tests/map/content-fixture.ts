// The territories and porteurs of the fixture content (tests/fixtures/content), parsed by their
// schemas, for the map's unit tests; and the same read from any content folder.
import type { Entry } from '../../src/map/map-data.ts';
import type { Territory } from '../../src/content/schemas/territories.ts';
import type { Porteur } from '../../src/content/schemas/porteurs.ts';
import { fixtureContentDir, readContent } from '../helpers/content.ts';
import { departementByCode, type Departement } from '../../src/content/departements.ts';

export function territoriesAndPorteurs(contentDir: string): {
  /** With their département, as the site's queries resolve it. */
  territories: (Entry<Territory> & { departement: Departement })[];
  porteurs: Entry<Porteur>[];
} {
  const content = readContent(contentDir);
  const entry = <T>({ id, data }: { id: string; data: T }) => ({ id, data });
  return {
    territories: content
      .of('territories')
      .map(entry)
      .map((t) => ({ ...t, departement: departementByCode(t.data.departement) })),
    /** In the site's order: the founder first, then by name (as getPorteurs sorts them). */
    porteurs: content
      .of('porteurs')
      .map(entry)
      .sort(
        (a, b) =>
          Number(b.data.role === 'fondateur') - Number(a.data.role === 'fondateur') ||
          a.data.name.localeCompare(b.data.name, 'fr'),
      ),
  };
}

export const { territories: fixtureTerritories, porteurs: fixturePorteurs } =
  territoriesAndPorteurs(fixtureContentDir);
