// Turns the content (territories, porteurs) and the départements into what the maps draw:
// one entry per territory with its marker position and colour, the filled départements, the
// colours of the legend and the bounds to frame. Pure, so that the interactive map, the static
// SVG maps and the tests all read the same derivation.
import type { Porteur } from '../content/schemas/porteurs.ts';
import type { Territory } from '../content/schemas/territories.ts';
import type { Departement } from '../content/departements.ts';
import { departementLabel } from '../content/departement-label.ts';
import { porteurForm, withArticle } from '../lib/french-grammar.ts';
import { frenchText } from '../lib/french-typography.ts';
import {
  boundsOfPositions,
  mergeBounds,
  padBounds,
  type Bounds,
  type Position,
} from '../lib/geo.ts';

/**
 * Colours given to porteurs in order. Each has a contrast ratio of at least 4.5:1 against white
 * (so legend swatches pass the 3:1 non-text minimum, and white text on them passes AA), and
 * neighbours in the list differ in hue so that adjacent porteurs stay distinguishable.
 */
export const PORTEUR_PALETTE = [
  '#0a6c7d', // teal
  '#c2491d', // burnt orange
  '#6b3fa0', // purple
  '#2a7a3b', // green
  '#b8265f', // raspberry
  '#2660b8', // blue
  '#8a6a00', // ochre
  '#7a4a1f', // brown
  '#a33b8c', // magenta
  '#4f5d2f', // olive
] as const;

export type Entry<T> = { id: string; data: T };

export type MapPorteur = {
  id: string;
  name: string;
  shortName: string;
  href: string;
  colour: string;
  colourClass: string;
  /** How many territories it carries (0 for a porteur that has none yet). */
  territoryCount: number;
};

export type MapEntry = {
  id: string;
  name: string;
  href: string;
  city?: string;
  since?: number;
  departement: string;
  departementName: string;
  /** "Rhône (69)". */
  departementLabel: string;
  regionName: string;
  porteur: string;
  porteurName: string;
  /** The porteur's name as it reads in a sentence: "la Fondation ARHM", "Solipsy". */
  porteurInSentence: string;
  porteurShortName: string;
  colour: string;
  colourClass: string;
  /** [longitude, latitude] of the marker. */
  position: Position;
  /** Where the position comes from: the content's coordinates, or the département's centre. */
  placement: 'coordinates' | 'departement';
};

export type FilledDepartement = {
  code: string;
  name: string;
  /** "Rhône (69)". */
  label: string;
  /** Colour of the first porteur present (a département shared by two porteurs takes the first). */
  colour: string;
  colourClass: string;
  porteurs: string[];
  /** Ids of the territories in this département. */
  territories: string[];
};

export type MapData = {
  entries: MapEntry[];
  porteurs: MapPorteur[];
  departements: FilledDepartement[];
  /** Bounds that frame every filled département and marker, with a little margin. */
  bounds: Bounds;
};

/** The colour of the porteur at `index` in display order; the palette repeats past its end. */
export function colourAt(index: number): string {
  return PORTEUR_PALETTE[index % PORTEUR_PALETTE.length]!;
}

/**
 * The CSS class that sets `--porteur-colour` to the same colour (porteur-colours.css): the
 * Content-Security-Policy forbids inline style attributes, so HTML takes colours from classes.
 */
export function colourClassAt(index: number): string {
  return `porteur-colour-${index % PORTEUR_PALETTE.length}`;
}

/** Marker position: the content's coordinates when given, else the département's centre. */
export function markerPosition(
  territory: Territory,
  departement: Departement,
): Pick<MapEntry, 'position' | 'placement'> {
  if (territory.coordinates) {
    return {
      position: [territory.coordinates.longitude, territory.coordinates.latitude],
      placement: 'coordinates',
    };
  }
  return { position: [...departement.centre], placement: 'departement' };
}

/**
 * Derives the map data. `porteurs` must be in display order (it decides the colours);
 * `territories` are listed in the order given. Throws when a territory names an unknown
 * porteur or département: the content validator reports those before any build.
 */
