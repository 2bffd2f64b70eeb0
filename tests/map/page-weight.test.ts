// Build output: the weight of /territoires/ (HTML, CSS, JS and data, gzip) and where Leaflet
// loads. The figures are printed so that the note in the issue can quote them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { builtContent, builtDistDir } from '../helpers/built-site.ts';

const dist = builtDistDir();
const territories = builtContent().of('territories');

type Asset = { path: string; kind: 'html' | 'css' | 'js' | 'data'; bytes: number; gzip: number };

/** The page and every CSS and JS file it loads, following the imports between JS chunks. */
function pageAssets(page: string): Asset[] {
  const html = readFileSync(join(dist, page));
  const assets: Asset[] = [
    { path: page, kind: 'html', bytes: html.length, gzip: gzipSync(html).length },
  ];
  const queue = [...html.toString().matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:js|css))"/g)].map(
    (match) => match[1]!,
  );
  // Data a page's script fetches (the interactive map's data-config).
  for (const [, url] of html.toString().matchAll(/data-config="(\/[^"]+\.json)"/g)) {
    const body = readFileSync(join(dist, url!));
    assets.push({ path: url!, kind: 'data', bytes: body.length, gzip: gzipSync(body).length });
  }
  const seen = new Set<string>();
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const file = join(dist, url);
    expect(existsSync(file), `${page} charge ${url}, introuvable`).toBe(true);
    const body = readFileSync(file);
    const kind: Asset['kind'] = url.endsWith('.css') ? 'css' : 'js';
    assets.push({ path: url, kind, bytes: body.length, gzip: gzipSync(body).length });
    if (kind === 'js') {
      for (const match of body
        .toString()
        .matchAll(/["'`](?:\.\/|\/_astro\/)([\w.\-]+\.(?:js|css))["'`]/g)) {
        queue.push(`/_astro/${match[1]}`);
      }
    }
  }
  return assets;
}

const isLeaflet = (asset: Asset) =>
  (asset.kind === 'css' || asset.kind === 'js') &&
  readFileSync(join(dist, asset.path), 'utf8').includes('leaflet-container');

describe('/territoires/ page weight', () => {
  const assets = pageAssets('territoires/index.html');

  test('HTML, CSS, JS and the geo data weigh less than 150 KB compressed', () => {
    const sum = (kind?: Asset['kind']) =>
      assets.filter((a) => !kind || a.kind === kind).reduce((total, a) => total + a.gzip, 0);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;
    console.log(
      `/territoires/ (gzip) : HTML ${kb(sum('html'))}, CSS ${kb(sum('css'))}, ` +
        `JS ${kb(sum('js'))}, données ${kb(sum('data'))}, total ${kb(sum())}`,
    );
    expect(sum()).toBeLessThan(150 * 1024);
  });

  test('no tile server unless the settings switch one on', () => {
    const settings = builtContent().settings;
    const config = JSON.parse(readFileSync(join(dist, 'territoires/carte.json'), 'utf8'));
    if (settings.mapTiles?.enabled) expect(config.tiles.urlTemplate).toMatch(/^https:/);
    else expect(config.tiles).toBeNull();
  });

  test('Leaflet is bundled with the page (no CDN)', () => {
    expect(assets.some(isLeaflet)).toBe(true);
    const html = readFileSync(join(dist, 'territoires/index.html'), 'utf8');
    expect(html).not.toMatch(/unpkg|jsdelivr|cdnjs|tile\.openstreetmap/);
  });
});

describe('pages with a static map only', () => {
  const pages = [
    'index.html',
    ...territories.map((territory) => `territoires/${territory.id}/index.html`),
  ];

  test.each(pages)('%s loads neither Leaflet nor any JavaScript of the map', (page) => {
    const assets = pageAssets(page);
    expect(assets.filter(isLeaflet).map((a) => a.path)).toEqual([]);
    const html = readFileSync(join(dist, page), 'utf8');
    expect(html).toContain('data-france-map');
    expect(html).not.toContain('<territory-map');
  });

  test('one page per territory, with its département highlighted on its map', () => {
    for (const { id, data } of territories) {
      const html = readFileSync(join(dist, 'territoires', id, 'index.html'), 'utf8');
      expect(html, id).toMatch(
        new RegExp(`class="france-map__filled[^"]*"[^>]*data-departement="${data.departement}"`),
      );
      expect(html.match(/class="france-map__filled/g), id).toHaveLength(1);
      expect(html, id).toContain(`href="/porteurs/${data.porteur}/"`);
      expect(html, id).toContain('href="/besoin-de-soutien/"');
    }
  });
});
