// Projection and path generation of the static SVG maps (src/map/svg-projection.ts, svg-map.ts).
import { describe, expect, test } from 'vitest';
import topologyData from '../../src/data/departements.topo.json' with { type: 'json' };
import {
  encodeLine,
  fitProjection,
  geometryPath,
  mercatorY,
} from '../../src/map/svg-projection.ts';
import { buildSvgMap, type DepartementTopology } from '../../src/map/svg-map.ts';
import { buildMapData } from '../../src/map/map-data.ts';
import { departementByCode } from '../../src/content/departements.ts';
import { fixturePorteurs, fixtureTerritories } from './content-fixture.ts';

const topology = topologyData as unknown as DepartementTopology;
const data = buildMapData({ territories: fixtureTerritories, porteurs: fixturePorteurs });

describe('projection', () => {
  test('Mercator: the equator is 0 and the ordinate grows faster than the latitude', () => {
    expect(mercatorY(0)).toBeCloseTo(0, 10);
    expect(mercatorY(45)).toBeGreaterThan(45);
    expect(mercatorY(-45)).toBeCloseTo(-mercatorY(45), 10);
  });

  test('the bounds fill the canvas width, north at the top, within the margins', () => {
    const projection = fitProjection([0, 40, 10, 50], 200, 10);
    expect(projection.project([0, 50])).toEqual([10, 10]);
    const [x, y] = projection.project([10, 40]);
    expect(x).toBeCloseTo(190, 10);
    expect(y).toBeCloseTo(projection.height - 10, 10);
    // Mercator stretches northward: the map is taller than an equirectangular one would be.
    expect(projection.height).toBeGreaterThan(200);
  });

  test('empty bounds are refused', () => {
    expect(() => fitProjection([1, 1, 1, 2], 100)).toThrow();
  });
});

describe('path data', () => {
  const identity = {
    width: 100,
    height: 100,
    project: ([x, y]: [number, number]) => [x, y] as [number, number],
  };

  test('a ring becomes an absolute move, relative steps and a close', () => {
    const ring: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 0],
    ];
    expect(encodeLine(ring, identity, 0, true)).toBe('M0 0l10 0l0 10z');
  });

  test('steps that round to nothing are dropped, and tiny rings vanish', () => {
    expect(
      encodeLine(
        [
          [0, 0],
          [0.2, 0.1],
          [10, 0],
          [10, 10],
        ],
        identity,
        0,
        false,
      ),
    ).toBe('M0 0l10 0l0 10');
    expect(
      geometryPath(
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [0.1, 0],
              [0.1, 0.1],
              [0, 0],
            ],
          ],
        },
        identity,
      ),
    ).toBe('');
  });

  test('rounded steps add up exactly: no drift along a long border', () => {
    const line: [number, number][] = Array.from({ length: 100 }, (_, i) => [i * 1.3, i * 0.7]);
    const path = encodeLine(line, identity, 0, false);
    const steps = [...path.matchAll(/l(-?\d+) (-?\d+)/g)].map(([, dx, dy]): [number, number] => [
      Number(dx),
      Number(dy),
    ]);
    const end = steps.reduce(([x, y], [dx, dy]) => [x + dx, y + dy], [0, 0]);
    expect(end).toEqual([Math.round(99 * 1.3), Math.round(99 * 0.7)]);
  });
});

describe('the static maps', () => {
  /** The fixture network on the full-size map, unless `options` say otherwise. */
  const franceMap = (options: Partial<Parameters<typeof buildSvgMap>[0]> = {}) =>
    buildSvgMap({
      topology,
      data,
      departementInfo: departementByCode,
      width: 600,
      markerRadius: 8,
      ...options,
    });

  test('France: 96 départements, the filled ones in their porteur’s colour, one point per territory', () => {
    const map = franceMap();
    expect(map.departements).toHaveLength(96);
    expect(map.departements.every((d) => d.d.startsWith('M'))).toBe(true);
    const filled = map.departements.filter((d) => d.fill);
    expect(filled.map((d) => d.code).sort()).toEqual(data.departements.map((d) => d.code).sort());
    expect(map.markers.map((m) => m.id).sort()).toEqual(data.entries.map((e) => e.id).sort());
    for (const marker of map.markers) {
      expect(marker.x).toBeGreaterThan(0);
      expect(marker.x).toBeLessThan(map.width);
      expect(marker.y).toBeGreaterThan(0);
      expect(marker.y).toBeLessThan(map.height);
    }
  });

  test('no two points overlap (Paris and Seine-Saint-Denis are side by side)', () => {
    const map = franceMap();
    for (let i = 0; i < map.markers.length; i++) {
      for (let j = i + 1; j < map.markers.length; j++) {
        const [a, b] = [map.markers[i]!, map.markers[j]!];
        // 0.2 of slack for the rounding of positions to a tenth.
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(16.8);
      }
    }
  });

  test('a territory’s map fills only its département, shows only its point, and is cropped to its région', () => {
    const map = franceMap({
      width: 320,
      markerRadius: 6,
      highlight: '34',
      territory: 'beziers',
      bounds: [2.5, 42.3, 5, 44.5],
    });
    expect(map.departements.filter((d) => d.fill).map((d) => d.code)).toEqual(['34']);
    expect(map.markers.map((m) => m.id)).toEqual(['beziers']);
    expect(map.departements.length).toBeLessThan(96);
    expect(map.departements.some((d) => d.code === '29')).toBe(false);
    expect(map.departements.find((d) => d.code === '30')?.sameRegion).toBe(true);
  });
});
