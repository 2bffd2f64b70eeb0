import { describe, expect, test } from 'vitest';
import {
  formatTime,
  hoursInWords,
  openingHoursSpecification,
  openingStatus,
  parisWallClock,
} from '../../src/help/opening-hours.ts';
import type { OpeningHours } from '../../src/content/schemas/helplines.ts';

const everyDay = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const filSanteJeunes: OpeningHours = {
  type: 'weekly',
  slots: [{ days: [...everyDay], opens: '09:00', closes: '23:00' }],
};
const droguesInfoService: OpeningHours = {
  type: 'weekly',
  slots: [{ days: [...everyDay], opens: '08:00', closes: '02:00' }],
};
const always: OpeningHours = { type: 'always' };
// A test line closed on Sunday, open late on Friday night, with a lunch break on weekdays.
const officeHours: OpeningHours = {
  type: 'weekly',
  slots: [
    { days: ['mon', 'tue', 'wed', 'thu'], opens: '09:00', closes: '12:00' },
    { days: ['mon', 'tue', 'wed', 'thu'], opens: '14:00', closes: '18:00' },
    { days: ['fri'], opens: '20:00', closes: '01:00' },
    { days: ['sat'], opens: '10:00', closes: '12:30' },
  ],
};

// French typography puts no-break spaces in "9 h"; the table is easier to read with plain ones.
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

// Instants written with their Paris offset (+01:00 in winter, +02:00 in summer), or in UTC around
// the daylight-saving changes, where the offset is the point; Paris time in the comments.
const open = (until: string) => `Ouvert maintenant — jusqu’à ${until}`;
const closed = (next: string) => `Fermé — ouvre ${next}`;
const names = new Map<OpeningHours, string>([
  [filSanteJeunes, 'Fil Santé Jeunes'],
  [droguesInfoService, 'Drogues Info Service'],
  [always, '3114'],
  [officeHours, 'office'],
]);
const timeline: [OpeningHours, string, string][] = [
  // Opening and closing boundaries (Thursday 26 November 2026).
  [filSanteJeunes, '2026-11-26T08:59+01:00', closed('à 9 h')],
  [filSanteJeunes, '2026-11-26T09:00+01:00', open('23 h')],
  [filSanteJeunes, '2026-11-26T22:59+01:00', open('23 h')],
  [filSanteJeunes, '2026-11-26T23:00+01:00', closed('demain à 9 h')],
  [filSanteJeunes, '2026-11-27T00:00+01:00', closed('à 9 h')],
  // Past midnight: the slot that opened the day before goes on.
  [droguesInfoService, '2026-11-26T07:59+01:00', closed('à 8 h')],
  [droguesInfoService, '2026-11-26T08:00+01:00', open('2 h')],
  [droguesInfoService, '2026-11-26T23:30+01:00', open('2 h')],
  [droguesInfoService, '2026-11-29T01:30+01:00', open('2 h')], // Sunday 1:30
  [droguesInfoService, '2026-11-30T01:59+01:00', open('2 h')], // Monday 1:59, Sunday's slot
  [droguesInfoService, '2026-11-29T02:00+01:00', closed('à 8 h')],
  [droguesInfoService, '2026-11-29T02:30+01:00', closed('à 8 h')],
  // Spring forward, 29 March 2026: 2:00 CET becomes 3:00 CEST at 01:00 UTC.
  [droguesInfoService, '2026-03-29T00:59Z', open('2 h')], // 1:59 CET
  [droguesInfoService, '2026-03-29T01:00Z', closed('à 8 h')], // 3:00 CEST
  [droguesInfoService, '2026-03-29T05:59Z', closed('à 8 h')], // 7:59 CEST
  [droguesInfoService, '2026-03-29T06:00Z', open('2 h')], // 8:00 CEST
  [filSanteJeunes, '2026-03-29T07:00Z', open('23 h')], // 9:00 CEST
  [filSanteJeunes, '2026-03-29T06:30Z', closed('à 9 h')], // 8:30 CEST (9:30 in UTC+1: open)
  // Fall back, 25 October 2026: 3:00 CEST becomes 2:00 CET at 01:00 UTC; 2:30 happens twice.
  [droguesInfoService, '2026-10-24T23:59Z', open('2 h')], // 1:59 CEST
  [droguesInfoService, '2026-10-25T00:00Z', closed('à 8 h')], // first 2:00, CEST
  [droguesInfoService, '2026-10-25T00:30Z', closed('à 8 h')], // first 2:30, CEST
  [droguesInfoService, '2026-10-25T01:30Z', closed('à 8 h')], // second 2:30, CET
  [droguesInfoService, '2026-10-25T07:00Z', open('2 h')], // 8:00 CET
  [filSanteJeunes, '2026-10-25T21:59Z', open('23 h')], // 22:59 CET
  [filSanteJeunes, '2026-10-25T22:00Z', closed('demain à 9 h')], // 23:00 CET
  // The same two changes in 2027: 28 March and 31 October.
  [droguesInfoService, '2027-03-28T00:30Z', open('2 h')], // 1:30 CET
  [droguesInfoService, '2027-03-28T01:30Z', closed('à 8 h')], // 3:30 CEST
  [filSanteJeunes, '2027-03-28T07:00Z', open('23 h')], // 9:00 CEST
  [droguesInfoService, '2027-10-30T23:30Z', open('2 h')], // 1:30 CEST
  [droguesInfoService, '2027-10-31T01:30Z', closed('à 8 h')], // second 2:30, CET
  [filSanteJeunes, '2027-10-31T07:59Z', closed('à 9 h')], // 8:59 CET
  [filSanteJeunes, '2027-10-31T08:00Z', open('23 h')], // 9:00 CET
  // Always open, whatever the instant.
  [always, '2026-11-26T03:00+01:00', 'Ouvert 24 h/24'],
  [always, '2026-10-25T01:30Z', 'Ouvert 24 h/24'], // the second 2:30 of the night
  // A schedule with a closed day, a lunch break and a Friday night past midnight.
  [officeHours, '2026-11-26T12:00+01:00', closed('à 14 h')], // Thursday, lunch
  [officeHours, '2026-11-26T11:30+01:00', open('12 h')],
  [officeHours, '2026-11-26T18:00+01:00', closed('demain à 20 h')],
  [officeHours, '2026-11-28T00:30+01:00', open('1 h')], // Saturday, Friday night's slot
  [officeHours, '2026-11-28T12:30+01:00', closed('lundi à 9 h')],
  [officeHours, '2026-11-28T11:00+01:00', open('12 h 30')],
  [officeHours, '2026-11-29T15:00+01:00', closed('demain à 9 h')], // closed on Sunday
  [officeHours, '2026-11-27T09:00+01:00', closed('à 20 h')], // Friday
];
const cases = timeline.map(
  ([hours, iso, expected]) => [names.get(hours)!, iso, expected, hours] as const,
);

