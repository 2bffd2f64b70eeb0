// What the browser tests of /territoires/ share: one page per test on the built site, the
// interactive map opened as a visitor does, and expectations drawn from the built content.
import { afterAll } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openTrackedPage, useBrowserAndSite, type TrackedPage } from './harness.ts';
import { builtContentDir } from '../helpers/built-site.ts';
import { territoriesAndPorteurs } from '../map/content-fixture.ts';

/** A browser and the built site for this test file; `open(path)` gives a new page there. */
export function useMapPages() {
  const session = useBrowserAndSite();
  const opened: TrackedPage[] = [];

  // Registered after the session's own hook, so it runs first: contexts close before the browser.
  afterAll(async () => {
    for (const tracked of opened) await tracked.context.close();
  });

  async function open(path: string, options: Parameters<typeof openTrackedPage>[2] = {}) {
    const tracked = await openTrackedPage(session.browser, session.url, {
      viewport: { width: 1280, height: 900 },
      ...options,
    });
    opened.push(tracked);
    await tracked.page.goto(path);
    return tracked;
  }
  return { open };
}

/**
 * Opens the interactive map with its button (unless told not to) and waits until it is drawn:
 * its markers are added in short tasks, then spread apart, and its listeners set last; the map
 * is `aria-busy` until then.
 */
export async function mapReady(page: Page, { click = true } = {}) {
  if (click) await openButton(page).click();
  await page.locator('.leaflet-container:not([aria-busy]) .tm-marker').first().waitFor();
}

/**
 * Waits until the map has stopped moving: a popup opening near an edge pans it, a reset zooms it,
 * and Leaflet marks its pane while that animation runs. Leaflet then redraws (and re-clips) its
 * shapes a frame later: positions are taken as settled once they stayed put for a few frames.
 */
export async function mapStill(page: Page) {
  await page
    .locator('.leaflet-map-pane:not(.leaflet-pan-anim):not(.leaflet-zoom-anim)')
    .waitFor({ state: 'attached' });
  await page.locator('.leaflet-container').evaluate(async (map) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const where = () =>
      JSON.stringify(
        [...map.querySelectorAll('.leaflet-map-pane, path')].map((e) => e.getBoundingClientRect()),
      );
    for (let unchanged = 0, last = where(), frames = 0; unchanged < 5 && frames < 300; frames++) {
      await frame();
      const now = where();
      unchanged = now === last ? unchanged + 1 : 0;
      last = now;
    }
  });
}

export const openButton = (page: Page) =>
  page.getByRole('button', { name: 'Ouvrir la carte interactive' });
/** Requests for what only the interactive map needs: its data and Leaflet's script or styles. */
export const interactiveMapRequest = (url: string) =>
  /carte\.json|territory-map-element|leaflet/i.test(new URL(url).pathname);

export const markers = (page: Page) => page.locator('.leaflet-marker-pane .tm-marker');
export const visibleListItems = (page: Page) => page.locator('[data-list-territory]:visible');
// Expectations come from the content the site was built from: editors may add or remove entries.
export const { territories, porteurs } = territoriesAndPorteurs(builtContentDir());
export const territoriesOf = (porteur: string) =>
  territories
    .filter((t) => t.data.porteur === porteur)
    .map((t) => t.id)
    .sort();
/** Porteurs that have territories, the one with the most first. */
export const porteursWithTerritories = porteurs
  .map((p) => p.id)
  .filter((id) => territoriesOf(id).length > 0)
  .sort((a, b) => territoriesOf(b).length - territoriesOf(a).length);
/** The département with the most territories (two share one in the content of 2026). */
export const busiestDepartement = [...Map.groupBy(territories, (t) => t.data.departement)].sort(
  (a, b) => b[1].length - a[1].length,
)[0]!;

/** How much of each element the map shows, in square pixels: the part inside the map's frame. */
export const shownAreas = (elements: Locator) =>
  elements.evaluateAll((found) =>
    found.map((element) => {
      const box = element.getBoundingClientRect();
      const frame = element.closest('.leaflet-container')!.getBoundingClientRect();
      const width = Math.min(box.right, frame.right) - Math.max(box.left, frame.left);
      const height = Math.min(box.bottom, frame.bottom) - Math.max(box.top, frame.top);
      return Math.max(0, width) * Math.max(0, height);
    }),
  );

/**
 * A point of a shape that nothing covers (no marker, no control): the
 * first one found on a grid over its box, once the map is still.
 */
export async function uncoveredPoint(shape: Locator) {
  await mapStill(shape.page());
  return shape.evaluate((path) => {
    const box = path.getBoundingClientRect();
    for (let y = box.top + 2; y < box.bottom; y += 3) {
      for (let x = box.left + 2; x < box.right; x += 3) {
        if (document.elementFromPoint(x, y) === path) return { x, y };
      }
    }
    return null;
  });
}
