// The interactive map of the territories in a real browser (Chromium), against the built site
// served with the production headers: markers, popups, keyboard and touch behaviour, privacy.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { departementByCode } from '../../src/content/departements.ts';
import { departementLabel } from '../../src/content/departement-label.ts';
import {
  busiestDepartement,
  mapReady,
  markers,
  porteurs,
  territories,
  uncoveredPoint,
  useMapPages,
} from './map-page.ts';

const { open } = useMapPages();

/**
 * A point of a département's shape on the opened map that no marker covers: the first one found
 * on a grid over its box, the shape scrolled into view first.
 */
async function departementPoint(page: Page, code: string) {
  const shape = page.locator(`.leaflet-container path[data-departement="${code}"]`);
  await shape.scrollIntoViewIfNeeded();
  const point = await uncoveredPoint(shape);
  expect(point).not.toBeNull();
  return point!;
}

describe('/territoires/, interactive map opened', () => {
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
    const point = await departementPoint(page, code);
    await page.mouse.click(point.x, point.y);
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    expect(await popup.locator('.tm-popup__departement').textContent()).toBe(
      departementLabel(departementByCode(code).nom, code),
    );
    const names = await popup.locator('.tm-popup__name').allTextContents();
    expect(names.sort()).toEqual(here.map((t) => t.data.name).sort());
    expect(await popup.getByRole('link').count()).toBe(here.length);
  });

  test('a département’s name shown under the pointer hides with Escape, the pointer still (RGAA 10.13)', async () => {
    const { page } = await open('/territoires/');
    await mapReady(page);
    const [code] = busiestDepartement;
    const point = await departementPoint(page, code);
    await page.mouse.move(point.x, point.y);
    const tooltip = page.locator('.leaflet-tooltip');
    await expect.poll(() => tooltip.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.count()).toBe(0);
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
