// The accessibility statement (/accessibilite/) against the file it is built from, the RGAA
// self-audit (src/accessibility/rgaa-audit.json), and against the settings the editors fill: the
// test fails as soon as page and file disagree (status, rate, criteria not met, date, sample…).
import { describe, expect, test } from 'vitest';
import { audit } from '../../src/accessibility/audit.ts';
import { conformance, formatRate } from '../../src/accessibility/conformance.ts';
import { isRemovedTerritoryPage } from '../../src/accessibility/sample-pages.ts';
import { statementToc } from '../../src/accessibility/statement-sections.ts';
import {
  builtContent,
  builtDistDir,
  htmlFiles,
  openBuiltPage,
  urlPathOf,
} from '../helpers/built-site.ts';
import { normalizeText as plain } from '../helpers/text.ts';

const statement = openBuiltPage('/accessibilite/');
const text = (selector: string) => plain(statement.querySelector(selector)?.text ?? '');
const expected = conformance(audit.criteria);
const accessibility = builtContent().settings.accessibility;
const territoryIds = new Set(
  builtContent()
    .of('territories')
    .map((entry) => entry.id),
);

describe('the accessibility statement', () => {
  test('says the status and the rate computed from the audit', () => {
    expect(
      statement.querySelector('[data-statement-status]')?.getAttribute('data-statement-status'),
    ).toBe(expected.status);
    expect(text('[data-statement-status]')).toContain(`est ${expected.status} avec le référentiel`);
    expect(text('[data-statement-rate]')).toBe(plain(formatRate(expected.rate)));
    expect(text('main')).toContain(
      `${expected.conforming} critères conformes sur ${expected.applicable} critères applicables`,
    );
  });

  test('lists exactly the criteria the audit finds not met, with what fails', () => {
    const listed = statement.querySelectorAll('[data-statement-failing] [data-criterion]');
    expect(listed.map((item) => item.getAttribute('data-criterion'))).toEqual(
      expected.failing.map((criterion) => criterion.number),
    );
    listed.forEach((item, index) => {
      const criterion = expected.failing[index]!;
      expect(plain(item.text)).toContain(plain(criterion.title));
      expect(plain(item.text)).toContain(plain(criterion.failure!));
    });
    if (expected.failing.length === 0) expect(text('[data-statement-failing]')).toBe('Aucune.');
  });

  test('lists the derogations and exemptions of the audit, or says there are none', () => {
    for (const [selector, items, none] of [
      ['[data-statement-derogations]', audit.derogations, 'Aucune.'],
      ['[data-statement-exemptions]', audit.exemptions, 'Aucun.'],
    ] as const) {
      if (items.length === 0) expect(text(selector)).toBe(none);
      else for (const item of items) expect(text(selector)).toContain(plain(item.content));
    }
  });

  test('gives the date, the environment, the tools and the sample of the audit', () => {
    expect(statement.querySelector('[data-statement-date]')?.getAttribute('datetime')).toBe(
      audit.date,
    );
    for (const browser of audit.browsers) {
      expect(text('[data-statement-browsers]')).toContain(`${browser.name} ${browser.version}`);
    }
    if (audit.assistiveTechnologies.length === 0) {
      expect(text('[data-statement-assistive]')).toContain('Aucune technologie d’assistance');
    }
    for (const tool of ['axe-core', 'html-validate', 'Playwright']) {
      expect(text('[data-statement-tools]')).toMatch(new RegExp(`${tool} \\d+\\.\\d+`));
    }
    expect(
      statement
        .querySelectorAll('[data-statement-sample] a')
        .map((link) => link.getAttribute('href')),
    ).toEqual(
      audit.sample
        .map((page) => page.path)
        .filter((path) => !isRemovedTerritoryPage(path, territoryIds)),
    );
  });

  test('has every section of the model statement, and the strategy only when the editors wrote it', () => {
    const headings = statement.querySelectorAll('main h2').map((heading) => plain(heading.text));
    for (const { text: section } of statementToc(accessibility)) {
      expect(headings.some((heading) => heading.startsWith(plain(section)))).toBe(true);
    }
    const scheme = accessibility?.multiYearScheme;
    expect(headings.some((heading) => heading.startsWith('Schéma pluriannuel'))).toBe(
      Boolean(scheme),
    );
    for (const plan of accessibility?.actionPlans ?? []) {
      expect(headings).toContain(`Plan d’action ${plan.year}`);
    }
    expect(plain(statement.querySelector('main')!.text)).not.toMatch(/à établir|à compléter/);
    expect(statement.querySelector('main a[href="/franchise-sociale/#contact"]')).not.toBeNull();
    expect(
      statement.querySelector('main a[href="https://formulaire.defenseurdesdroits.fr/"]'),
    ).not.toBeNull();
  });

  test('every sampled page was built, but for an entry this content does not have', () => {
    const built = new Set(htmlFiles(builtDistDir()).map((file) => urlPathOf(builtDistDir(), file)));
    // A sampled territory page lasts as long as editors keep the territory (the content variants
    // have none): the statement then names it without a link.
    const sampled = audit.sample
      .map((page) => page.path)
      .filter((path) => !isRemovedTerritoryPage(path, territoryIds));
    expect(sampled.length).toBeGreaterThan(0);
    expect(sampled.filter((path) => !built.has(path))).toEqual([]);
  });

  test('the footer of every page says the same status', () => {
    const dist = builtDistDir();
    const wrong = htmlFiles(dist)
      .map((file) => urlPathOf(dist, file))
      .filter((path) => !path.startsWith('/admin/'))
      .filter(
        (path) =>
          plain(
            openBuiltPage(path).querySelector('footer a[href="/accessibilite/"]')?.text ?? '',
          ) !== plain(`Accessibilité : ${expected.status}`),
      );
    expect(wrong).toEqual([]);
  });
});
