// Loads the content the maps need, once per build: shared by /territoires/, the territory
// pages and the home page preview.
import { getPorteurs, getSettings, getTerritories } from '../content/queries';
import { departementByCode, departements } from '../content/departements';
import { buildMapData, type MapData } from './map-data';
import { mergeBounds, padBounds } from '../lib/geo';
import { buildSvgMap, type DepartementTopology, type SvgMap } from './svg-map';
import { mapTopology } from './topology';
import topology from '../data/departements.topo.json';

let cached: Promise<MapData> | undefined;

export function loadMapData(): Promise<MapData> {
  cached ??= (async () => {
    const [territories, porteurs] = await Promise.all([getTerritories(), getPorteurs()]);
    return buildMapData({
      territories: territories.map(({ id, data, departement }) => ({ id, data, departement })),
      porteurs: porteurs.map(({ id, data }) => ({ id, data })),
    });
  })();
  return cached;
}

/** The optional tile layer, only when the settings switch it on. */
export async function loadTileLayer(): Promise<
  { urlTemplate: string; attribution: string } | undefined
> {
  const { mapTiles } = await getSettings();
  if (!mapTiles.enabled || !mapTiles.urlTemplate || !mapTiles.attribution) return undefined;
  return { urlTemplate: mapTiles.urlTemplate, attribution: mapTiles.attribution };
}

/** The address of what the interactive map's script reads (src/pages/territoires/carte.json.ts). */
export const interactiveMapConfigPath = '/territoires/carte.json';

/**
 * What the interactive map's script reads: the map data, the shapes and borders to draw, and the
 * optional tile layer. Served as a file of its own rather than inside the page or the script, so
 * that /territoires/ paints from its first response and the browser only parses JSON.
 */
export async function interactiveMapConfig() {
  return {
    ...(await loadMapData()),
    topology: mapTopology(
      topology as unknown as DepartementTopology,
      (code) => departementByCode(code).regionCode,
    ),
    tiles: (await loadTileLayer()) ?? null,
  };
}

/** What the interactive map reads, as its script receives it. */
export type InteractiveMapConfig = Awaited<ReturnType<typeof interactiveMapConfig>>;

export const svgSizes = {
  // 10 px² at 600 px wide: coast and borders still read as France, and the page that carries this
  // map (/territoires/) fits its first response (14 KB brotli, tests/build/first-response.test.ts).
  full: { width: 600, markerRadius: 8, simplifyArea: 10 },
  // The home page's and the territory pages' small maps: 12 px² at 320 px. At 4 px² the map of a
  // dense région (Île-de-France, Nouvelle-Aquitaine) weighed 5 KB brotli and a territory page with
  // photo, testimonials and news went over 14 KB (content variant `beaucoup`); at 12 it is 3.5 KB.
  small: { width: 320, markerRadius: 6, simplifyArea: 12 },
} as const;

/** A static map; with `focus`, only that territory's département is filled and its point shown. */
export async function loadSvgMap(
  size: keyof typeof svgSizes,
  focus?: { departement: string; territory: string },
): Promise<SvgMap> {
  return buildSvgMap({
    topology: topology as unknown as DepartementTopology,
    data: await loadMapData(),
    departementInfo: departementByCode,
    ...svgSizes[size],
    ...(focus
      ? {
          highlight: focus.departement,
          territory: focus.territory,
          bounds: regionFrame(focus.departement),
        }
      : {}),
  });
}

/** The région of a département with some of its surroundings: the frame of a territory's map. */
function regionFrame(code: string) {
  const { regionCode } = departementByCode(code);
  return padBounds(
    mergeBounds(departements.filter((d) => d.regionCode === regionCode).map((d) => d.bounds)),
    0.12,
  );
}
