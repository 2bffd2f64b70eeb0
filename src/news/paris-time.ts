// Days and times in Paris, where every date of the site is meant: a calendar day (AAAA-MM-JJ,
// parsed by the schemas as midnight UTC), a wall-clock time there, and their French wording.
// Pure: the current instant is always passed in.

export const parisTimeZone = 'Europe/Paris';

/** The AAAA-MM-JJ of a calendar day as the schemas parse it (midnight UTC). */
export const isoDay = (day: Date): string => day.toISOString().slice(0, 10);

const parisDayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: parisTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day it is in Paris at `now`, AAAA-MM-JJ. */
export const parisDay = (now: Date): string => parisDayFormat.format(now);

const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: parisTimeZone,
  timeZoneName: 'longOffset',
});

/** Minutes Paris is ahead of UTC at an instant (60 in winter, 120 in summer). */
function parisOffsetMinutes(instant: number): number {
  const name = offsetFormat.formatToParts(instant).find((p) => p.type === 'timeZoneName')!.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The instant of a wall-clock time in Paris on a day (AAAA-MM-JJ, HH:MM; 00:00 if absent). */
export function parisInstant(day: string, time = '00:00'): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, min);
  // Two passes settle the offset on either side of a change of time.
  const first = wall - parisOffsetMinutes(wall) * 60_000;
  return new Date(wall - parisOffsetMinutes(first) * 60_000);
}

/** The day after (AAAA-MM-JJ). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return isoDay(date);
}

const longDay = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** « 10 octobre 2026 », « 1er mai 2026 ». */
export function dayInWords(day: Date | string): string {
  const date = typeof day === 'string' ? new Date(`${day}T00:00:00Z`) : day;
  const words = longDay.format(date);
  return date.getUTCDate() === 1 ? words.replace(/^1 /, '1er ') : words;
}

/** « 14 h », « 9 h 30 » (French typography for times). */
export function timeInWords(time: string): string {
  const [h, min] = time.split(':') as [string, string];
  return `${Number(h)} h${min === '00' ? '' : ` ${min}`}`;
}

const monthYear = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  month: 'long',
  year: 'numeric',
});

/** A date as precise as its source: « 2024 », « décembre 2023 », « 10 octobre 2022 ». */
export function partialDateInWords(value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return monthYear.format(new Date(`${value}-01T00:00:00Z`));
  return dayInWords(value);
}

/** An instant as ISO 8601 with Paris's offset: 2026-10-10T14:00:00+02:00 (for JSON-LD). */
export function parisIsoDateTime(day: string, time: string): string {
  const offset = parisOffsetMinutes(parisInstant(day, time).getTime());
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${day}T${time}:00${sign}${hh}:${mm}`;
}
