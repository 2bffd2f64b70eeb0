// Centre and bounds computation (src/lib/geo.ts) and the département table derived from the
// project's geo data.
import { describe, expect, test } from 'vitest';
import topologyData from '../../src/data/departements.topo.json' with { type: 'json' };
import {
  boundsOfPositions,
  geometryBounds,
  geometryCentre,
  mergeBounds,
  padBounds,
  pointInGeometry,
  type AreaGeometry,
} from '../../src/lib/geo.ts';
import { departementByCode, departements } from '../../src/content/departements.ts';
import { departementShapes, type DepartementTopology } from '../../src/map/topology.ts';
import { fixtureTerritories } from './content-fixture.ts';

const square = (x: number, y: number, size: number): [number, number][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('centre of a shape', () => {
  test('the centre of a square is its middle', () => {
    expect(geometryCentre({ type: 'Polygon', coordinates: [square(2, 44, 2)] })).toEqual([3, 45]);
  });

  test('an island does not pull the centre of a multipolygon: the largest part decides', () => {
    const mainland = square(0, 0, 4);
    const island = square(10, 10, 0.5);
    const centre = geometryCentre({ type: 'MultiPolygon', coordinates: [[island], [mainland]] });
    expect(centre).toEqual([2, 2]);
  });

  test('a crescent-shaped département gets a centre inside its shape', () => {
    // A "U": its centroid falls in the empty middle.
    const u: AreaGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [3, 3],
          [2, 3],
          [2, 1],
          [1, 1],
          [1, 3],
          [0, 3],
          [0, 0],
        ],
      ],
    };
    const centre = geometryCentre(u);
    expect(pointInGeometry(centre, u)).toBe(true);
  });
});

describe('bounds', () => {
  test('of positions, geometries, merged and padded', () => {
    expect(
      boundsOfPositions([
        [1, 5],
        [-2, 7],
        [3, 6],
      ]),
    ).toEqual([-2, 5, 3, 7]);
    expect(geometryBounds({ type: 'Polygon', coordinates: [square(1, 2, 3)] })).toEqual([
      1, 2, 4, 5,
    ]);
    expect(
      mergeBounds([
        [0, 0, 1, 1],
        [2, -1, 3, 0.5],
      ]),
    ).toEqual([0, -1, 3, 1]);
    expect(padBounds([0, 0, 10, 20], 0.1)).toEqual([-1, -2, 11, 22]);
  });

  test('an empty set has no bounds', () => {
    expect(() => boundsOfPositions([])).toThrow(/vide/);
  });
});

describe('the départements of the geo data', () => {
  const topology = topologyData as unknown as DepartementTopology;
  const shapes = departementShapes(topology);

  test('the TopoJSON and the table hold the same 96 départements', () => {
    expect(shapes).toHaveLength(96);
    expect(shapes.map((shape) => shape.code).sort()).toEqual(
      departements.map((departement) => departement.code).sort(),
    );
  });

  test('each département’s centre lies inside its shape and inside its bounds', () => {
    for (const { code, geometry } of shapes) {
      const { centre, bounds } = departementByCode(code);
      const [west, south, east, north] = bounds;
      expect(centre[0], code).toBeGreaterThanOrEqual(west);
      expect(centre[0], code).toBeLessThanOrEqual(east);
      expect(centre[1], code).toBeGreaterThanOrEqual(south);
      expect(centre[1], code).toBeLessThanOrEqual(north);
      expect(pointInGeometry(centre, geometry), `centre de ${code}`).toBe(true);
    }
  });

  test('every territory of the content is in a département of the geo data', () => {
    const codes = new Set(shapes.map((shape) => shape.code));
    expect(fixtureTerritories.length).toBeGreaterThan(0);
    for (const territory of fixtureTerritories) {
      expect(codes.has(territory.data.departement), territory.id).toBe(true);
    }
  });

  test('territories placed by coordinates lie inside their own département', () => {
    const byCode = new Map(shapes.map((shape) => [shape.code, shape.geometry]));
    for (const { id, data } of fixtureTerritories) {
      if (!data.coordinates) continue;
      const position: [number, number] = [data.coordinates.longitude, data.coordinates.latitude];
      expect(pointInGeometry(position, byCode.get(data.departement)!), id).toBe(true);
    }
  });
});
