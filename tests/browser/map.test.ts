// The map of the territories in a real browser (Chromium), against the built site served with
// the production headers: markers, popups, keyboard, the porteur filter and its URL, privacy,
// touch behaviour and the page without JavaScript.
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openTrackedPage, useBrowserAndSite, type TrackedPage } from './harness.ts';
import { builtContentDir } from '../helpers/built-site.ts';
import { territoriesAndPorteurs } from '../map/content-fixture.ts';
import { departementByCode } from '../../src/content/departements.ts';
import { departementLabel } from '../../src/content/departement-label.ts';
import { filterStatus } from '../../src/map/map-data.ts';

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

/** Opens the interactive map with its button (unless told not to) and waits for its markers. */
async function mapReady(page: Page, { click = true } = {}) {
  if (click) await openButton(page).click();
  await page.locator('.leaflet-container .tm-marker').first().waitFor();
}

const openButton = (page: Page) =>
  page.getByRole('button', { name: 'Ouvrir la carte interactive' });
/** Requests for what only the interactive map needs: its data and Leaflet's script or styles. */
const interactiveMapRequest = (url: string) =>
  /carte\.json|territory-map-element|leaflet/i.test(new URL(url).pathname);

const markers = (page: Page) => page.locator('.leaflet-marker-pane .tm-marker');
const visibleListItems = (page: Page) => page.locator('[data-list-territory]:visible');
// Expectations come from the content the site was built from: editors may add or remove entries.
const { territories, porteurs } = territoriesAndPorteurs(builtContentDir());
const territoriesOf = (porteur: string) =>
  territories
    .filter((t) => t.data.porteur === porteur)
    .map((t) => t.id)
    .sort();
/** Porteurs that have territories, the one with the most first. */
const porteursWithTerritories = porteurs
  .map((p) => p.id)
  .filter((id) => territoriesOf(id).length > 0)
  .sort((a, b) => territoriesOf(b).length - territoriesOf(a).length);
/** The département with the most territories (two share one in the content of 2026). */
const busiestDepartement = [...Map.groupBy(territories, (t) => t.data.departement)].sort(
  (a, b) => b[1].length - a[1].length,
)[0]!;

