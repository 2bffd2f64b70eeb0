// The map data derived from the content (src/map/map-data.ts): positions, colours, bounds, the
// spreading of close markers, the filter in the URL and the grouped list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  PORTEUR_PALETTE,
  buildMapData,
  colourClassAt,
  contrastRatio,
  filterStatus,
  formatPorteurFilter,
  framingBounds,
  groupByRegionAndPorteur,
  isShown,
  parsePorteurFilter,
  spreadOverlapping,
  type Entry,
} from '../../src/map/map-data.ts';
import { departementByCode, departementCodes } from '../../src/content/departements.ts';
import type { Territory } from '../../src/content/schemas/territories.ts';
import type { Porteur } from '../../src/content/schemas/porteurs.ts';
import { fixturePorteurs, fixtureTerritories } from './content-fixture.ts';

const porteur = (id: string, name = id): Entry<Porteur> => ({
  id,
  data: { name, shortName: name, region: 'Bretagne', area: 'Bretagne', role: 'franchise' },
});
const territory = (id: string, data: Partial<Territory> & { departement: string }) => ({
  id,
  data: { name: id, porteur: 'a', ...data } as Territory,
  departement: departementByCode(data.departement),
});

describe('map data of the fixture content', () => {
  const data = buildMapData({
    territories: fixtureTerritories,
    porteurs: fixturePorteurs,
  });

  test('one entry per territory, each with its page, porteur and département', () => {
    expect(data.entries.map((entry) => entry.id).sort()).toEqual(
      fixtureTerritories.map((t) => t.id).sort(),
    );
    for (const entry of data.entries) {
      const source = fixtureTerritories.find((t) => t.id === entry.id)!.data;
      expect(entry.href).toBe(`/territoires/${entry.id}/`);
      expect(entry.porteur).toBe(source.porteur);
      expect(entry.departement).toBe(source.departement);
      expect(entry.departementName).toBe(departementByCode(source.departement).nom);
    }
  });

  test('one colour per porteur: distinct between porteurs, shared by a porteur’s territories', () => {
    const colours = data.porteurs.map((p) => p.colour);
    expect(new Set(colours).size).toBe(fixturePorteurs.length);
    for (const entry of data.entries) {
      const owner = data.porteurs.find((p) => p.id === entry.porteur)!;
      expect(entry.colour).toBe(owner.colour);
      expect(entry.colourClass).toBe(owner.colourClass);
    }
  });

  test('counts of territories per porteur add up to the number of territories', () => {
    const sum = data.porteurs.reduce((total, p) => total + p.territoryCount, 0);
    expect(sum).toBe(fixtureTerritories.length);
  });

  test('markers sit at the given coordinates, else at the département’s centre', () => {
    for (const entry of data.entries) {
      const source = fixtureTerritories.find((t) => t.id === entry.id)!.data;
      if (source.coordinates) {
        expect(entry.placement).toBe('coordinates');
        expect(entry.position).toEqual([source.coordinates.longitude, source.coordinates.latitude]);
      } else {
        expect(entry.placement).toBe('departement');
        expect(entry.position).toEqual(departementByCode(source.departement).centre);
      }
    }
  });

  test('Montpellier and Béziers, both in the Hérault, have markers at different places', () => {
    const herault = data.entries.filter((entry) => entry.departement === '34');
    expect(herault.map((entry) => entry.id).sort()).toEqual(['beziers', 'montpellier']);
    expect(herault[0]!.position).not.toEqual(herault[1]!.position);
  });

  test('every filled département is a département of a territory, in its porteur’s colour', () => {
    const codes = new Set(data.entries.map((entry) => entry.departement));
    expect(data.departements.map((d) => d.code).sort()).toEqual([...codes].sort());
    for (const fill of data.departements) {
      const first = data.entries.find((entry) => entry.departement === fill.code)!;
      expect(fill.colour).toBe(first.colour);
    }
  });

  test('the bounds frame every marker', () => {
    const [west, south, east, north] = data.bounds;
    for (const { position, id } of data.entries) {
      expect(position[0] > west && position[0] < east, id).toBe(true);
      expect(position[1] > south && position[1] < north, id).toBe(true);
    }
  });

  test('the list groups every territory once, by région then porteur', () => {
    const groups = groupByRegionAndPorteur(data);
    const listed = groups.flatMap((g) => g.porteurs.flatMap((p) => p.entries.map((e) => e.id)));
    expect(listed.sort()).toEqual(data.entries.map((e) => e.id).sort());
    const regions = groups.map((g) => g.region);
    expect(regions).toEqual([...regions].sort((a, b) => a.localeCompare(b, 'fr')));
    for (const group of groups) {
      for (const { porteur: owner, entries } of group.porteurs) {
        for (const entry of entries) {
          expect(entry.regionName).toBe(group.region);
          expect(entry.porteur).toBe(owner.id);
        }
      }
    }
  });
});

