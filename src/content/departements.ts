// The départements of metropolitan France, derived from the project's geo data (scripts/build-geo.ts).
import table from '../data/departements.json' with { type: 'json' };
import type { Bounds, Position } from '../lib/geo.ts';
import { typographicApostrophes } from '../lib/french-typography.ts';

export type Departement = {
  code: string;
  nom: string;
  regionCode: string;
  regionNom: string;
  centre: Position;
  bounds: Bounds;
};

// The source data (IGN) writes "Côte-d'Or": names are shown, so they get the typographic ’.
export const departements = (table as Departement[]).map((d) => ({
  ...d,
  nom: typographicApostrophes(d.nom),
  regionNom: typographicApostrophes(d.regionNom),
}));

const byCode = new Map(departements.map((d) => [d.code, d]));

/** INSEE codes of the départements ("01" … "95", "2A", "2B"). */
export const departementCodes = departements.map((d) => d.code) as [string, ...string[]];

/** Names of the régions, in alphabetical order. */
export const regionNames = [...new Set(departements.map((d) => d.regionNom))].sort((a, b) =>
  a.localeCompare(b, 'fr'),
) as [string, ...string[]];

export function departementByCode(code: string): Departement {
  const departement = byCode.get(code);
  if (!departement) throw new Error(`Département inconnu : ${code}`);
  return departement;
}
