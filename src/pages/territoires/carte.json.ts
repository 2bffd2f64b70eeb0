// The interactive map's data (territories, porteurs, filled départements, régions, tiles), read by
// <territory-map> once its script runs: the page itself stays light enough to paint at once.
import type { APIRoute } from 'astro';
import { interactiveMapConfig } from '../../map/map-content';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await interactiveMapConfig()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
