// Builds the static SVG maps (the no-JavaScript map of /territoires/, the home page preview and
// the territory pages) from the project's TopoJSON and the derived map data, at build time.
import { presimplify, simplify } from 'topojson-simplify';
import { boundsOfPositions, geometryBounds, type Bounds, type Position } from '../lib/geo.ts';
import { FRANCE_BOUNDS, spreadOverlapping, type MapData } from './map-data.ts';
import { fitProjection, geometryPath, linesPath } from './svg-projection.ts';
import { departementShapes, outline, regionBorders, type DepartementTopology } from './topology.ts';

export type { DepartementTopology } from './topology.ts';

export type SvgDepartement = {
  code: string;
  name: string;
  d: string;
  /** Porteur colour class when the département hosts a territory (or is the highlighted one). */
  fill?: string;
  /** On a territory's map: the other départements of its région, shaded lightly. */
  sameRegion?: boolean;
};

export type SvgMarker = {
  id: string;
  name: string;
  porteur: string;
  colourClass: string;
  x: number;
  y: number;
};

export type SvgMap = {
  width: number;
  height: number;
  departements: SvgDepartement[];
  regionBorders: string;
  outline: string;
  markers: SvgMarker[];
};

export type SvgMapOptions = {
  topology: DepartementTopology;
  data: MapData;
  /** Name and région code of each département. */
  departementInfo: (code: string) => { nom: string; regionCode: string };
  /** Canvas width in SVG units: smaller canvases get coarser (smaller) paths. */
  width: number;
  /** Decimals kept in path coordinates (0: whole SVG units). */
  decimals?: number;
  /** Points whose triangle with their neighbours is smaller than this many square units go. */
  simplifyArea?: number;
  /** Marker radius in SVG units (markers closer than twice this are spread apart). */
  markerRadius: number;
  /** Only fill this département and show only the markers of its territories. */
  highlight?: string;
  /** With `highlight`: show only this territory's marker. */
  territory?: string;
  /** Frame of the map (whole of France by default); a given frame crops the map. */
  bounds?: Bounds;
};

/** Everything the SVG template needs, computed once at build time. */
export function buildSvgMap(options: SvgMapOptions): SvgMap {
  const { data, width, markerRadius, highlight } = options;
  const decimals = options.decimals ?? 0;
  const [west, south, east, north] = options.topology.bbox ?? FRANCE_BOUNDS;
  const frame: Bounds = options.bounds ?? [west, south, east, north];
  // The whole of France keeps a margin for the markers on its edges; a zoomed map is cropped.
  const projection = fitProjection(frame, width, options.bounds ? 0 : markerRadius + 2);
  const inFrame = (line: Position[]) =>
    !options.bounds || intersects(boundsOfPositions(line), frame);
  const topology = simplifyFor(options.topology, width, options.simplifyArea ?? 1, frame);
  const fills = new Map(data.departements.map((d) => [d.code, d.colourClass]));
  // A territory page colours its département with its own porteur's colour.
  const focus = options.territory
    ? data.entries.find((entry) => entry.id === options.territory)
    : undefined;
  const departements = departementShapes(topology)
    // A zoomed map leaves out the départements entirely outside its frame.
    .filter(({ geometry }) => !options.bounds || intersects(geometryBounds(geometry), frame))
    .map(({ code, geometry }): SvgDepartement => {
      const fill = !highlight
        ? fills.get(code)
        : code === highlight
          ? (focus?.colourClass ?? fills.get(code))
          : undefined;
      const sameRegion =
        highlight !== undefined &&
        code !== highlight &&
        options.departementInfo(code).regionCode === options.departementInfo(highlight).regionCode;
      return {
        code,
        name: options.departementInfo(code).nom,
        ...(sameRegion ? { sameRegion } : {}),
        d: geometryPath(geometry, projection, decimals),
        ...(fill ? { fill } : {}),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  const entries = data.entries.filter((entry) =>
    options.territory
      ? entry.id === options.territory
      : !highlight || entry.departement === highlight,
  );
  const points = entries.map((entry) => projection.project(entry.position));
  const offsets = spreadOverlapping(points, markerRadius * 2 + 1);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    width,
    height: Math.round(projection.height),
    departements,
    regionBorders: linesPath(
      regionBorders(topology, (code) => options.departementInfo(code).regionCode).filter(inFrame),
      projection,
      decimals,
    ),
    outline: linesPath(outline(topology).filter(inFrame), projection, decimals),
    markers: entries.map((entry, i) => ({
      id: entry.id,
      name: entry.name,
      porteur: entry.porteur,
      colourClass: entry.colourClass,
      x: round(points[i]![0] + offsets[i]![0]),
      y: round(points[i]![1] + offsets[i]![1]),
    })),
  };
}

/**
 * Drops the points that would not show on a canvas `width` units wide: a point goes when the
 * triangle it forms with its neighbours covers less than `area` square units. Shared borders are
 * simplified once, so neighbouring départements still meet exactly.
 */
export function simplifyFor(
  topology: DepartementTopology,
  width: number,
  area: number,
  frame: Bounds,
): DepartementTopology {
  const [west, , east] = frame;
  const unitsPerDegree = width / (east - west);
  const weighted = presimplify(topology as never);
  return simplify(weighted, area / unitsPerDegree ** 2) as unknown as DepartementTopology;
}

function intersects(a: Bounds, b: Bounds): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