describe('map data from any content', () => {
  test('a territory in any of the 96 départements needs no code change', () => {
    const territories = departementCodes.map((code) =>
      territory(`t-${code}`, { departement: code }),
    );
    const data = buildMapData({ territories, porteurs: [porteur('a')] });
    expect(data.entries).toHaveLength(96);
    expect(data.departements).toHaveLength(96);
  });

  test('two territories without coordinates in one département share its centre (spread later)', () => {
    const data = buildMapData({
      territories: [territory('x', { departement: '34' }), territory('y', { departement: '34' })],
      porteurs: [porteur('a')],
    });
    expect(data.entries[0]!.position).toEqual(data.entries[1]!.position);
    expect(data.departements).toHaveLength(1);
    expect(data.departements[0]!.territories).toEqual(['x', 'y']);
  });

  test('an unknown porteur is refused', () => {
    expect(() =>
      buildMapData({
        territories: [territory('x', { departement: '34', porteur: 'inconnu' })],
        porteurs: [porteur('a')],
      }),
    ).toThrow(/Porteur inconnu/);
  });

  test('colours follow the porteurs’ order and the palette repeats past its end', () => {
    const porteurs = Array.from({ length: PORTEUR_PALETTE.length + 1 }, (_, i) => porteur(`p${i}`));
    const data = buildMapData({ territories: [], porteurs });
    expect(data.porteurs[0]!.colour).toBe(PORTEUR_PALETTE[0]);
    expect(data.porteurs[PORTEUR_PALETTE.length]!.colour).toBe(PORTEUR_PALETTE[0]);
    expect(data.porteurs[1]!.colourClass).toBe('porteur-colour-1');
  });

  test('with no territory at all, the whole of France is framed', () => {
    expect(framingBounds([], [])).toEqual([-5.2, 41.3, 9.6, 51.1]);
  });
});

describe('the palette', () => {
  test('every colour reaches 4.5:1 against white (swatches need 3:1, white text on it AA)', () => {
    for (const colour of PORTEUR_PALETTE) {
      expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('the contrast ratio matches known values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  test('porteur-colours.css defines the same colours under the same class names', () => {
    const css = readFileSync(
      join(import.meta.dirname, '../../src/map/porteur-colours.css'),
      'utf8',
    );
    const rules = [
      ...css.matchAll(/\.(porteur-colour-\d+)\s*\{\s*--porteur-colour:\s*(#[0-9a-f]{6});/g),
    ];
    expect(rules.map(([, name, colour]) => [name, colour])).toEqual(
      PORTEUR_PALETTE.map((colour, i) => [colourClassAt(i), colour]),
    );
  });
});

describe('spreading markers that overlap', () => {
  const distance = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);
  const apply = (points: [number, number][], min: number): [number, number][] =>
    spreadOverlapping(points, min).map(([dx, dy], i) => [points[i]![0] + dx, points[i]![1] + dy]);

  test('points with room stay where they are', () => {
    expect(
      spreadOverlapping(
        [
          [0, 0],
          [100, 0],
        ],
        20,
      ),
    ).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  test('two close points move apart to the minimum distance, around their middle', () => {
    const placed = apply(
      [
        [0, 0],
        [6, 0],
      ],
      20,
    );
    expect(distance(placed[0]!, placed[1]!)).toBeGreaterThanOrEqual(20);
    expect((placed[0]![0] + placed[1]![0]) / 2).toBeCloseTo(3, 6);
    // The left one stays on the left.
    expect(placed[0]![0]).toBeLessThan(placed[1]![0]);
  });

  test('points on the very same spot are spread too, and chains of close points settle', () => {
    const points: [number, number][] = [
      [50, 50],
      [50, 50],
      [50, 50],
      [58, 52],
      [200, 200],
    ];
    const placed = apply(points, 24);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        expect(distance(placed[i]!, placed[j]!), `${i}-${j}`).toBeGreaterThanOrEqual(24 - 1e-9);
      }
    }
    expect(placed[4]).toEqual([200, 200]);
  });
});

describe('the porteur filter in the URL', () => {
  const known = ['fondation-arhm', 'solipsy', 'club-famille'];

  test('reads known slugs from ?porteur=, in list order, ignoring unknown ones', () => {
    expect(parsePorteurFilter('?porteur=solipsy,inconnu,fondation-arhm', known)).toEqual([
      'fondation-arhm',
      'solipsy',
    ]);
    expect(parsePorteurFilter('', known)).toEqual([]);
    expect(parsePorteurFilter('?porteur=', known)).toEqual([]);
  });

  test('writes the selection, keeps other parameters, and drops the parameter when empty', () => {
    expect(formatPorteurFilter('', ['solipsy', 'fondation-arhm'], known)).toBe(
      '?porteur=fondation-arhm,solipsy',
    );
    expect(formatPorteurFilter('?porteur=solipsy&x=1', [], known)).toBe('?x=1');
    expect(formatPorteurFilter('?porteur=solipsy', [], known)).toBe('');
  });

  test('the status line counts what is shown, in French typography, singular or plural', () => {
    expect(filterStatus(5, 5, [])).toBe('5 territoires affichés');
    expect(filterStatus(1, 1, [])).toBe('1 territoire affiché');
    expect(filterStatus(1, 5, ['Solipsy'])).toBe('1 territoire affiché sur 5\u00a0: Solipsy');
    expect(filterStatus(3, 5, ['Solipsy', 'Club Famille'])).toBe(
      '3 territoires affichés sur 5\u00a0: Solipsy, Club Famille',
    );
  });

  test('round trip', () => {
    const query = formatPorteurFilter('', ['club-famille'], known);
    expect(parsePorteurFilter(query, known)).toEqual(['club-famille']);
  });

  test('an empty selection shows everything; otherwise only the selected porteurs', () => {
    expect(isShown('solipsy', [])).toBe(true);
    expect(isShown('solipsy', ['solipsy'])).toBe(true);
    expect(isShown('solipsy', ['club-famille'])).toBe(false);
  });
});
