// The real content of content/territories and content/porteurs, parsed by their schemas, for the
// map tests (read through the content validator, the same reader the build's guard uses).
import { join } from 'node:path';
import { validateContent } from '../../src/lib/validate-content.ts';
import { territorySchema, type Territory } from '../../src/schemas/territories.ts';
import { porteurSchema, type Porteur } from '../../src/schemas/porteurs.ts';
import type { Entry } from '../../src/lib/map-data.ts';

const projectRoot = join(import.meta.dirname, '..', '..');
const { entries } = validateContent(join(projectRoot, 'content'), projectRoot);

export const realTerritories: Entry<Territory>[] = entries
  .filter((entry) => entry.collection === 'territories')
  .map((entry) => ({ id: entry.id, data: territorySchema.parse(entry.data) }));

/** In the site's order: the founder first, then by name (as getPorteurs sorts them). */
export const realPorteurs: Entry<Porteur>[] = entries
  .filter((entry) => entry.collection === 'porteurs')
  .map((entry) => ({ id: entry.id, data: porteurSchema.parse(entry.data) }))
  .sort(
    (a, b) =>
      Number(b.data.role === 'fondateur') - Number(a.data.role === 'fondateur') ||
      a.data.name.localeCompare(b.data.name, 'fr'),
  );
