// The built help pages: every line with its phone link, hours in words and badges, the emergency
// numbers, the ContactPoint structured data, and the chatbot's tree readable without JavaScript.
import { describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { hoursInWords } from '../../src/help/opening-hours.ts';
import { emergencyHref } from '../../src/help/emergency.ts';
import { builtContent, openBuiltPage as page, sitemapPages } from '../helpers/built-site.ts';
import { normalizeText } from '../helpers/text.ts';

const content = builtContent();
const helplines = content.of('helplines');
const phoneLines = helplines.filter((line) => line.data.kind === 'phone');
const suicideLine = helplines.find((line) => line.data.dial === '3114');
const nodes = content.of('chatbot');
const settings = content.settings;

const text = (element: HTMLElement | null | undefined) => normalizeText(element?.textContent);
/** Text as the typography pass prints it, to find an editor's words in a page. */
const comparable = (value: string) =>
  normalizeText(value)
    .replace(/'/g, '’')
    .replace(/\s*([;:!?»%])/g, ' $1')
    .replace(/«\s*/g, '« ');

describe('/besoin-de-soutien/', () => {
  const html = page('besoin-de-soutien');

  test('one card per phone line, with its number as a tel: link, hours in words and badges', () => {
    const cards = html.querySelectorAll('[data-helpline]');
    expect(cards.map((card) => card.getAttribute('data-helpline')).sort()).toEqual(
      phoneLines.map((line) => line.id).sort(),
    );
    for (const line of phoneLines) {
      const card = html.querySelector(`[data-helpline="${line.id}"]`)!;
      const link = card.querySelector(`a[href="tel:${line.data.dial}"]`);
      expect(text(link), line.id).toContain(line.data.number);
      expect(text(card)).toContain(normalizeText(hoursInWords(line.data.hours)));
      expect(text(card)).toContain(line.data.audience);
      if (line.data.free)
        expect(text(card.querySelector('.helpline__badges'))).toContain('Gratuit');
      if (line.data.anonymous)
        expect(text(card.querySelector('.helpline__badges'))).toContain('Anonyme');
    }
  });

  // The validator lets editors remove the 3114 line when no chatbot step needs it: the page then
  // pins nothing and its emergency box keeps the numbers of the settings.
  test('the 3114, when the content has it, comes first and stays pinned', () => {
    const first = html.querySelector('helpline-list li');
    expect(first?.hasAttribute('data-pinned') ?? false).toBe(Boolean(suicideLine));
    expect(Boolean(first?.querySelector('a[href="tel:3114"]'))).toBe(Boolean(suicideLine));
    expect(html.querySelectorAll('helpline-list li[data-pinned]')).toHaveLength(
      suicideLine ? 1 : 0,
    );
  });

  test('the emergency numbers from the settings and the 3114, at the top of the page', () => {
    const box = html.querySelector('#urgence')!;
    for (const emergency of settings.emergencyNumbers) {
      expect(box.querySelector(`a[href="${emergencyHref(emergency)}"]`)).not.toBeNull();
    }
    expect(Boolean(box.querySelector('a[href="tel:3114"]'))).toBe(Boolean(suicideLine));
  });

  test('JSON-LD ContactPoint with opening hours for each phone line', () => {
    const data = html
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.textContent));
    const points = data.filter((d) => d['@type'] === 'ContactPoint');
    expect(points).toHaveLength(phoneLines.length);
    for (const line of phoneLines) {
      const point = points.find((p) => p.name === line.data.name);
      expect(point, line.id).toBeDefined();
      expect(point.telephone, line.id).toBe(line.data.dial!.replace(/^0(\d{9})$/, '+33$1'));
      const hours = line.data.hours;
      const expected =
        hours?.type === 'always'
          ? [{ opens: '00:00', closes: '23:59' }]
          : (hours?.slots ?? []).map(({ opens, closes }) => ({ opens, closes }));
      expect(point.hoursAvailable, line.id).toEqual(
        expected.map((times) =>
          expect.objectContaining({ '@type': 'OpeningHoursSpecification', ...times }),
        ),
      );
    }
  });

  test('the quick exit is a plain link to the neutral site, before the header', () => {
    const exit = html.querySelector('quick-exit a')!;
    expect(exit.getAttribute('href')).toBe(settings.quickExitUrl);
    const body = html.querySelector('body')!.toString();
    expect(body.indexOf('quick-exit')).toBeLessThan(body.indexOf('<header'));
  });

  test('leaves no referrer for the neutral site', () => {
    expect(html.querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe(
      'no-referrer',
    );
  });

  test('a line whose hours are to confirm says so, and never « Ouvert » or « Fermé »', () => {
    const unsure = phoneLines.filter((line) => line.data.hours?.toConfirm);
    for (const line of unsure) {
      const status = html.querySelector(`[data-helpline="${line.id}"] opening-status`)!;
      expect(status.getAttribute('data-state'), line.id).toBe('unconfirmed');
      expect(text(status)).toBe('Horaires à confirmer');
    }
  });

  test('the statuses the build wrote are hidden until the browser recomputes them', () => {
    // Only the always-open line's status is true whatever the day: it alone shows without JS.
    const statuses = html.querySelectorAll('opening-status');
    expect(statuses.length).toBe(phoneLines.filter((l) => l.data.hours).length);
    expect(
      statuses.filter((s) => s.getAttribute('data-state') === 'always').map((s) => text(s)),
    ).toEqual(
      phoneLines.filter((l) => l.data.hours?.type === 'always').map(() => 'Ouvert 24 h/24'),
    );
  });
});

describe('/besoin-de-soutien/orientation/ without JavaScript', () => {
  const html = page('besoin-de-soutien/orientation');

  test('every step is a section, and every answer links to an existing one', () => {
    const sections = html.querySelectorAll('section[data-step]');
    expect(sections.map((s) => s.getAttribute('data-step')).sort()).toEqual(
      nodes.map((n) => n.id).sort(),
    );
    const links = html.querySelectorAll('[data-choices] a');
    expect(links.length).toBe(nodes.reduce((sum, n) => sum + n.data.choices.length, 0));
    for (const link of links) {
      const target = link.getAttribute('href')!.slice(1);
      expect(html.getElementById(target), link.getAttribute('href')).not.toBeNull();
    }
  });

  test('starts with the start step (and has no step without a chatbot)', () => {
    const first = html.querySelector('section[data-step]');
    const start = nodes.find((node) => node.data.start);
    if (!start) {
      expect(first).toBeNull();
      return;
    }
    expect(first).not.toBeNull();
    expect(first!.getAttribute('data-step')).toBe(start.id);
    // Paragraphs become <p> elements: compare the words, whatever the spacing between them.
    const words = (value: string) => value.replace(/\s+/g, '');
    expect(words(text(first))).toContain(words(start.data.message));
  });

  test('each danger step shows the 3114, the 15 and the 112', () => {
    const dangerSteps = nodes.filter((n) => n.data.danger);
    expect(html.querySelectorAll('section[data-step]')).toHaveLength(nodes.length);
    for (const node of dangerSteps) {
      const section = html.querySelector(`section[data-step="${node.id}"]`)!;
      for (const href of ['tel:3114', ...settings.emergencyNumbers.map(emergencyHref)]) {
        expect(section.querySelector(`a[href="${href}"]`), `${node.id} → ${href}`).not.toBeNull();
      }
    }
  });

  test('each final step shows the lines it recommends, with their phone links', () => {
    for (const node of nodes.filter((n) => n.data.choices.length === 0)) {
      const section = html.querySelector(`section[data-step="${node.id}"]`)!;
      for (const id of node.data.helplines) {
        const line = helplines.find((l) => l.id === id)!;
        expect(
          section.querySelector(`a[href="tel:${line.data.dial}"]`),
          `${node.id} → ${id}`,
        ).not.toBeNull();
      }
    }
  });
});

describe('emergency numbers', () => {
  const hrefs = settings.emergencyNumbers.map(emergencyHref);

  test('the 114 (or any number reached by text) is an sms: link, the others tel: links', () => {
    for (const emergency of settings.emergencyNumbers) {
      expect(emergencyHref(emergency)).toBe(
        `${emergency.reach === 'sms' ? 'sms' : 'tel'}:${emergency.dial}`,
      );
    }
  });

  test('wherever one emergency number appears, all of them do, on every page', () => {
    const incomplete: string[] = [];
    for (const { path } of sitemapPages()) {
      const html = page(path.replace(/^\//, ''));
      const blocks = new Set(
        html
          .querySelectorAll('a')
          .filter((a) => hrefs.includes(a.getAttribute('href') ?? ''))
          .map((a) => a.closest('[data-emergency], p, li') ?? a),
      );
      for (const block of blocks) {
        const container = block.tagName === 'LI' ? (block.closest('ul') ?? block) : block;
        const missing = hrefs.filter((href) => !container.querySelector(`a[href="${href}"]`));
        if (missing.length > 0)
          incomplete.push(`${path} « ${text(container).slice(0, 60)} » : ${missing.join(', ')}`);
      }
    }
    expect(incomplete).toEqual([]);
  });
});

describe('the help pages say « tu »', () => {
  /** Every text of the content shown on the help pages, longest first, as the pages print it. */
  const editorsTexts = [
    ...helplines.flatMap(({ data }) => [
      data.name,
      data.audience,
      data.description,
      data.hoursNote,
    ]),
    ...nodes.flatMap(({ data }) => [
      data.title,
      ...data.message.split(/\n\s*\n/),
      ...data.choices.map((choice) => choice.label),
      ...data.pages.map((link) => link.label),
    ]),
    ...settings.emergencyNumbers.flatMap((number) => [number.label, number.otherWays]),
  ]
    .filter((written): written is string => Boolean(written))
    .map(comparable)
    .sort((a, b) => b.length - a.length);

  test.each(['besoin-de-soutien', 'besoin-de-soutien/orientation'])('/%s/', (path) => {
    const html = page(path);
    html.querySelectorAll('script, style').forEach((element) => element.remove());
    // The pages' own wording; what editors wrote in the content is theirs to word.
    let body = comparable(text(html.querySelector('body')));
    for (const written of editorsTexts) body = body.replaceAll(written, ' ');
    const formal = body.match(/\b(vous|votre|vos|appelez|contactez|écrivez|envoyez)\b/gi);
    expect(formal).toBeNull();
  });
});

describe('each end of the chatbot, without JavaScript', () => {
  const html = page('besoin-de-soutien/orientation');

  test('offers, beside its own lines, the lines kept for when they are closed (with their hours)', () => {
    for (const node of nodes.filter((n) => n.data.choices.length === 0)) {
      const section = html.querySelector(`section[data-step="${node.id}"]`)!;
      const reserve = section.querySelectorAll('answers-now [data-line]');
      for (const item of reserve) {
        const line = helplines.find((l) => l.id === item.getAttribute('data-line'))!;
        expect(text(item), `${node.id} → ${line.id}`).toContain(
          hoursInWords(line.data.hours).replace(/\s+/g, ' '),
        );
        expect(item.querySelector(`a[href="tel:${line.data.dial}"]`)).not.toBeNull();
      }
    }
  });
});
