// Derives the site's geo data from the open boundaries kept in data/geo-source/
// (IGN Admin Express / INSEE, Licence Ouverte — see data/geo-source/SOURCE.md):
// - src/data/departements.json: code, name, région, centre and bounds of each département;
// - src/data/departements.topo.json: simplified, quantised TopoJSON for the maps.
// Run with `npm run geo` after replacing the source files; the outputs are committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import {
  geometryBounds,
  geometryCentre,
  pointInGeometry,
  polygonsOf,
  type AreaGeometry,
} from '../src/lib/geo.ts';

type Feature = { properties: { code: string; nom: string }; geometry: AreaGeometry };
type FeatureCollection = { type: 'FeatureCollection'; features: Feature[] };

const read = (name: string): FeatureCollection =>
  JSON.parse(readFileSync(new URL(`../data/geo-source/${name}`, import.meta.url), 'utf8'));

const departements = read('departements-metropole.geojson');
const regions = read('regions-metropole.geojson');

const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** The région holding most of the département's vertices (shared borders are ambiguous). */
function regionOf(feature: Feature): Feature {
  const vertices = polygonsOf(feature.geometry).flatMap((polygon) => polygon[0]!);
  let best: Feature | undefined;
  let bestCount = 0;
  for (const region of regions.features) {
    const count = vertices.filter((v) => pointInGeometry(v, region.geometry)).length;
    if (count > bestCount) {
      best = region;
      bestCount = count;
    }
  }
  if (!best) throw new Error(`Aucune région ne contient le département ${feature.properties.code}`);
  return best;
}

const table = departements.features
  .map((feature) => {
    const region = regionOf(feature);
    return {
      code: feature.properties.code,
      nom: feature.properties.nom,
      regionCode: region.properties.code,
      regionNom: region.properties.nom,
      centre: geometryCentre(feature.geometry).map(round),
      bounds: geometryBounds(feature.geometry).map(round),
    };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

writeFileSync(
  new URL('../src/data/departements.json', import.meta.url),
  JSON.stringify(table, null, 1) + '\n',
);

// Keep only the code on each shape: names come from departements.json.
const slim = {
  type: 'FeatureCollection',
  features: departements.features.map((f) => ({
    type: 'Feature',
    id: f.properties.code,
    properties: {},
    geometry: f.geometry,
  })),
};
const topo = presimplify(topology({ departements: slim } as never) as never);
// Keep the 8 % most significant points: borders stay recognisable at the zoom levels used.
// Quantised on a 10⁴ grid (about 100 m across France) with delta-encoded arcs.
const simplified = quantize(simplify(topo, quantile(topo, 0.92)), 1e4);
writeFileSync(
  new URL('../src/data/departements.topo.json', import.meta.url),
  JSON.stringify(simplified),
);

console.log(
  `${table.length} départements, ${new Set(table.map((d) => d.regionCode)).size} régions ; ` +
    `TopoJSON ${Math.round(JSON.stringify(simplified).length / 1024)} Ko`,
);