describe('/territoires/ with JavaScript', () => {
  test('on load, the static map and its button: Leaflet and the map data wait until asked for', async () => {
    const { page, errors } = await open('/territoires/');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-france-map]').isVisible()).toBe(true);
    expect(await openButton(page).isVisible()).toBe(true);
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    // Nothing of the interactive map came with the page (requests made before the listener
    // was set are in the Performance timeline).
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    expect([...loaded, ...requested].filter(interactiveMapRequest)).toEqual([]);

    await mapReady(page);
    expect([...requested].filter(interactiveMapRequest).length).toBeGreaterThan(0);
    // The button has gone with the static map; the focus went to the map, not to the page's top.
    expect(await openButton(page).isVisible()).toBe(false);
    expect(await page.locator('[data-france-map]').isVisible()).toBe(false);
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains('leaflet-container')),
    ).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('tm-marker'))).toBe(
      true,
    );
    expect(errors).toEqual([]);
  });

  test('when the map cannot load, the static map stays, the page says so, and the button tries again', async () => {
    const { page } = await open('/territoires/');
    await page.route('**/territoires/carte.json', (route) => route.abort('internetdisconnected'));
    await openButton(page).click();
    const status = page.locator('[data-map-status]');
    await expect.poll(() => status.textContent()).toContain('n’a pas pu se charger');
    expect(await page.locator('[data-france-map]').isVisible()).toBe(true);
    expect(await openButton(page).isVisible()).toBe(true);
    await page.unroute('**/territoires/carte.json');
    await mapReady(page);
    expect(await status.textContent()).toBe('');
  });

  test('one marker per territory, the static map hidden, no request to another host', async () => {
    const { page, externalRequests, errors } = await open('/territoires/');
    await mapReady(page);
    const ids = await markers(page).evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-territory')),
    );
    expect(ids.sort()).toEqual(territories.map((t) => t.id).sort());
    await expect.poll(() => page.locator('[data-france-map]').isVisible()).toBe(false);
    // Every marker has an accessible name and a role.
    const names = await markers(page).evaluateAll((nodes) =>
      nodes.map((node) => `${node.getAttribute('role')}:${node.textContent?.trim()}`),
    );
    expect(names.every((name) => /^button:.+, .+/.test(name))).toBe(true);
    await expect
      .poll(() => page.locator('.leaflet-control-attribution').textContent())
      .toContain('Contours : IGN Admin Express, INSEE — Licence Ouverte');
    expect(externalRequests()).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('no two markers overlap', async () => {
    const { page } = await open('/territoires/');
    await mapReady(page);
    const boxes = await markers(page).evaluateAll((nodes) =>
      nodes.map((node) => {
        const box = node.getBoundingClientRect();
        return {
          id: node.getAttribute('data-territory'),
          x: box.x + box.width / 2,
          y: box.y + box.height / 2,
          size: box.width,
        };
      }),
    );
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const gap = Math.hypot(a.x - b.x, a.y - b.y);
        expect(gap, `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(a.size * 0.9);
      }
    }
  });

  test('clicking a marker opens its popup, whose link leads to the territory page', async () => {
    const { page, externalRequests } = await open('/territoires/');
    await mapReady(page);
    // A territory with every fact the popup shows, else the first one.
    const territory = territories.find((t) => t.data.since) ?? territories[0]!;
    const porteur = porteurs.find((p) => p.id === territory.data.porteur)!;
    await page.locator(`.tm-marker[data-territory="${territory.id}"]`).click();
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    await expect.poll(() => popup.textContent()).toContain(territory.data.name);
    const text = (await popup.textContent()) ?? '';
    expect(text).toContain(porteur.data.name);
    if (territory.data.since) expect(text).toContain(`Depuis ${territory.data.since}`);
    await popup.getByRole('link', { name: 'Voir la page du territoire' }).click();
    await page.waitForURL(`**/territoires/${territory.id}/`);
    expect(await page.locator('h1').textContent()).toBe(territory.data.name);
    expect(externalRequests()).toEqual([]);
  });

  test('clicking a filled département opens a popup listing its territories', async () => {
    const { page } = await open('/territoires/');
    await mapReady(page);
    const [code, here] = busiestDepartement;
    const shape = page.locator(`.leaflet-container path[data-departement="${code}"]`);
    await shape.scrollIntoViewIfNeeded();
    // A point of the shape that no marker covers: the first one found on a grid over its box.
    const point = await shape.evaluate((path) => {
      const box = path.getBoundingClientRect();
      for (let y = box.top + 2; y < box.bottom; y += 3) {
        for (let x = box.left + 2; x < box.right; x += 3) {
          if (document.elementFromPoint(x, y) === path) return { x, y };
        }
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    expect(await popup.locator('.tm-popup__departement').textContent()).toBe(
      departementLabel(departementByCode(code).nom, code),
    );
    const names = await popup.locator('.tm-popup__name').allTextContents();
    expect(names.sort()).toEqual(here.map((t) => t.data.name).sort());
    expect(await popup.getByRole('link').count()).toBe(here.length);
  });

  test('keyboard: Tab reaches a marker, Enter opens its popup with the focus in it, Escape closes it', async () => {
    const { page } = await open('/territoires/');
    await mapReady(page);
    let reached: string | null = null;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() =>
        document.activeElement?.classList.contains('tm-marker')
          ? document.activeElement.getAttribute('data-territory')
          : null,
      );
    }
    expect(reached).not.toBeNull();
    // The focus is visible: an outline is drawn around the focused marker.
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    const name = territories.find((t) => t.id === reached)!.data.name;
    expect(await popup.locator('.tm-popup__name').textContent()).toBe(name);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toContain('tm-popup__link');
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-territory')))
      .toBe(reached);
  });

  test('after zooming in, Tab reaches only the markers in view, and each is visible', async () => {
    const { page } = await open('/territoires/');
    await mapReady(page);
    // Zoom in with the map's own control until some markers leave the view.
    const zoomIn = page.locator('.leaflet-control-zoom-in');
    /** Markers wholly inside the map's frame, and the others. */
    const split = () =>
      markers(page).evaluateAll((nodes) => {
        const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
        const inside = (node: Element) => {
          const box = node.getBoundingClientRect();
          return (
            box.left >= map.left &&
            box.right <= map.right &&
            box.top >= map.top &&
            box.bottom <= map.bottom
          );
        };
        const id = (node: Element) => node.getAttribute('data-territory')!;
        const loose = (node: Element) => {
          const box = node.getBoundingClientRect();
          return (
            box.left >= map.left - 1 &&
            box.right <= map.right + 1 &&
            box.top >= map.top - 1 &&
            box.bottom <= map.bottom + 1
          );
        };
        return {
          // Wholly in view (with a pixel to spare either way, for rounding).
          inView: nodes.filter(inside).map(id).sort(),
          nearlyInView: nodes.filter(loose).map(id).sort(),
          outside: nodes.filter((node) => !inside(node)).map(id),
          focusable: nodes
            .filter((node) => (node as HTMLElement).tabIndex >= 0)
            .map(id)
            .sort(),
        };
      });
    for (let i = 0; i < 8 && (await split()).outside.length === 0; i++) {
      await zoomIn.click();
      await page.waitForTimeout(400);
    }
    const { inView, nearlyInView, outside, focusable } = await split();
    expect(outside.length).toBeGreaterThan(0);
    // Every marker in view takes the focus, and none that is not.
    expect(inView.filter((id) => !focusable.includes(id))).toEqual([]);
    expect(focusable.filter((id) => !nearlyInView.includes(id))).toEqual([]);
    // From the map itself (just before the markers in keyboard order), Tab goes through exactly
    // the markers in view.
    await page.locator('.leaflet-container').focus();
    const reached: string[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() =>
        document.activeElement?.classList.contains('tm-marker')
          ? document.activeElement.getAttribute('data-territory')
          : null,
      );
      if (id) reached.push(id);
      else if (reached.length > 0) break;
    }
    expect(reached.sort()).toEqual(focusable);
  }, 60_000);

  test('Space opens a marker as Enter does', async () => {
    const { page } = await open('/territoires/');
    await mapReady(page);
    const marker = markers(page).first();
    await marker.focus();
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Space');
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    const id = await marker.getAttribute('data-territory');
    const name = territories.find((t) => t.id === id)!.data.name;
    expect(await popup.locator('.tm-popup__name').textContent()).toBe(name);
    // Space did not also scroll the page, its default on a page.
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  });

  test('at 375 px, an open popup never sits under a map control', async () => {
    const { page } = await open('/territoires/', { viewport: { width: 375, height: 667 } });
    await mapReady(page);
    const overlaps: string[] = [];
    const count = await markers(page).count();
    for (let i = 0; i < count; i++) {
      const marker = markers(page).nth(i);
      if ((await marker.evaluate((node) => (node as HTMLElement).tabIndex)) < 0) continue;
      await marker.focus();
      await page.keyboard.press('Enter');
      await page.locator('.leaflet-popup').waitFor();
      // Once Leaflet has finished panning to the popup (a loaded machine may take a while).
      const under = () =>
        page.evaluate(() => {
          const popup = document.querySelector('.leaflet-popup')!.getBoundingClientRect();
          return [...document.querySelectorAll('.leaflet-control')]
            .filter((control) => {
              const box = control.getBoundingClientRect();
              return (
                box.width > 0 &&
                getComputedStyle(control).visibility !== 'hidden' &&
                box.left < popup.right &&
                popup.left < box.right &&
                box.top < popup.bottom &&
                popup.top < box.bottom
              );
            })
            .map((control) => control.textContent?.trim() || control.className);
        });
      let hit = await under();
      for (let wait = 0; wait < 20 && hit.length > 0; wait++) {
        await page.waitForTimeout(250);
        hit = await under();
      }
      if (hit.length > 0)
        overlaps.push(`${await marker.getAttribute('data-territory')} : ${hit.join(', ')}`);
      await page.keyboard.press('Escape');
      await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
    }
    expect(overlaps).toEqual([]);
  }, 120_000);

  test('the porteur filter hides the other territories on the map and in the list, and updates the URL', async () => {
    const { page } = await open('/territoires/');
    const status = page.locator('porteur-filter [data-status]');
    // The page's own status line is the script's: the script leaves it as it is on load.
    expect(await status.textContent()).toBe(
      filterStatus(territories.length, territories.length, []),
    );
    const [first, second] = porteursWithTerritories;
    const selected = territoriesOf(first!);
    const button = page.locator(`porteur-filter button[data-porteur="${first}"]`);
    // A selection shows on the interactive map only: pressing a porteur opens it.
    await button.click();
    await mapReady(page, { click: false });
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).search).toBe(`?porteur=${first}`);
    await expect.poll(() => markers(page).count()).toBe(selected.length);
    const shownIds = await markers(page).evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-territory')),
    );
    expect(shownIds.sort()).toEqual(selected);
    const listed = await visibleListItems(page).evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-list-territory')),
    );
    expect(listed.sort()).toEqual(selected);
    await expect
      .poll(() => status.textContent())
      .toBe(
        filterStatus(selected.length, territories.length, [
          (await button.getAttribute('data-name'))!,
        ]),
      );

    // A second porteur adds its territories; "Tout afficher" brings everything back.
    if (second) {
      await page.locator(`porteur-filter button[data-porteur="${second}"]`).click();
      // The URL lists the selection in the filter's order (the porteurs' order on the site).
      const order = porteurs.map((p) => p.id).filter((id) => id === first || id === second);
      expect(new URL(page.url()).search).toBe(`?porteur=${order.join(',')}`);
      await expect
        .poll(() => markers(page).count())
        .toBe(selected.length + territoriesOf(second).length);
    }
    await page.getByRole('button', { name: 'Tout afficher' }).click();
    expect(new URL(page.url()).search).toBe('');
    await expect.poll(() => markers(page).count()).toBe(territories.length);
    expect(await visibleListItems(page).count()).toBe(territories.length);
  });

  test('a shared filtered address shows the same selection on load', async () => {
    const porteur = porteursWithTerritories.at(-1)!;
    const { page } = await open(`/territoires/?porteur=${porteur}`);
    await mapReady(page, { click: false });
    const shown = territoriesOf(porteur);
    await expect.poll(() => markers(page).count()).toBe(shown.length);
    expect(await visibleListItems(page).count()).toBe(shown.length);
    expect(
      await page
        .locator(`porteur-filter button[data-porteur="${porteur}"]`)
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });

  test('on a touch screen, one finger scrolls the page: the map does not capture it', async () => {
    const { page } = await open('/territoires/', {
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await mapReady(page);
    const container = page.locator('.leaflet-container');
    expect(await container.evaluate((node) => node.classList.contains('leaflet-touch-drag'))).toBe(
      false,
    );
    const touchAction = await container.evaluate((node) => getComputedStyle(node).touchAction);
    expect(touchAction).not.toBe('none');
    expect(touchAction).toContain('pan-y');
    expect(await page.locator('[data-hint-touch]').isVisible()).toBe(true);
  });
});

describe('/territoires/ without JavaScript', () => {
  test('shows the static SVG map with a point per territory, the legend and the full list', async () => {
    const { page, externalRequests } = await open('/territoires/', { javaScriptEnabled: false });
    const svg = page.locator('svg[data-france-map]');
    expect(await svg.isVisible()).toBe(true);
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(await svg.locator('.france-map__marker').count()).toBe(territories.length);
    expect(await svg.locator('.france-map__filled').count()).toBe(
      new Set(territories.map((t) => t.data.departement)).size,
    );
    expect(await page.locator('.leaflet-container').count()).toBe(0);
    expect(await page.locator('porteur-filter').isVisible()).toBe(false);
    expect(await openButton(page).isVisible()).toBe(false);
    expect(await visibleListItems(page).count()).toBe(territories.length);
    expect(await page.locator('.map-legend li').count()).toBeGreaterThan(0);
    expect(externalRequests()).toEqual([]);
  });
});