export function buildMapData(input: {
  /** Each with its département, resolved once where the content is read (queries.ts). */
  territories: (Entry<Territory> & { departement: Departement })[];
  porteurs: Entry<Porteur>[];
}): MapData {
  const porteurs = new Map<string, MapPorteur>(
    input.porteurs.map((porteur, index) => [
      porteur.id,
      {
        id: porteur.id,
        name: porteur.data.name,
        shortName: porteur.data.shortName,
        href: `/porteurs/${porteur.id}/`,
        colour: colourAt(index),
        colourClass: colourClassAt(index),
        territoryCount: 0,
      },
    ]),
  );
  /** "la Fondation ARHM": each porteur as said in a sentence, once per porteur. */
  const inSentence = new Map(input.porteurs.map((p) => [p.id, withArticle(porteurForm(p.data))]));
  const filled = new Map<string, FilledDepartement>();
  const entries = input.territories.map(({ id, data, departement }): MapEntry => {
    const porteur = porteurs.get(data.porteur);
    if (!porteur) throw new Error(`Porteur inconnu pour le territoire ${id} : ${data.porteur}`);
    porteur.territoryCount += 1;
    const label = departementLabel(departement.nom, departement.code);
    const fill = filled.get(departement.code) ?? {
      code: departement.code,
      name: departement.nom,
      label,
      colour: porteur.colour,
      colourClass: porteur.colourClass,
      porteurs: [],
      territories: [],
    };
    if (!fill.porteurs.includes(porteur.id)) fill.porteurs.push(porteur.id);
    fill.territories.push(id);
    filled.set(departement.code, fill);
    return {
      id,
      name: data.name,
      href: `/territoires/${id}/`,
      ...(data.city ? { city: data.city } : {}),
      ...(data.since ? { since: data.since } : {}),
      departement: departement.code,
      departementName: departement.nom,
      departementLabel: label,
      regionName: departement.regionNom,
      porteur: porteur.id,
      porteurName: porteur.name,
      porteurInSentence: inSentence.get(porteur.id)!,
      porteurShortName: porteur.shortName,
      colour: porteur.colour,
      colourClass: porteur.colourClass,
      ...markerPosition(data, departement),
    };
  });
  return {
    entries,
    porteurs: [...porteurs.values()],
    departements: [...filled.values()],
    bounds: framingBounds(
      entries.map((entry) => entry.position),
      // Each filled département once or more: the bounds merge all the same.
      input.territories.map((territory) => territory.departement.bounds),
    ),
  };
}

/**
 * Bounds that show every marker and every filled département, padded by 5 %. With no territory
 * at all, metropolitan France as a whole is framed.
 */
export function framingBounds(positions: Position[], departementBounds: Bounds[]): Bounds {
  if (positions.length === 0 && departementBounds.length === 0) return FRANCE_BOUNDS;
  const all = [...departementBounds];
  if (positions.length > 0) all.push(boundsOfPositions(positions));
  return padBounds(mergeBounds(all), 0.05);
}

/** Metropolitan France, Corsica included. */
export const FRANCE_BOUNDS: Bounds = [-5.2, 41.3, 9.6, 51.1];

export type Offset = [dx: number, dy: number];

/**
 * Moves apart points that are closer than `minDistance` (in screen units): each group of
 * points within reach of one another is spread evenly on a circle around its centre, in the
 * order of their angles (so the arrangement keeps the map's geometry), with `minDistance`
 * between neighbours. Returns one offset per point; points with room keep [0, 0].
 */