describe('openingStatus, in Paris time', () => {
  test.each(cases)('%s, %s: %s', (_name, iso, expected, hours) => {
    expect(plain(openingStatus(hours, new Date(iso)).label)).toBe(expected);
  });

  test('open flag and state follow the label', () => {
    expect(openingStatus(droguesInfoService, new Date('2026-11-29T01:30+01:00'))).toMatchObject({
      state: 'open',
      open: true,
    });
    expect(openingStatus(filSanteJeunes, new Date('2026-11-29T01:30+01:00'))).toMatchObject({
      state: 'closed',
      open: false,
    });
    expect(openingStatus(always, new Date())).toMatchObject({ state: 'always', open: true });
    expect(openingStatus(undefined, new Date())).toMatchObject({ state: 'unknown', open: false });
  });

  test('a schedule that covers the whole week reads as always open', () => {
    const roundTheClock: OpeningHours = {
      type: 'weekly',
      slots: [{ days: [...everyDay], opens: '00:00', closes: '00:00' }],
    };
    expect(plain(openingStatus(roundTheClock, new Date('2026-11-26T12:00+01:00')).label)).toBe(
      'Ouvert 24 h/24',
    );
  });

  test('reads the Paris wall clock whatever the zone of the process', () => {
    // 2026-11-29T00:30Z is Sunday 1:30 in Paris but still Saturday evening in New York.
    expect(parisWallClock(new Date('2026-11-29T00:30Z'))).toEqual({ day: 6, minutes: 90 });
    expect(parisWallClock(new Date('2026-07-01T22:15Z'))).toEqual({ day: 3, minutes: 15 });
  });
});

describe('hours in words', () => {
  test.each([
    [filSanteJeunes, 'Tous les jours, de 9 h à 23 h'],
    [droguesInfoService, 'Tous les jours, de 8 h à 2 h du matin'],
    [always, '24 h/24, 7 j/7'],
    [
      officeHours,
      'Du lundi au jeudi, de 9 h à 12 h et de 14 h à 18 h ; Vendredi, de 20 h à 1 h du matin ; Samedi, de 10 h à 12 h 30',
    ],
    [
      { type: 'weekly', slots: [{ days: ['sat', 'sun'], opens: '18:00', closes: '00:00' }] },
      'Samedi et dimanche, de 18 h à minuit',
    ],
    [
      {
        type: 'weekly',
        slots: [{ days: ['mon', 'wed', 'thu', 'fri'], opens: '22:00', closes: '08:00' }],
      },
      'Lundi et du mercredi au vendredi, de 22 h à 8 h le lendemain',
    ],
    [undefined, 'Horaires non communiqués'],
  ] as [OpeningHours | undefined, string][])('%j', (hours, expected) => {
    expect(plain(hoursInWords(hours))).toBe(expected);
  });

  test('times', () => {
    expect(plain(formatTime(9 * 60))).toBe('9 h');
    expect(plain(formatTime(12 * 60 + 5))).toBe('12 h 05');
    expect(formatTime(0)).toBe('minuit');
    expect(formatTime(26 * 60)).toBe('2\u00a0h');
  });
});

describe('schema.org opening hours', () => {
  test('a line past midnight keeps its closing time (schema.org reads it as the next day)', () => {
    expect(openingHoursSpecification(droguesInfoService)).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: expect.arrayContaining(['https://schema.org/Sunday']),
        opens: '08:00',
        closes: '02:00',
      },
    ]);
  });

  test('an always-open line spans every day', () => {
    const [spec] = openingHoursSpecification(always);
    expect(spec).toMatchObject({ opens: '00:00', closes: '23:59' });
    expect((spec!.dayOfWeek as string[]).length).toBe(7);
  });
});
