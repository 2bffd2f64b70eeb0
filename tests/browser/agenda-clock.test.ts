// A past event is never announced as upcoming, whatever the day the page is read: the site is
// built with an event that lasts today (Paris) and one in two months, then read with the
// browser's clock moved a day later. Without a rebuild, <event-clock> must move today's event to
// « Événements passés », take it off the home page's next events, and say so on its own page.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import type { Browser } from 'playwright-core';
import { buildCopy, copyProject } from '../helpers/project-copy.ts';
import { validEvent } from '../content/factories.ts';
import { launchBrowser, openTrackedPage } from './harness.ts';
import { startStaticServer, type StaticServer } from '../../tools/static-server.ts';
import { parisDay } from '../../src/news/paris-time.ts';
import { agendaHref, eventHref } from '../../src/news/links.ts';

const copy = copyProject('asm-agenda-');
const formsDir = mkdtempSync(join(tmpdir(), 'asm-forms-'));
const now = new Date();
const inDays = (days: number) => parisDay(new Date(now.getTime() + days * 86_400_000));
const today = { id: 'atelier-du-jour', title: 'Atelier du jour (essai)' };
const later = { id: 'forum-dans-deux-mois', title: 'Forum dans deux mois (essai)' };
let browser: Browser;
let site: StaticServer;

beforeAll(async () => {
  const write = (id: string, data: object) =>
    writeFileSync(
      join(copy, 'content/events', `${id}.md`),
      `---\n${stringify(data)}---\nDescription de l’événement d’essai.\n`,
    );
  write(today.id, validEvent({ title: today.title, startDate: inDays(0) }));
  write(
    later.id,
    validEvent({ title: later.title, startDate: inDays(60), startTime: '14:00', endTime: '17:00' }),
  );
  const build = await buildCopy(copy);
  if (build.code !== 0) throw new Error(build.output.slice(-4000));
  [browser, site] = await Promise.all([
    launchBrowser(),
    startStaticServer(join(copy, 'dist'), { formsDir }),
  ]);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(copy, { recursive: true, force: true });
  rmSync(formsDir, { recursive: true, force: true });
});

/** The titles under a list, as the visitor sees them (hidden items left out). */
const visibleTitles = (page: import('playwright-core').Page, selector: string) =>
  page.locator(`${selector} > li:visible h3 a`).allTextContents();

/** A page read `days` after the build, its clock running from there. */
async function openLater(days: number, path: string) {
  const tracked = await openTrackedPage(browser, site.url);
  await tracked.context.clock.install({ time: new Date(now.getTime() + days * 86_400_000) });
  await tracked.page.goto(path);
  return tracked;
}

describe('read the day it was built', () => {
  test('both events are upcoming, none is past', async () => {
    const { page, context, errors } = await openLater(0, agendaHref);
    expect(await visibleTitles(page, '[data-upcoming]')).toEqual([today.title, later.title]);
    await expect(page.locator('[data-past-block]').isVisible()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('read a day later, without a rebuild', () => {
  test('the agenda moves today’s event to the past ones', async () => {
    const { page, context, errors } = await openLater(1, agendaHref);
    expect(await visibleTitles(page, '[data-upcoming]')).toEqual([later.title]);
    expect(await visibleTitles(page, '[data-past]')).toEqual([today.title]);
    await expect(
      page.getByRole('heading', { name: 'Événements passés' }).isVisible(),
    ).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the home page announces only the event still to come', async () => {
    const { page, context } = await openLater(1, '/');
    expect(await visibleTitles(page, '.event-list')).toEqual([later.title]);
    await context.close();
  });

  test('the event’s own page says it is over', async () => {
    const { page, context } = await openLater(1, eventHref(today.id));
    await expect(page.getByText('Cet événement est passé.').isVisible()).resolves.toBe(true);
    await expect(page.getByText('À venir', { exact: true }).isVisible()).resolves.toBe(false);
    await context.close();
  });

  test('with every event over, the agenda shows its empty state', async () => {
    const { page, context } = await openLater(90, agendaHref);
    expect(await visibleTitles(page, '[data-upcoming]')).toEqual([]);
    expect(await visibleTitles(page, '[data-past]')).toEqual([later.title, today.title]);
    await expect(
      page.getByText('Aucun événement n’est annoncé pour le moment.').isVisible(),
    ).resolves.toBe(true);
    const home = await context.newPage();
    await home.goto('/');
    await expect(home.getByRole('heading', { name: 'Prochains événements' }).count()).resolves.toBe(
      0,
    );
    await expect(home.locator('event-clock').isVisible()).resolves.toBe(false);
    await context.close();
  });
});
