// Hours that cannot lie: the help-line schema (hence the validator and the CMS's pre-save check)
// refuses a 0-hour slot, a day twice in a slot and overlapping slots, in French, on the field to
// fix; hours marked "à confirmer" make no open/closed claim.
import { describe, expect, test } from 'vitest';
import { helplineSchema, type OpeningHours } from '../../src/content/schemas/helplines.ts';
import { openingStatus } from '../../src/help/opening-hours.ts';
import { slotProblems, type OpeningSlot } from '../../src/content/opening-slots.ts';
import { collections } from '../../src/content/collections.ts';
import { prepareEntry } from '../../cms/config/entry-check.ts';

const line = {
  name: 'Ligne d’essai',
  kind: 'phone',
  number: '0 800 000 000',
  dial: '0800000000',
  audience: 'Tout le monde',
  description: 'Une ligne d’essai.',
};
const weekly = (...slots: OpeningSlot[]) => ({ ...line, hours: { type: 'weekly', slots } });
const slot = (days: OpeningSlot['days'], opens: string, closes: string): OpeningSlot => ({
  days,
  opens,
  closes,
});

/** The schema's issues on the hours, as "path: message". */
function issues(data: unknown): string[] {
  const result = helplineSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the schema refuses hours that would lie', () => {
  test('a slot that closes when it opens (0 hours) is refused; 24/7 is its own type', () => {
    const found = issues(weekly(slot(['mon'], '09:00', '09:00')));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^hours\.slots\.0\.closes: la plage n° 1 ferme à l’heure où elle ouvre/,
    );
    expect(found[0]).toContain('« Tout le temps »');
  });

  test('a day listed twice in one slot is refused', () => {
    const found = issues(weekly(slot(['mon', 'tue', 'mon'], '09:00', '12:00')));
    expect(found).toEqual(['hours.slots.0.days: la plage n° 1 cite deux fois le lundi.']);
  });

  test('overlapping slots are refused, naming both and the day', () => {
    const found = issues(
      weekly(slot(['mon', 'tue'], '09:00', '12:00'), slot(['tue'], '11:00', '14:00')),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^hours\.slots\.1: la plage n° 2 \(11:00–14:00\) chevauche la plage n° 1 \(09:00–12:00\) le mardi/,
    );
  });

  test('a slot past midnight overlaps the next morning’s, Sunday night included', () => {
    expect(
      issues(weekly(slot(['mon'], '20:00', '02:00'), slot(['tue'], '01:00', '05:00'))),
    ).toHaveLength(1);
    expect(
      issues(weekly(slot(['sun'], '22:00', '03:00'), slot(['mon'], '02:00', '06:00'))),
    ).toHaveLength(1);
  });

  test('slots that only touch, or sit on different days, are accepted', () => {
    expect(
      issues(
        weekly(
          slot(['mon', 'tue'], '09:00', '12:00'),
          slot(['mon', 'tue'], '12:00', '14:00'),
          slot(['wed'], '09:00', '12:00'),
          slot(['sun'], '22:00', '02:00'),
          slot(['mon'], '02:00', '06:00'),
        ),
      ),
    ).toEqual([]);
  });

  test('every rule reads in French and names its slot', () => {
    const problems = slotProblems([
      slot(['mon', 'mon'], '10:00', '10:00'),
      slot(['fri'], '08:00', '18:00'),
      slot(['fri'], '17:00', '19:00'),
    ]);
    expect(problems.map((p) => p.path)).toEqual([[0, 'closes'], [0, 'days'], [2]]);
    for (const problem of problems) expect(problem.message).toMatch(/^la plage n° \d/);
  });
});

describe('the CMS refuses the same before saving', () => {
  test.each([
    ['0 heure', [slot(['mon'], '09:00', '09:00')]],
    ['jour en double', [slot(['sat', 'sat'], '09:00', '10:00')]],
    ['chevauchement', [slot(['sat'], '09:00', '12:00'), slot(['sat'], '10:00', '11:00')]],
  ])('%s', (_, slots) => {
    const { problems } = prepareEntry(
      collections.helplines.schema,
      { ...weekly(...slots), free: true, anonymous: true, order: 1 },
      collections.helplines.format,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toMatch(/^Horaires › Plages horaires/);
    expect(problems[0]!.message).toMatch(/^la plage n° \d/);
  });
});

describe('hours to confirm', () => {
  const unconfirmed: OpeningHours = {
    type: 'weekly',
    toConfirm: true,
    slots: [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '09:00', closes: '20:00' },
    ],
  };

  test.each(['2026-11-26T03:00+01:00', '2026-11-26T12:00+01:00', '2026-11-26T21:00+01:00'])(
    'say so at %s instead of open or closed',
    (instant) => {
      expect(openingStatus(unconfirmed, new Date(instant))).toEqual({
        state: 'unconfirmed',
        open: false,
        label: 'Horaires à confirmer',
      });
    },
  );

  test('the schema keeps the mark, on both kinds of hours', () => {
    const parsed = helplineSchema.parse({ ...line, hours: unconfirmed });
    expect(parsed.hours?.toConfirm).toBe(true);
    expect(
      helplineSchema.parse({ ...line, hours: { type: 'always', toConfirm: true } }).hours,
    ).toEqual({ type: 'always', toConfirm: true });
  });
});
