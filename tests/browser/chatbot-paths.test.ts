// Every path of the orientation chatbot, walked in Chromium at night, in the morning and late in
// the evening (the page's clock set by the test, the browser in another time zone than Paris):
// each ending must put on screen a phone line that answers at that moment — a help line whose
// live status says open, or a number of the emergency box that answers day and night. The tree and
// the lines are read from the content, so the test follows what editors write.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPageAt, useBrowserAndSite } from './harness.ts';
import { chatbotNodeSchema, type ChatbotNode } from '../../src/content/schemas/chatbot.ts';
import { helplineSchema } from '../../src/content/schemas/helplines.ts';

const session = useBrowserAndSite();
/** The machine running the tests may be loaded: scripts get time to start. */
const slow = { timeout: 15_000 };

const contentDir = new URL('../../content/', import.meta.url);
const read = <T>(folder: string, parse: (data: unknown) => T) =>
  new Map(
    readdirSync(new URL(folder, contentDir))
      .filter((file) => file.endsWith('.json'))
      .map((file) => [
        file.replace(/\.json$/, ''),
        parse(JSON.parse(readFileSync(new URL(`${folder}/${file}`, contentDir), 'utf8'))),
      ]),
  );
const nodes = read('chatbot', (data) => chatbotNodeSchema.parse(data));
const lines = read('helplines', (data) => helplineSchema.parse(data));
/** Numbers that answer day and night, as the content says (for the emergency box's 3114). */
const dayAndNight = [...lines.values()]
  .filter((line) => line.hours?.type === 'always' && !line.hours.toConfirm && line.dial)
  .map((line) => `tel:${line.dial}`);

type Path = { steps: { node: string; choice: number; label: string }[]; end: string };

/** Every path from the start to a step without answers. */
function allPaths(): Path[] {
  const start = [...nodes].find(([, node]) => node.start)?.[0];
  if (!start) return [];
  const paths: Path[] = [];
  const walk = (id: string, steps: Path['steps']) => {
    const node = nodes.get(id) as ChatbotNode;
    if (node.choices.length === 0) paths.push({ steps, end: id });
    node.choices.forEach((choice, index) =>
      walk(choice.next, [...steps, { node: id, choice: index, label: choice.label }]),
    );
  };
  walk(start, []);
  return paths;
}

const paths = allPaths();
const moments = [
  ['la nuit (3 h)', '2026-11-26T03:00:00+01:00'],
  ['le matin (8 h 30)', '2026-11-26T08:30:00+01:00'],
  ['tard le soir (23 h 30)', '2026-11-26T23:30:00+01:00'],
] as const;

/** What the last message offers: the numbers that answer now, and every number shown. */
async function ending(page: Page) {
  return page
    .locator('[data-log] .chat-bubble--bot')
    .last()
    .evaluate((bubble, alwaysOpen) => {
      const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
      const links = [...bubble.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')].filter(
        visible,
      );
      const answering = links.filter((link) => {
        const card = link.closest('[data-helpline]');
        if (card) {
          const status = card.querySelector('opening-status');
          return !!status && visible(status) && status.getAttribute('data-open') === 'true';
        }
        return (
          !!link.closest('[data-emergency]') && alwaysOpen.includes(link.getAttribute('href')!)
        );
      });
      const say = [...bubble.querySelectorAll('answers-now [data-say]')]
        .filter(visible)
        .map((el) => el.textContent?.replace(/\s+/g, ' ').trim());
      return {
        answering: answering.map((link) => link.getAttribute('href')),
        shown: links.map((link) => link.getAttribute('href')),
        say,
      };
    }, dayAndNight);
}

describe('every ending of the chatbot offers a line that answers now', () => {
  test('the tree has paths to walk', () => {
    expect(paths.length).toBeGreaterThan(1);
  });

  test.each(moments)(
    '%s',
    async (_, time) => {
      const { page, context, errors } = await openPageAt(session, time);
      await page.goto('/besoin-de-soutien/orientation/');
      const answers = page.locator('[data-answers] button');
      await expect.poll(() => answers.count(), slow).toBeGreaterThan(0);
      const silent: string[] = [];
      const report: string[] = [];
      for (const path of paths) {
        await page.getByRole('button', { name: 'Recommencer' }).click();
        for (const step of path.steps) await answers.nth(step.choice).click();
        const result = await ending(page);
        const name = path.steps.map((s) => s.label).join(' › ');
        report.push(
          `${name} → ${path.end} : ${result.answering.join(', ')} ${result.say.join(' ')}`,
        );
        if (result.answering.length === 0) {
          silent.push(`${name} (montre ${result.shown.join(', ') || 'aucun numéro'})`);
        }
      }
      if (process.env.CHATBOT_REPORT) console.log(`${time}\n${report.join('\n')}`);
      expect(silent).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    180_000,
  );
});
