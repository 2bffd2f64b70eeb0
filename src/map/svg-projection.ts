// Projects longitude/latitude onto an SVG canvas and turns polygons into compact path data.
// Web Mercator is used so that the static SVG map looks like the interactive Leaflet map.
import type { AreaGeometry, Bounds, Position } from '../lib/geo.ts';
import { polygonsOf } from '../lib/geo.ts';

export type Point = [x: number, y: number];

export type Projection = {
  /** Canvas width and height, in SVG user units. */
  width: number;
  height: number;
  project: (position: Position) => Point;
};

const toRadians = Math.PI / 180;

/** Web Mercator ordinate of a latitude, in degree-like units (same scale as longitude). */
export function mercatorY(latitude: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (latitude * toRadians) / 2)) / toRadians;
}

/**
 * A Mercator projection that fits `bounds` into a canvas `width` units wide, with `margin` units
 * on every side; the height follows from the shape of the bounds.
 */
export function fitProjection(bounds: Bounds, width: number, margin = 0): Projection {
  const [west, south, east, north] = bounds;
  const top = mercatorY(north);
  const spanX = east - west;
  const spanY = top - mercatorY(south);
  if (spanX <= 0 || spanY <= 0) throw new Error('Emprise vide : impossible de projeter.');
  const scale = (width - 2 * margin) / spanX;
  const height = spanY * scale + 2 * margin;
  return {
    width,
    height,
    project: ([longitude, latitude]) => [
      margin + (longitude - west) * scale,
      margin + (top - mercatorY(latitude)) * scale,
    ],
  };
}

/** Rounds to `decimals` places and drops a trailing ".0" so that the path text stays short. */
export function formatNumber(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * Compact path data for one line or ring: an absolute move, then relative steps between points
 * rounded to `decimals` places. Steps that round to nothing are dropped (invisible at this scale).
 * Returns '' when fewer than `minPoints` distinct points remain.
 */
export function encodeLine(
  line: Position[],
  projection: Projection,
  decimals: number,
  closed: boolean,
): string {
  const factor = 10 ** decimals;
  // Work on the rounded grid so that relative steps add up exactly to the rounded positions.
  const grid = line.map((position) =>
    projection.project(position).map((v) => Math.round(v * factor)),
  );
  if (closed && grid.length > 1) {
    const [first, last] = [grid[0]!, grid[grid.length - 1]!];
    // GeoJSON rings repeat their first point at the end; "z" closes the subpath instead.
    if (first[0] === last[0] && first[1] === last[1]) grid.pop();
  }
  const format = (value: number) => formatNumber(value / factor, decimals);
  let previous: number[] | undefined;
  let count = 0;
  let path = '';
  for (const point of grid) {
    if (!previous) {
      path = `M${format(point[0]!)} ${format(point[1]!)}`;
    } else {
      const dx = point[0]! - previous[0]!;
      const dy = point[1]! - previous[1]!;
      if (dx === 0 && dy === 0) continue;
      path += `l${format(dx)} ${format(dy)}`;
    }
    previous = point;
    count += 1;
  }
  if (count < (closed ? 3 : 2)) return '';
  return closed ? `${path}z` : path;
}

/** SVG path data for a polygon or multipolygon: one closed subpath per ring. */
export function geometryPath(geometry: AreaGeometry, projection: Projection, decimals = 0): string {
  return polygonsOf(geometry)
    .flat()
    .map((ring) => encodeLine(ring, projection, decimals, true))
    .join('');
}

/** SVG path data for a set of lines (for instance the borders between régions). */
export function linesPath(lines: Position[][], projection: Projection, decimals = 0): string {
  return lines.map((line) => encodeLine(line, projection, decimals, false)).join('');
}
