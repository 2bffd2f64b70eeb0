// When an event takes place: its bounds in time, whether it is over, and how to say it in French.
// One rule for the schema (an event ends after it starts), the pages, the calendars and the
// browser's correction of « à venir ». Pure: the current instant is always passed in.
import { dayInWords, isoDay, nextDay, parisInstant, timeInWords } from './paris-time.ts';

/** The timing fields of an event, as the schema gives them (days parsed as midnight UTC). */
export type EventTiming = {
  startDate: Date;
  startTime?: string | undefined;
  endDate?: Date | undefined;
  endTime?: string | undefined;
};

export type EventBounds = {
  /** Whole days (no start time): ends at midnight after its last day. */
  allDay: boolean;
  firstDay: string;
  lastDay: string;
  start: Date;
  /** The instant it is over. */
  end: Date;
};

export function eventBounds(event: EventTiming): EventBounds {
  const firstDay = isoDay(event.startDate);
  const lastDay = event.endDate ? isoDay(event.endDate) : firstDay;
  const allDay = !event.startTime;
  const start = parisInstant(firstDay, event.startTime);
  // Without an end time, the event is still on until the end of its last day.
  const end =
    event.startTime && event.endTime
      ? parisInstant(lastDay, event.endTime)
      : parisInstant(nextDay(lastDay));
  return { allDay, firstDay, lastDay, start, end };
}

/** What is wrong with an event's timing, on the field to fix, or null. */
export function eventTimingProblem(event: EventTiming): { path: string[]; message: string } | null {
  if (event.endTime && !event.startTime)
    return {
      path: ['startTime'],
      message: 'Une heure de fin demande une heure de début (ou videz l’heure de fin).',
    };
  const firstDay = isoDay(event.startDate);
  if (event.endDate && isoDay(event.endDate) < firstDay)
    return { path: ['endDate'], message: 'La date de fin précède la date de début.' };
  if (event.startTime && event.endTime) {
    const { start, end } = eventBounds(event);
    if (end <= start)
      return {
        path: ['endTime'],
        message: 'L’événement doit finir après avoir commencé : vérifiez l’heure de fin.',
      };
  }
  return null;
}

/** Over: its end has passed. */
export const isPastEvent = (event: EventTiming, now: Date): boolean =>
  eventBounds(event).end.getTime() <= now.getTime();

/** « 10 octobre 2026, de 14 h à 16 h », « du 10 au 12 octobre 2026 », « 10 octobre 2026 ». */
export function eventWhenInWords(event: EventTiming): string {
  const { firstDay, lastDay } = eventBounds(event);
  const times = event.startTime
    ? event.endTime
      ? `de ${timeInWords(event.startTime)} à ${timeInWords(event.endTime)}`
      : `à ${timeInWords(event.startTime)}`
    : '';
  if (firstDay === lastDay)
    return times ? `${dayInWords(firstDay)}, ${times}` : dayInWords(firstDay);
  const from = event.startTime
    ? `${dayInWords(firstDay)} à ${timeInWords(event.startTime)}`
    : dayInWords(firstDay);
  const to = event.endTime
    ? `${dayInWords(lastDay)} à ${timeInWords(event.endTime)}`
    : dayInWords(lastDay);
  return `du ${from} au ${to}`;
}
