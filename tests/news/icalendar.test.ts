// The agenda's calendar files, read back by a maintained iCalendar parser (ical.js): valid per
// RFC 5545 (CRLF lines of at most 75 octets, the required properties), and each event at the
// instant it takes place in Paris, whatever the season.
import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { calendarFile, type CalendarEvent } from '../../src/news/icalendar.ts';
import { eventBounds } from '../../src/news/event-time.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const base = {
  summary: 'Un atelier ; avec, des « signes », et\\ des retours',
  venue: 'Lycée d’essai',
  city: 'Lyon',
  url: 'https://exemple.fr/agenda/atelier/',
};
const events: CalendarEvent[] = [
  {
    ...base,
    id: 'hiver',
    title: 'Atelier d’hiver',
    startDate: day('2026-01-15'),
    startTime: '14:00',
    endTime: '16:30',
  },
  {
    ...base,
    id: 'ete',
    title: 'Atelier d’été',
    startDate: day('2026-07-15'),
    startTime: '09:30',
    endTime: '12:00',
    address: '1 rue d’Essai',
  },
  { ...base, id: 'journee', title: 'Journée mondiale', startDate: day('2026-10-10') },
  {
    ...base,
    id: 'forum',
    title: 'Forum sur deux jours',
    startDate: day('2026-10-24'),
    endDate: day('2026-10-25'),
  },
  {
    ...base,
    id: 'soiree',
    title: 'Soirée ' + 'très '.repeat(30),
    startDate: day('2026-10-24'),
    startTime: '20:00',
    endDate: day('2026-10-25'),
    endTime: '01:00',
  },
];
const text = calendarFile(events, {
  name: 'Agenda',
  host: 'exemple.fr',
  stamp: new Date('2026-12-07T10:00:00Z'),
});
const calendar = new ICAL.Component(ICAL.parse(text));
const parisZone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
ICAL.TimezoneService.register(parisZone, 'Europe/Paris');

describe('the calendar file', () => {
  test('lines end with CRLF and fold at 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.filter((line) => line.includes('\n'))).toEqual([]);
    expect(lines.filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
  });

  test('a calendar with its version, product, time zone and one VEVENT per event', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe(
      'Europe/Paris',
    );
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents.map((v) => v.getFirstPropertyValue('uid'))).toEqual(
      events.map((e) => `${e.id}@exemple.fr`),
    );
    for (const vevent of vevents) {
      expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-12-07T10:00:00Z');
      expect(vevent.getFirstProperty('dtstart')).toBeTruthy();
    }
  });

  test('texts come back as written (commas, semicolons, backslashes escaped)', () => {
    const event = new ICAL.Event(calendar.getAllSubcomponents('vevent')[1]!);
    expect(event.summary).toBe('Atelier d’été');
    expect(event.description).toBe(`${base.summary}\n\n${base.url}`);
    expect(event.location).toBe('Lycée d’essai, 1 rue d’Essai, Lyon');
    const long = new ICAL.Event(calendar.getAllSubcomponents('vevent')[4]!);
    expect(long.summary).toBe(events[4]!.title);
  });

  test.each(events.map((e, index) => [e.id, index] as const))(
    '%s starts and ends at its Paris instants',
    (_, index) => {
      const source = events[index]!;
      const event = new ICAL.Event(calendar.getAllSubcomponents('vevent')[index]!);
      const bounds = eventBounds(source);
      if (bounds.allDay) {
        expect(event.startDate.isDate).toBe(true);
        expect(event.startDate.toString()).toBe(bounds.firstDay);
        // Exclusive end: the day after the last one.
        expect(event.endDate.isDate).toBe(true);
        expect(event.endDate.toJSDate().getTime()).toBeGreaterThan(day(bounds.lastDay).getTime());
      } else {
        expect(event.startDate.zone.tzid).toBe('Europe/Paris');
        expect(event.startDate.toUnixTime() * 1000).toBe(bounds.start.getTime());
        expect(event.endDate.toUnixTime() * 1000).toBe(bounds.end.getTime());
      }
    },
  );
});
