// /territoires/ as it opens, in a real browser (Chromium), against the built site served with
// the production headers: the static map at once, the interactive map on request (its button, a
// porteur filter, a shared filtered address), a failed load, and the page without JavaScript.
import { describe, expect, test } from 'vitest';
import { filterStatus } from '../../src/map/map-data.ts';
import {
  interactiveMapRequest,
  mapReady,
  markers,
  openButton,
  porteurs,
  porteursWithTerritories,
  territories,
  territoriesOf,
  useMapPages,
  visibleListItems,
} from './map-page.ts';

const { open } = useMapPages();

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
});

describe('/territoires/ on a wide screen, where the map sticks beside the list', () => {
  test('the map, static or interactive, never slides under the sticky quick-exit bar', async () => {
    const { page } = await open('/territoires/', { viewport: { width: 1280, height: 900 } });
    const bar = page.locator('.quick-exit');
    const gapUnderBar = async (selector: string) => {
      // Scrolled just past the map column's own place: it sticks to the top of the window.
      await page.evaluate(() => {
        window.scrollTo(0, 0);
        const column = document.querySelector('.territories__map')!;
        window.scrollTo(0, column.getBoundingClientRect().top + 40);
      });
      const barBox = (await bar.boundingBox())!;
      const mapBox = (await page.locator(selector).boundingBox())!;
      expect(barBox.y).toBe(0);
      return mapBox.y - (barBox.y + barBox.height);
    };
    expect(await gapUnderBar('[data-france-map]')).toBeGreaterThanOrEqual(0);
    await mapReady(page);
    expect(await gapUnderBar('.leaflet-control-zoom')).toBeGreaterThanOrEqual(0);
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
