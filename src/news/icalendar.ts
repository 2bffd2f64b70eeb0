// iCalendar (RFC 5545) files of the agenda: one per event (« Ajouter à mon agenda ») and one for
// the whole agenda (an address to subscribe to). Written with ical.js, which escapes and folds
// lines as the RFC asks; times are Paris wall-clock times with their VTIMEZONE.
import ICAL from 'ical.js';
import type { EventTiming } from './event-time.ts';
import { eventBounds } from './event-time.ts';
import { nextDay, parisTimeZone } from './paris-time.ts';

// ical.js folds after 75 octets of content, and the continuation's leading space makes 76: one
// less keeps every line within the RFC's 75 octets.
ICAL.foldLength = 74;

/** Europe/Paris since 1996: summer time from the last Sunday of March to the last of October. */
const parisTimeZoneDefinition = [
  'BEGIN:VTIMEZONE',
  `TZID:${parisTimeZone}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** What a calendar needs of an event: its timing and its words, with its page's address. */
export type CalendarEvent = EventTiming & {
  id: string;
  title: string;
  summary: string;
  venue: string;
  address?: string | undefined;
  city: string;
  url: string;
};

function addTime(event: ICAL.Component, name: string, day: string, time?: string) {
  if (!time) {
    event.addPropertyWithValue(name, ICAL.Time.fromDateString(day));
    return;
  }
  const property = event.addPropertyWithValue(
    name,
    ICAL.Time.fromDateTimeString(`${day}T${time}:00`),
  );
  property.setParameter('tzid', parisTimeZone);
}

function eventComponent(event: CalendarEvent, host: string, stamp: Date): ICAL.Component {
  const component = new ICAL.Component('vevent');
  const bounds = eventBounds(event);
  component.addPropertyWithValue('uid', `${event.id}@${host}`);
  component.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(stamp, true));
  if (bounds.allDay) {
    addTime(component, 'dtstart', bounds.firstDay);
    // An all-day end is exclusive: the day after the last one.
    addTime(component, 'dtend', nextDay(bounds.lastDay));
  } else {
    addTime(component, 'dtstart', bounds.firstDay, event.startTime);
    if (event.endTime) addTime(component, 'dtend', bounds.lastDay, event.endTime);
  }
  component.addPropertyWithValue('summary', event.title);
  component.addPropertyWithValue('description', `${event.summary}\n\n${event.url}`);
  component.addPropertyWithValue(
    'location',
    [event.venue, event.address, event.city].filter(Boolean).join(', '),
  );
  component.addPropertyWithValue('url', event.url);
  return component;
}

/** A calendar file with these events (one for an event's own file). */
export function calendarFile(
  events: CalendarEvent[],
  options: { name: string; host: string; stamp: Date },
): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', `-//${options.host}//Agenda//FR`);
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', options.name);
  calendar.addPropertyWithValue('x-wr-timezone', parisTimeZone);
  calendar.addSubcomponent(new ICAL.Component(ICAL.parse(parisTimeZoneDefinition)));
  for (const event of events)
    calendar.addSubcomponent(eventComponent(event, options.host, options.stamp));
  return `${calendar.toString()}\r\n`;
}
