// The départements' TopoJSON read as shapes and lines, shared by the static SVG maps (build time)
// and the interactive map (browser): the same région borders and outline on both.
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { AreaGeometry, Position } from '../lib/geo.ts';

export type DepartementTopology = Topology<{ departements: GeometryCollection }>;

export type DepartementShape = { code: string; geometry: AreaGeometry };

/** The 96 département shapes, as GeoJSON geometries keyed by INSEE code. */
export function departementShapes(topology: DepartementTopology): DepartementShape[] {
  const collection = feature(topology, topology.objects.departements);
  return collection.features.map((shape) => ({
    code: String(shape.id),
    geometry: shape.geometry as AreaGeometry,
  }));
}

/** Lines between départements of different régions (drawn a little stronger). */
export function regionBorders(
  topology: DepartementTopology,
  regionOf: (code: string) => string,
): Position[][] {
  return mesh(
    topology,
    topology.objects.departements,
    (a, b) => a !== b && regionOf(String(a.id)) !== regionOf(String(b.id)),
  ).coordinates as Position[][];
}

/** The outline of France: arcs that belong to one département only (coast and land borders). */
export function outline(topology: DepartementTopology): Position[][] {
  return mesh(topology, topology.objects.departements, (a, b) => a === b)
    .coordinates as Position[][];
}

/** The same shapes as a GeoJSON feature collection, each feature's id its INSEE code (Leaflet). */
export function departementFeatures(topology: DepartementTopology): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: departementShapes(topology).map(({ code, geometry }) => ({
      type: 'Feature',
      id: code,
      geometry,
      properties: {},
    })),
  };
}
