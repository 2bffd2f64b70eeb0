// The rules on a help line's opening slots, in content terms: the schema refuses slots that
// would make the hours lie (validator and CMS alike). Pure and zod-free: the help pages' logic
// (src/help/opening-hours.ts) shares its week arithmetic.
import { weekDayLabels as dayNames, weekDays as dayOrder, type WeekDay as Day } from './week-days.ts';

export const minutesPerDay = 24 * 60;
export const minutesPerWeek = 7 * minutesPerDay;

/** "09:30" → 570. */
export function toMinutes(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}


export type Interval = { start: number; end: number };


/** One slot as the content writes it. */
export type OpeningSlot = { days: readonly Day[]; opens: string; closes: string };

export type SlotProblem = { path: (string | number)[]; message: string };

/** The minutes of the week a slot covers on one day, past midnight included. */
export function slotSpan(slot: OpeningSlot, day: Day): Interval {
  const opens = toMinutes(slot.opens);
  const closes = toMinutes(slot.closes);
  const start = dayOrder.indexOf(day) * minutesPerDay + opens;
  return { start, end: start + (closes > opens ? closes - opens : minutesPerDay - opens + closes) };
}

/** Whether two spans of the week meet, Sunday night running into Monday morning. */
function overlaps(a: Interval, b: Interval): boolean {
  return [-minutesPerWeek, 0, minutesPerWeek].some(
    (shift) => a.start < b.end + shift && b.start + shift < a.end,
  );
}

/**
 * What makes a list of slots lie, in French, with the path of the field to fix: a slot that
 * opens and closes at the same time (0 hours, which the page would show as "24 h/24"), a day
 * listed twice in one slot, two slots that overlap. The schema refuses them (validator and CMS).
 */
export function slotProblems(slots: readonly OpeningSlot[]): SlotProblem[] {
  const problems: SlotProblem[] = [];
  const valid = (slot: OpeningSlot) =>
    /^\d\d:\d\d$/.test(slot.opens) && /^\d\d:\d\d$/.test(slot.closes);
  slots.forEach((slot, index) => {
    if (valid(slot) && slot.opens === slot.closes) {
      problems.push({
        path: [index, 'closes'],
        message: `la plage n° ${index + 1} ferme à l’heure où elle ouvre (${slot.opens}) : elle durerait 0 heure. Pour une ligne ouverte jour et nuit, choisissez le type « Tout le temps ».`,
      });
    }
    const seen = new Set<Day>();
    for (const day of slot.days) {
      if (seen.has(day)) {
        problems.push({
          path: [index, 'days'],
          message: `la plage n° ${index + 1} cite deux fois le ${dayNames[day]}.`,
        });
        break;
      }
      seen.add(day);
    }
  });
  slots.forEach((slot, index) => {
    if (!valid(slot) || slot.opens === slot.closes) return;
    for (const [before, other] of slots.slice(0, index).entries()) {
      if (!valid(other) || other.opens === other.closes) continue;
      const day = slot.days.find((d) =>
        other.days.some((o) => overlaps(slotSpan(slot, d), slotSpan(other, o))),
      );
      if (day) {
        problems.push({
          path: [index],
          message: `la plage n° ${index + 1} (${slot.opens}–${slot.closes}) chevauche la plage n° ${before + 1} (${other.opens}–${other.closes}) le ${dayNames[day]} : une heure ne peut appartenir qu’à une seule plage. Réunissez-les ou corrigez les heures.`,
        });
        return;
      }
    }
  });
  return problems;
}

