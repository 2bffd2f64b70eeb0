// Small planar geometry helpers over GeoJSON coordinates ([longitude, latitude]).
// At the scale of a French département a planar approximation is accurate enough for
// placing a marker and framing a map, and keeps the code free of a geo library.

export type Position = [longitude: number, latitude: number];
export type Ring = Position[];
export type PolygonCoordinates = Ring[];
export type PolygonGeometry = { type: 'Polygon'; coordinates: PolygonCoordinates };
export type MultiPolygonGeometry = { type: 'MultiPolygon'; coordinates: PolygonCoordinates[] };
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

/** [west, south, east, north] */
export type Bounds = [west: number, south: number, east: number, north: number];

/** The polygons of a geometry, whatever its type. */
export function polygonsOf(geometry: AreaGeometry): PolygonCoordinates[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Signed area of a ring (shoelace formula), in square degrees. */
export function ringSignedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    sum += xj * yi - xi * yj;
  }
  return sum / 2;
}

/** Area-weighted centroid of a ring. Falls back to the vertex mean for degenerate rings. */
export function ringCentroid(ring: Ring): Position {
  const area = ringSignedArea(ring);
  if (Math.abs(area) < 1e-12) {
    const n = ring.length || 1;
    return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    const cross = xj * yi - xi * yj;
    cx += (xi + xj) * cross;
    cy += (yi + yj) * cross;
  }
  return [cx / (6 * area), cy / (6 * area)];
}

/** Whether a point lies inside a ring (ray casting; points on the edge may go either way). */
export function pointInRing(point: Position, ring: Ring): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside a polygon: in its outer ring and in none of its holes. */
export function pointInPolygon(point: Position, polygon: PolygonCoordinates): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !pointInRing(point, outer)) return false;
  return !holes.some((hole) => pointInRing(point, hole));
}

export function pointInGeometry(point: Position, geometry: AreaGeometry): boolean {
  return polygonsOf(geometry).some((polygon) => pointInPolygon(point, polygon));
}

/**
 * A representative centre for a geometry: the centroid of its largest polygon (so that an island
 * does not pull a coastal département's marker into the sea). When that centroid falls outside
 * the shape (a crescent-shaped département), the nearest inner point along a horizontal scan is used.
 */
export function geometryCentre(geometry: AreaGeometry): Position {
  const polygons = polygonsOf(geometry);
  let largest = polygons[0]!;
  let largestArea = -1;
  for (const polygon of polygons) {
    const area = Math.abs(ringSignedArea(polygon[0]!));
    if (area > largestArea) {
      largestArea = area;
      largest = polygon;
    }
  }
  const centroid = ringCentroid(largest[0]!);
  if (pointInPolygon(centroid, largest)) return centroid;
  return innerPointOnScanline(centroid, largest);
}

/** The middle of the widest inner span of the polygon on the horizontal line through `near`. */
function innerPointOnScanline(near: Position, polygon: PolygonCoordinates): Position {
  const y = near[1];
  const crossings: number[] = [];
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y) crossings.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  }
  crossings.sort((a, b) => a - b);
  let best: Position = near;
  let bestWidth = -1;
  for (let k = 0; k + 1 < crossings.length; k += 2) {
    const width = crossings[k + 1]! - crossings[k]!;
    if (width > bestWidth) {
      bestWidth = width;
      best = [(crossings[k]! + crossings[k + 1]!) / 2, y];
    }
  }
  return best;
}

/** Bounding box of a set of positions. Throws on an empty set, which has no bounds. */
export function boundsOfPositions(positions: Iterable<Position>): Bounds {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const [x, y] of positions) {
    if (x < west) west = x;
    if (x > east) east = x;
    if (y < south) south = y;
    if (y > north) north = y;
  }
  if (west === Infinity) throw new Error('Impossible de calculer l’emprise d’un ensemble vide.');
  return [west, south, east, north];
}

export function geometryBounds(geometry: AreaGeometry): Bounds {
  return boundsOfPositions(polygonsOf(geometry).flatMap((polygon) => polygon[0]!));
}

/** The smallest bounds containing all the given bounds. */
export function mergeBounds(all: Bounds[]): Bounds {
  return boundsOfPositions(all.flatMap(([w, s, e, n]) => [[w, s] as Position, [e, n] as Position]));
}

/** Bounds grown by a fraction of their size on every side, so that markers are not on the edge. */
export function padBounds([west, south, east, north]: Bounds, fraction: number): Bounds {
  const dx = (east - west) * fraction;
  const dy = (north - south) * fraction;
  return [west - dx, south - dy, east + dx, north + dy];
}
