// The départements' TopoJSON read as shapes and lines, shared by the static SVG maps (build time)
// and the interactive map (browser): the same région borders and outline on both.
import { feature, mesh, meshArcs } from 'topojson-client';
import type { GeometryCollection, MultiLineString, Topology } from 'topojson-specification';
import type { AreaGeometry, Position } from '../lib/geo.ts';

export type DepartementTopology = Topology<{ departements: GeometryCollection }>;

/**
 * What the interactive map draws: the départements, with their région borders and the outline of
 * France already picked out as arcs at build time (the browser only reads them).
 */
export type MapTopology = Topology<{
  departements: GeometryCollection;
  regionBorders: MultiLineString;
  outline: MultiLineString;
}>;

type Shape = { id?: string | number };

/** Arcs between départements of different régions (drawn a little stronger). */
const betweenRegions =
  (regionOf: (code: string) => string) =>
  (a: Shape, b: Shape): boolean =>
    a !== b && regionOf(String(a.id)) !== regionOf(String(b.id));

/** Arcs that belong to one département only: the coast and the land borders. */
const onTheEdge = (a: Shape, b: Shape): boolean => a === b;

/** The 96 département shapes, as GeoJSON geometries keyed by INSEE code. */
export function departementShapes(topology: DepartementTopology): DepartementShape[] {
  const collection = feature(topology, topology.objects.departements);
  return collection.features.map((shape) => ({
    code: String(shape.id),
    geometry: shape.geometry as AreaGeometry,
  }));
}

export type DepartementShape = { code: string; geometry: AreaGeometry };

/** Lines between départements of different régions. */
export function regionBorders(
  topology: DepartementTopology,
  regionOf: (code: string) => string,
): Position[][] {
  return mesh(topology, topology.objects.departements, betweenRegions(regionOf))
    .coordinates as Position[][];
}

/** The outline of France (coast and land borders). */
export function outline(topology: DepartementTopology): Position[][] {
  return mesh(topology, topology.objects.departements, onTheEdge).coordinates as Position[][];
}

/** The interactive map's topology: the départements plus their borders, chosen once here. */
export function mapTopology(
  topology: DepartementTopology,
  regionOf: (code: string) => string,
): MapTopology {
  const { departements } = topology.objects;
  return {
    ...topology,
    objects: {
      departements,
      regionBorders: meshArcs(topology, departements, betweenRegions(regionOf)),
      outline: meshArcs(topology, departements, onTheEdge),
    },
  };
}

/** The lines of a map topology's région borders or outline. */
export function mapLines(topology: MapTopology, name: 'regionBorders' | 'outline'): Position[][] {
  return (feature(topology, topology.objects[name]).geometry as GeoJSON.MultiLineString)
    .coordinates as Position[][];
}

/** The same shapes as a GeoJSON feature collection, each feature's id its INSEE code (Leaflet). */
export function departementFeatures(topology: DepartementTopology): GeoJSON.FeatureCollection {
  return feature(topology, topology.objects.departements);
}
