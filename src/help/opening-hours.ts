// Opening hours of the help lines: whether a line answers at a given instant, and its hours in
// French words. Pure: the help page runs it at build time and in the browser (only types come
// from the schemas, so no schema code reaches the client bundle).
//
// Everything is computed on the wall clock of Europe/Paris, read through Intl with an explicit time
// zone: the visitor's own clock zone never matters, and the daylight-saving changes are handled by
// the time-zone database (02:30 does not exist on the spring day, and happens twice in autumn).
import type { OpeningHours } from '../content/schemas/helplines.ts';
import { capitalize, joinFrench } from '../lib/french-grammar.ts';
import {
  minutesPerDay,
  minutesPerWeek,
  slotSpan,
  toMinutes,
  type Interval,
} from '../content/opening-slots.ts';
import {
  weekDayLabels as dayNames,
  weekDays as dayOrder,
  type WeekDay as Day,
} from '../content/week-days.ts';

export const parisTimeZone = 'Europe/Paris';

const schemaOrgDays: Record<Day, string> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
};

/** French typography keeps "9 h" together: a no-break space between the figure and its unit. */
const nbsp = '\u00a0';

/** Paris wall-clock position of an instant: day of the week (Monday = 0) and minutes since midnight. */
export function parisWallClock(instant: Date): { day: number; minutes: number } {
  const parts = parisFormatter().formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday'));
  // Some engines write midnight as 24 even with h23; modulo keeps it 0.
  const hour = Number(part('hour')) % 24;
  return { day: weekday, minutes: hour * 60 + Number(part('minute')) };
}

let formatter: Intl.DateTimeFormat | undefined;
function parisFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: parisTimeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return formatter;
}

/** A time of day in French words: "9 h", "9 h 30", "minuit". */
export function formatTime(minutes: number): string {
  const m = ((minutes % minutesPerDay) + minutesPerDay) % minutesPerDay;
  if (m === 0) return 'minuit';
  const hours = Math.floor(m / 60);
  const rest = m % 60;
  return `${hours}${nbsp}h${rest ? `${nbsp}${String(rest).padStart(2, '0')}` : ''}`;
}

/**
 * The open periods of a week, in minutes since Monday 00:00 (Paris wall clock), merged where they
 * touch. A slot that closes "before" it opens runs into the next day; one whose opening and closing
 * times are equal lasts 24 hours.
 */
function weekIntervals(hours: Extract<OpeningHours, { type: 'weekly' }>): Interval[] {
  const raw: Interval[] = [];
  for (const slot of hours.slots) {
    for (const day of slot.days) {
      const { start, end } = slotSpan(slot, day);
      // The same week one before and one after, so that Sunday night meets Monday morning.
      for (const shift of [-minutesPerWeek, 0, minutesPerWeek]) {
        raw.push({ start: start + shift, end: end + shift });
      }
    }
  }
  raw.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of raw) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/**
 * Whether a line answers at each minute of the week (Paris wall clock), as a test to call many
 * times. Hours to confirm answer never: nobody is sent to a line that may be closed.
 */
export function answersDuring(hours: OpeningHours | undefined): (minuteOfWeek: number) => boolean {
  if (!hours || hours.toConfirm) return () => false;
  if (hours.type === 'always') return () => true;
  const intervals = weekIntervals(hours);
  return (minute) => intervals.some((i) => i.start <= minute && minute < i.end);
}

/** The minute of the week (Monday 00:00 = 0) of an instant, on the Paris wall clock. */
export function parisWeekMinute(instant: Date): number {
  const { day, minutes } = parisWallClock(instant);
  return day * minutesPerDay + minutes;
}

export type OpeningStatus = {
  /**
   * `always`: open day and night; `unknown`: no hours in the content; `unconfirmed`: hours the
   * content marks as not checked, on which no open/closed claim is made.
   */
  state: 'always' | 'open' | 'closed' | 'unknown' | 'unconfirmed';
  open: boolean;
  /** What the card says: "Ouvert maintenant — jusqu’à 23 h". */
  label: string;
};

/** Names a moment `dayOffset` days after today: "" (today), "demain", or the day's name. */
function dayWord(dayOffset: number, day: number): string {
  if (dayOffset === 0) return '';
  if (dayOffset === 1) return 'demain';
  return dayNames[dayOrder[((day % 7) + 7) % 7]!];
}