export function spreadOverlapping(points: Position[], minDistance: number): Offset[] {
  const placed = points.map(([x, y]) => [x, y] as Position);
  // A spread group may now touch another point: a few passes settle it.
  for (let pass = 0; pass < 4; pass++) {
    const groups = closeGroups(placed, minDistance);
    if (groups.every((group) => group.length === 1)) break;
    for (const group of groups) {
      if (group.length === 1) continue;
      const cx = group.reduce((sum, i) => sum + placed[i]![0], 0) / group.length;
      const cy = group.reduce((sum, i) => sum + placed[i]![1], 0) / group.length;
      // Points on the very same spot have no angle: their index order decides.
      const ordered = group
        .map((i, rank) => ({
          i,
          angle:
            Math.hypot(placed[i]![0] - cx, placed[i]![1] - cy) < 1e-9
              ? -Math.PI + (rank * 2 * Math.PI) / group.length
              : Math.atan2(placed[i]![1] - cy, placed[i]![0] - cx),
        }))
        .sort((a, b) => a.angle - b.angle);
      // Radius for which neighbours on the circle are `minDistance` apart (a hair more, to settle).
      const radius = (minDistance * 1.001) / (2 * Math.sin(Math.PI / group.length));
      const start = ordered[0]!.angle;
      ordered.forEach(({ i }, k) => {
        const angle = start + (k * 2 * Math.PI) / group.length;
        placed[i] = [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
      });
    }
  }
  return placed.map(([x, y], i) => [x - points[i]![0], y - points[i]![1]]);
}

/** Groups of indices linked by chains of points closer than `distance` (union-find). */
function closeGroups(points: Position[], distance: number): number[][] {
  const parent = points.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const [xi, yi] = points[i]!;
      const [xj, yj] = points[j]!;
      if (Math.hypot(xi - xj, yi - yj) < distance) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, number[]>();
  points.forEach((_, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), i]));
  return [...groups.values()];
}

/** The porteur slugs selected by a `?porteur=a,b` query, keeping only known ones, in list order. */
export function parsePorteurFilter(search: string, known: string[]): string[] {
  const raw = new URLSearchParams(search).get('porteur');
  if (!raw) return [];
  const wanted = new Set(raw.split(',').map((slug) => slug.trim()));
  return known.filter((slug) => wanted.has(slug));
}

/**
 * The query string for a selection: empty when nothing is selected (everything shows), else
 * `?porteur=a,b` with the slugs in list order. Other parameters are kept.
 */
export function formatPorteurFilter(search: string, selected: string[], known: string[]): string {
  const params = new URLSearchParams(search);
  const kept = known.filter((slug) => selected.includes(slug));
  if (kept.length === 0) params.delete('porteur');
  else params.set('porteur', kept.join(','));
  // Commas are safe in a query: keeping them readable makes shared links nicer.
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/** Whether a territory shows under a selection (an empty selection shows everything). */
export function isShown(porteur: string, selected: string[]): boolean {
  return selected.length === 0 || selected.includes(porteur);
}

/**
 * The porteur filter's status line, written by the page and by the filter's script alike (the
 * script leaves it alone when it is unchanged), in French typography either way.
 */
export function filterStatus(shown: number, total: number, selectedNames: string[]): string {
  const words = (count: number) => (count > 1 ? 'territoires affichés' : 'territoire affiché');
  return frenchText(
    selectedNames.length === 0
      ? `${total} ${words(total)}`
      : `${shown} ${words(shown)} sur ${total} : ${selectedNames.join(', ')}`,
  );
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (la! + 0.05) / (lb! + 0.05);
}

function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Couleur attendue au format #rrggbb : ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const value = parseInt(part, 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export type RegionGroup = {
  region: string;
  porteurs: { porteur: MapPorteur; entries: MapEntry[] }[];
};

/**
 * The list beside the map: territories grouped by région (alphabetical), then by porteur (in
 * display order), each group sorted by territory name.
 */
export function groupByRegionAndPorteur(data: MapData): RegionGroup[] {
  const regions = [...new Set(data.entries.map((entry) => entry.regionName))].sort((a, b) =>
    a.localeCompare(b, 'fr'),
  );
  return regions.map((region) => ({
    region,
    porteurs: data.porteurs
      .map((porteur) => ({
        porteur,
        entries: data.entries
          .filter((entry) => entry.regionName === region && entry.porteur === porteur.id)
          .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
      }))
      .filter((group) => group.entries.length > 0),
  }));
}
