// Days and times in Paris, events' bounds and their French wording: pure, with the clock passed in.
import { describe, expect, test } from 'vitest';
import {
  dayInWords,
  parisDay,
  parisInstant,
  partialDateInWords,
  timeInWords,
} from '../../src/news/paris-time.ts';
import { eventBounds, eventWhenInWords, isPastEvent } from '../../src/news/event-time.ts';
import { pressSourceSentence } from '../../src/news/press.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('Paris time', () => {
  test.each([
    ['2026-01-15', '14:00', '2026-01-15T13:00:00.000Z'],
    ['2026-07-15', '14:00', '2026-07-15T12:00:00.000Z'],
    // The night of the change to summer time: 03:00 comes straight after 01:59.
    ['2026-03-29', '03:30', '2026-03-29T01:30:00.000Z'],
    ['2026-10-25', '12:00', '2026-10-25T11:00:00.000Z'],
    ['2026-10-10', undefined, '2026-10-09T22:00:00.000Z'],
  ])('%s %s in Paris is %s', (d, time, expected) => {
    expect(parisInstant(d, time).toISOString()).toBe(expected);
  });

  test('the day in Paris, around midnight', () => {
    expect(parisDay(new Date('2026-10-09T21:59:00Z'))).toBe('2026-10-09');
    expect(parisDay(new Date('2026-10-09T22:00:00Z'))).toBe('2026-10-10');
  });

  test.each([
    ['2026-10-10', '10 octobre 2026'],
    ['2026-05-01', '1er mai 2026'],
  ])('%s in words: %s', (d, words) => {
    expect(dayInWords(d)).toBe(words);
    expect(dayInWords(day(d))).toBe(words);
  });

  test.each([
    ['14:00', '14 h'],
    ['09:30', '9 h 30'],
  ])('%s in words: %s', (time, words) => {
    expect(timeInWords(time)).toBe(words);
  });

  test.each([
    ['2024', '2024'],
    ['2023-12', 'décembre 2023'],
    ['2022-10-10', '10 octobre 2022'],
  ])('a date as precise as known: %s → %s', (value, words) => {
    expect(partialDateInWords(value)).toBe(words);
  });
});

describe('events in time', () => {
  const allDay = { startDate: day('2026-10-10') };
  const afternoon = { startDate: day('2026-10-10'), startTime: '14:00', endTime: '16:30' };
  const twoDays = { startDate: day('2026-10-10'), endDate: day('2026-10-11') };

  test('an all-day event lasts until midnight after its last day, Paris time', () => {
    expect(eventBounds(allDay)).toMatchObject({
      allDay: true,
      firstDay: '2026-10-10',
      lastDay: '2026-10-10',
    });
    expect(eventBounds(allDay).end.toISOString()).toBe('2026-10-10T22:00:00.000Z');
    expect(eventBounds(twoDays).end.toISOString()).toBe('2026-10-11T22:00:00.000Z');
  });

  test('past once its end has passed, never before', () => {
    expect(isPastEvent(afternoon, new Date('2026-10-10T14:29:00Z'))).toBe(false);
    expect(isPastEvent(afternoon, new Date('2026-10-10T14:30:00Z'))).toBe(true);
    expect(isPastEvent(allDay, new Date('2026-10-10T21:59:00Z'))).toBe(false);
    expect(isPastEvent(allDay, new Date('2026-10-10T22:00:00Z'))).toBe(true);
    // A start time alone: still on until the end of the day.
    const evening = { startDate: day('2026-10-10'), startTime: '18:00' };
    expect(isPastEvent(evening, new Date('2026-10-10T20:00:00Z'))).toBe(false);
  });

  test.each([
    [{ startDate: day('2026-10-10') }, '10 octobre 2026'],
    [
      { startDate: day('2026-10-10'), startTime: '14:00', endTime: '16:30' },
      '10 octobre 2026, de 14 h à 16 h 30',
    ],
    [{ startDate: day('2026-10-10'), startTime: '18:00' }, '10 octobre 2026, à 18 h'],
    [
      { startDate: day('2026-10-10'), endDate: day('2026-10-11') },
      'du 10 octobre 2026 au 11 octobre 2026',
    ],
    [
      {
        startDate: day('2026-10-10'),
        startTime: '20:00',
        endDate: day('2026-10-11'),
        endTime: '02:00',
      },
      'du 10 octobre 2026 à 20 h au 11 octobre 2026 à 2 h',
    ],
  ])('%j reads « %s »', (event, words) => {
    expect(eventWhenInWords(event)).toBe(words);
  });
});

describe('press credits', () => {
  test.each([
    [
      {
        outlet: 'Viva Magazine',
        originalTitle: 'Valentine',
        url: 'https://x.fr/',
        publishedOn: '2023-12',
      },
      '« Valentine », paru dans Viva Magazine en décembre 2023.',
    ],
    [
      { outlet: 'ESS et Société', url: 'https://x.fr/', publishedOn: '2023-02-22' },
      'Article paru dans ESS et Société le 22 février 2023.',
    ],
    [{ outlet: 'Radio', url: 'https://x.fr/' }, 'Article paru dans Radio.'],
  ])('%j', (press, sentence) => {
    expect(pressSourceSentence(press)).toBe(sentence);
  });
});
