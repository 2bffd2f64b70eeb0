// "Someone answers now": the lines kept in reserve beside a step's recommendations, and the live
// choice among them. Fixtures for the rules; then the real content, whatever editors put in it.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { answerNow, reserveLines, type LineHours } from '../../src/help/answers-now.ts';
import { answersDuring } from '../../src/help/opening-hours.ts';
import { validateContent } from '../../src/content/validation/validate-content.ts';
import type { OpeningHours } from '../../src/content/schemas/helplines.ts';
import { minutesPerWeek } from '../../src/content/opening-slots.ts';

const everyDay = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const daily = (opens: string, closes: string): OpeningHours => ({
  type: 'weekly',
  slots: [{ days: [...everyDay], opens, closes }],
});
const day: LineHours = { id: 'jour', hours: daily('09:00', '23:00') };
const late: LineHours = { id: 'tard', hours: daily('08:00', '02:00') };
const always: LineHours = { id: 'toujours', hours: { type: 'always' } };
const unsure: LineHours = {
  id: 'a-confirmer',
  hours: { ...daily('00:00', '23:59'), toConfirm: true },
};
const night: LineHours = { id: 'nuit', hours: daily('22:00', '10:00') };
const noHours: LineHours = { id: 'sans-horaires', hours: undefined };

describe('reserve lines', () => {
  test('none when a recommended line answers day and night', () => {
    expect(reserveLines([day, always], [day, late, always])).toEqual([]);
  });

  test('the line that fills the most of the gaps, whatever its place in the list', () => {
    expect(reserveLines([day], [late, always])).toEqual(['toujours']);
    // A tie goes to the editors' order.
    expect(reserveLines([day], [late, night, always])).toEqual(['nuit']);
  });

  test('several lines when it takes several to cover the week', () => {
    expect(reserveLines([day], [late, night])).toEqual(['nuit']);
    expect(reserveLines([], [day, night])).toEqual(['jour', 'nuit']);
  });

  test('a line whose hours are to confirm, or unknown, is never relied on', () => {
    expect(reserveLines([unsure], [unsure, noHours, always])).toEqual(['toujours']);
    expect(reserveLines([day], [unsure, noHours])).toEqual([]);
  });

  test('a step that recommends no line gets lines that cover the whole week', () => {
    expect(reserveLines([], [day, late, always])).toEqual(['toujours']);
  });
});

describe('the live choice', () => {
  const at = (time: string) => new Date(`2026-11-26T${time}+01:00`);

  test('a recommended line that answers: no reserve', () => {
    expect(answerNow([day, late], [always], at('10:00'))).toEqual({
      openRecommended: ['jour', 'tard'],
    });
  });

  test('at 03:00 none answers: the first reserve line open now', () => {
    expect(answerNow([day, late], [night, always], at('03:00'))).toEqual({
      openRecommended: [],
      reserve: 'nuit',
    });
    expect(answerNow([day], [late, always], at('03:00')).reserve).toBe('toujours');
  });

  test('hours to confirm never count as open', () => {
    expect(answerNow([unsure], [always], at('12:00'))).toEqual({
      openRecommended: [],
      reserve: 'toujours',
    });
  });

  test('nobody answers: no reserve, and the caller says so', () => {
    expect(answerNow([day], [late], at('03:00'))).toEqual({ openRecommended: [] });
  });
});

describe('the content: every step that offers help has a line that answers, at every minute', () => {
  const { entries } = validateContent(join(process.cwd(), 'content'));
  const lines = entries
    .filter((entry) => entry.collection === 'helplines')
    .map((entry) => ({
      id: entry.id,
      data: entry.data as { kind: string; hours?: OpeningHours; dial?: string; order: number },
    }))
    .sort((a, b) => a.data.order - b.data.order);
  const phones = lines.filter((line) => line.data.kind === 'phone' && line.data.dial);
  const suicideLine = lines.find((line) => line.data.dial === '3114');
  const steps = entries
    .filter((entry) => entry.collection === 'chatbot')
    .map((entry) => ({
      id: entry.id,
      data: entry.data as { choices: unknown[]; helplines: string[]; danger: boolean },
    }))
    .filter((step) => step.data.choices.length === 0 || step.data.helplines.length > 0);

  test('there are steps to check', () => {
    expect(steps.length).toBeGreaterThan(0);
  });

  test.each(steps.map((step) => [step.id, step] as const))('%s', (_, step) => {
    const recommendedIds = new Set([
      ...step.data.helplines,
      ...(step.data.danger && suicideLine ? [suicideLine.id] : []),
    ]);
    const recommended = lines
      .filter((line) => recommendedIds.has(line.id))
      .map((line) => ({ id: line.id, hours: line.data.hours }));
    const reserve = reserveLines(
      recommended,
      phones.map((line) => ({ id: line.id, hours: line.data.hours })),
    );
    const shown = [
      ...recommended,
      ...lines
        .filter((l) => reserve.includes(l.id))
        .map((l) => ({ id: l.id, hours: l.data.hours })),
    ];
    const answers = shown.map((line) => answersDuring(line.hours));
    const silent: number[] = [];
    for (let minute = 0; minute < minutesPerWeek; minute += 1) {
      if (!answers.some((a) => a(minute))) silent.push(minute);
    }
    expect(silent).toEqual([]);
  });
});
