// The RGAA self-audit as data: the file covers RGAA 4.1's 106 criteria, every result names a
// test that exists or a dated check by hand, and the conformance rate is computed as RGAA
// defines it (criteria met / criteria that apply).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import rawAudit from '../../src/accessibility/rgaa-audit.json';
import { audit } from '../../src/accessibility/audit.ts';
import { conformance, formatRate } from '../../src/accessibility/conformance.ts';
import { statementToc } from '../../src/accessibility/statement-sections.ts';
import {
  accessibilityAuditSchema,
  rgaaCriterionNumbers,
  type RgaaCriterion,
} from '../../src/content/schemas/accessibility-audit.ts';

const root = new URL('../../', import.meta.url);
const criterion = (number: string, status: RgaaCriterion['status']): RgaaCriterion => ({
  number,
  topic: 'Images',
  title: 'Un critère pour le test ?',
  status,
  checks: [{ date: '2026-12-07', note: 'Vérifié pour le test.' }],
  ...(status === 'non conforme' ? { failure: 'Ce qui échoue, pour le test.' } : {}),
});

describe('the audit file', () => {
  test('covers the 106 criteria of RGAA 4.1, in order, each with a result', () => {
    expect(rgaaCriterionNumbers).toHaveLength(106);
    expect(audit.criteria.map((criterion) => criterion.number)).toEqual(rgaaCriterionNumbers);
  });

  test('every automated check names a test written in its file', () => {
    const missing = audit.criteria.flatMap((criterion) =>
      criterion.checks.flatMap((check) => {
        if (!('file' in check)) return [];
        const file = new URL(check.file, root);
        if (!existsSync(file)) return [`${criterion.number} : ${check.file} n’existe pas`];
        return readFileSync(file, 'utf8').includes(check.test)
          ? []
          : [`${criterion.number} : « ${check.test} » absent de ${check.file}`];
      }),
    );
    expect(missing).toEqual([]);
  });

  test('manual checks are dated, never after the audit', () => {
    const late = audit.criteria.flatMap((criterion) =>
      criterion.checks
        .filter((check) => 'date' in check && check.date > audit.date)
        .map(() => criterion.number),
    );
    expect(late).toEqual([]);
    expect(new Date(audit.date).getTime()).toBeLessThanOrEqual(Date.now());
  });

  test('the schema refuses a missing criterion, a failure without its reason, a wrong topic', () => {
    const criteria = structuredClone(rawAudit.criteria);
    const refused = (changed: unknown[]) =>
      accessibilityAuditSchema
        .safeParse({ ...rawAudit, criteria: changed })
        .error?.issues.map((issue) => issue.message) ?? [];
    expect(refused(criteria.slice(1)).join()).toContain('106 critères du RGAA 4.1');
    const silentFailure = structuredClone(criteria);
    Object.assign(silentFailure[0]!, { status: 'non conforme', failure: undefined });
    expect(refused(silentFailure).join()).toContain('dit ce qui échoue');
    const wrongTopic = structuredClone(criteria);
    wrongTopic[0]!.topic = 'Liens';
    expect(refused(wrongTopic).join()).toContain('thématique « Images »');
  });
});

describe('conformance', () => {
  test('is the criteria met over the criteria that apply', () => {
    const result = conformance([
      criterion('1.1', 'conforme'),
      criterion('1.2', 'conforme'),
      criterion('1.3', 'conforme'),
      criterion('1.4', 'non conforme'),
      criterion('1.5', 'non applicable'),
    ]);
    expect(result).toMatchObject({ conforming: 3, applicable: 4, rate: 75 });
    expect(result.status).toBe('partiellement conforme');
    expect(result.failing.map((failing) => failing.number)).toEqual(['1.4']);
  });

  test('is total only when every criterion that applies is met', () => {
    const all = [criterion('1.1', 'conforme'), criterion('1.2', 'non applicable')];
    expect(conformance(all).status).toBe('totalement conforme');
    expect(conformance(all).rate).toBe(100);
  });

  test('is « non conforme » below 50 %, and when nothing was found to apply', () => {
    const low = [criterion('1.1', 'conforme'), criterion('1.2', 'non conforme')];
    low.push(criterion('1.3', 'non conforme'));
    expect(conformance(low).status).toBe('non conforme');
    expect(conformance([criterion('1.1', 'non applicable')]).status).toBe('non conforme');
  });

  test('writes the rate in French, rounded down so that a failure never reads 100 %', () => {
    expect(formatRate(75)).toBe('75\u00a0%');
    expect(formatRate((64 / 67) * 100)).toBe('95,5\u00a0%');
    expect(formatRate((999 / 1000) * 100)).toBe('99,9\u00a0%');
  });
});

describe('the statement’s table of contents', () => {
  test('lists the model statement’s sections, and the strategy only when written', () => {
    const fixed = statementToc(undefined).map((item) => item.text);
    expect(fixed).toContain('Voies de recours');
    expect(fixed.some((text) => /Schéma|Plan/.test(text))).toBe(false);
    const written = statementToc({
      multiYearScheme: { period: '2027-2029', text: 'Le schéma.' },
      actionPlans: [
        { year: 2026, actions: 'Une action.' },
        { year: 2027, actions: 'Une autre.' },
      ],
    }).map((item) => item.text);
    expect(written.slice(-3)).toEqual([
      'Schéma pluriannuel 2027-2029',
      'Plan d’action 2027',
      'Plan d’action 2026',
    ]);
  });
});
