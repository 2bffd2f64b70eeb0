// Content is data on the interactive map: HTML written in any text the map shows (names, porteur,
// département label, tile credit) reaches the page as text, on hover, focus and popups alike,
// whether the map is opened by its button or by a shared ?porteur= address. The map's data file
// is served altered (the validator refuses such names before any build): this tests the map
// itself, the last line of defence.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { InteractiveMapConfig } from '../../src/map/map-content.ts';
import {
  mapReady,
  mapStill,
  markers,
  porteursWithTerritories,
  shownAreas,
  uncoveredPoint,
  useMapPages,
} from './map-page.ts';

const { open } = useMapPages();

/** What a hostile editor would write: each would add an element, or leave the page, if run. */
const payloads = [
  '<meta http-equiv="refresh" content="0;url=/piege/">',
  '<img src=x onerror="window.__injected = true">',
  '<svg><script>window.__injected = true</script></svg>',
  '<a href="javascript:window.__injected=true" id="piege">lien</a>',
];
const hostile = payloads.join('');

type Alter = (config: InteractiveMapConfig) => void;
/** Every text of the map's data that the map shows: one field per line. */
const fields: [field: string, alter: Alter][] = [
  ['territory name', (c) => c.entries.forEach((e) => (e.name = hostile))],
  ['territory city', (c) => c.entries.forEach((e) => (e.city = hostile))],
  ['département label', (c) => c.entries.forEach((e) => (e.departementLabel = hostile))],
  ['porteur name', (c) => c.entries.forEach((e) => (e.porteurName = hostile))],
  ['porteur in a sentence', (c) => c.entries.forEach((e) => (e.porteurInSentence = hostile))],
  ['filled département label', (c) => c.departements.forEach((d) => (d.label = hostile))],
  [
    'tile attribution (settings)',
    (c) => (c.tiles = { urlTemplate: '/tuiles/{z}/{x}/{y}.png', attribution: hostile }),
  ],
];

/** Serves the built map data with `alter` applied. */
async function serveAltered(page: Page, alter: Alter) {
  await page.route('**/territoires/carte.json', async (route) => {
    const response = await route.fetch();
    const config = (await response.json()) as InteractiveMapConfig;
    alter(config);
    await route.fulfill({ response, json: config });
  });
  // Tiles answer nothing: only their credit matters here.
  await page.route('**/tuiles/**', (route) => route.fulfill({ status: 404 }));
}

/** Hovers, focuses and opens every marker, and hovers and opens a filled département. */
async function touchEverything(page: Page) {
  const count = await markers(page).count();
  for (let i = 0; i < count; i++) {
    const marker = markers(page).nth(i);
    await marker.hover({ force: true });
    await marker.focus();
    await marker.press('Enter');
    await page.keyboard.press('Escape');
  }
  // A popup opened near the map's edge has panned it: shapes are measured once it is still.
  await mapStill(page);
  // The filled département the map shows most of: the likeliest to have room beside its markers.
  const shapes = page.locator('.leaflet-container path[data-departement]');
  const areas = await shownAreas(shapes);
  const shape = shapes.nth(areas.indexOf(Math.max(...areas)));
  await shape.scrollIntoViewIfNeeded();
  const point = await uncoveredPoint(shape);
  expect(point).not.toBeNull();
  await page.mouse.move(point!.x, point!.y);
  await page.mouse.click(point!.x, point!.y);
  await page.locator('.leaflet-popup .tm-popup__departement').waitFor();
}

const injectedSelector = 'meta[http-equiv], img[src="x"], #piege, svg script';

/**
 * Records, from the page's first script on, every element the payloads would make if written
 * as HTML, even one gone since (a closed tooltip): a refresh or a script starts when its element
 * is inserted, so none inserted means none ran, without waiting for one to fire.
 */
function recordInjected(selector: string) {
  const seen: string[] = [];
  (window as unknown as { __inserted: string[] }).__inserted = seen;
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        for (const found of [node, ...node.querySelectorAll('*')]) {
          if (found.matches(selector)) seen.push(found.outerHTML);
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Elements or effects the payloads would have made if written as HTML. */
async function injected(page: Page) {
  return page.evaluate(() => ({
    elements: (window as unknown as { __inserted: string[] }).__inserted,
    ran: (window as unknown as { __injected?: boolean }).__injected === true,
  }));
}

const openings: [how: string, path: string, click: boolean][] = [
  ['by its button', '/territoires/', true],
  ['by a shared ?porteur= address', `/territoires/?porteur=${porteursWithTerritories[0]}`, false],
];

describe.each(openings)('interactive map opened %s', (_, path, click) => {
  test.each(fields)('HTML in the %s shows as text', async (_field, alter) => {
    const { page } = await open('/territoires/');
    await serveAltered(page, alter);
    await page.addInitScript(recordInjected, injectedSelector);
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(frame.url());
    });
    await page.goto(path);
    const start = page.url();
    navigations.length = 0;
    await mapReady(page, { click });
    await touchEverything(page);
    expect(await injected(page)).toEqual({ elements: [], ran: false });
    expect(navigations).toEqual([]);
    expect(page.url()).toBe(start);
    // And the text is there, as written: in the map's own DOM, read as text.
    const shown = await page.locator('.leaflet-container').evaluate((map) => map.textContent ?? '');
    expect(shown).toContain(payloads[0]);
  });
});