/** Whether a line answers at `instant`, and the sentence that says so, in Paris time. */
export function openingStatus(hours: OpeningHours | undefined, instant: Date): OpeningStatus {
  if (!hours) return { state: 'unknown', open: false, label: 'Horaires non communiqués' };
  if (hours.toConfirm) return { state: 'unconfirmed', open: false, label: 'Horaires à confirmer' };
  const always = { state: 'always', open: true, label: `Ouvert 24${nbsp}h/24` } as const;
  if (hours.type === 'always') return always;

  const { day, minutes } = parisWallClock(instant);
  const now = day * minutesPerDay + minutes;
  const today = Math.floor(now / minutesPerDay);
  const intervals = weekIntervals(hours);
  const current = intervals.find((i) => i.start <= now && now < i.end);

  if (current) {
    if (current.end - current.start >= minutesPerWeek) return always;
    const closingDay = Math.floor(current.end / minutesPerDay);
    const offset = closingDay - today;
    const closingTime = current.end % minutesPerDay;
    // Closing at 2 h "tomorrow" is tonight for anyone awake: say the hour alone.
    const word = offset === 1 && closingTime <= 6 * 60 ? '' : dayWord(offset, closingDay);
    return {
      state: 'open',
      open: true,
      label: `Ouvert maintenant — jusqu’à ${word ? `${word} ` : ''}${formatTime(current.end)}`,
    };
  }

  const next = intervals.find((i) => i.start > now);
  if (!next) return { state: 'closed', open: false, label: 'Fermé' };
  const openingDay = Math.floor(next.start / minutesPerDay);
  const word = dayWord(openingDay - today, openingDay);
  return {
    state: 'closed',
    open: false,
    label: `Fermé — ouvre ${word ? `${word} ` : ''}à ${formatTime(next.start)}`,
  };
}

/** "Tous les jours", "du lundi au vendredi", "samedi et dimanche". */
export function daysInWords(days: readonly Day[]): string {
  const indexes = [...new Set(days.map((d) => dayOrder.indexOf(d)))].sort((a, b) => a - b);
  if (indexes.length === 7) return 'tous les jours';
  const runs: number[][] = [];
  for (const index of indexes) {
    const run = runs.at(-1);
    if (run && run.at(-1) === index - 1) run.push(index);
    else runs.push([index]);
  }
  const parts = runs.flatMap((run) =>
    run.length >= 3
      ? [`du ${dayNames[dayOrder[run[0]!]!]} au ${dayNames[dayOrder[run.at(-1)!]!]}`]
      : run.map((index) => dayNames[dayOrder[index]!]),
  );
  return joinFrench(parts);
}

function rangeInWords(opens: string, closes: string): string {
  const from = toMinutes(opens);
  const to = toMinutes(closes);
  if (from === to) return `24${nbsp}h/24`;
  if (to > from || to === 0) return `de ${formatTime(from)} à ${formatTime(to)}`;
  // Past midnight: "2 h du matin" reads naturally; later hours need "le lendemain".
  return to <= 6 * 60
    ? `de ${formatTime(from)} à ${formatTime(to)} du matin`
    : `de ${formatTime(from)} à ${formatTime(to)} le lendemain`;
}

/** The hours in French words: "Tous les jours, de 9 h à 23 h", "24 h/24, 7 j/7". */
export function hoursInWords(hours: OpeningHours | undefined): string {
  if (!hours) return 'Horaires non communiqués';
  if (hours.type === 'always') return `24${nbsp}h/24, 7${nbsp}j/7`;
  // Slots on the same days read as one sentence: "Du lundi au vendredi, de 9 h à 12 h et de 14 h à 18 h".
  const groups = new Map<string, { days: Day[]; ranges: string[] }>();
  for (const slot of hours.slots) {
    const days = [...slot.days].sort((a, b) => dayOrder.indexOf(a) - dayOrder.indexOf(b));
    const key = days.join(',');
    const group = groups.get(key) ?? { days, ranges: [] };
    group.ranges.push(rangeInWords(slot.opens, slot.closes));
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => capitalize(`${daysInWords(group.days)}, ${joinFrench(group.ranges)}`))
    .join(' ; ');
}

/** schema.org OpeningHoursSpecification for a line's hours (closing before opening spans midnight). */
export function openingHoursSpecification(
  hours: OpeningHours | undefined,
): Record<string, unknown>[] {
  if (!hours) return [];
  if (hours.type === 'always') {
    return [
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: dayOrder.map((d) => schemaOrgDays[d]),
        opens: '00:00',
        closes: '23:59',
      },
    ];
  }
  return hours.slots.map((slot) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: slot.days.map((d) => schemaOrgDays[d]),
    opens: slot.opens,
    closes: slot.closes,
  }));
}
