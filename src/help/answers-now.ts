// "Someone answers now": what the end of a chatbot path offers beside the lines it recommends, so
// that whatever the hour, one line on screen answers. Computed from the lines' hours (the same
// opening-hours logic as the status badges), never written per step: it stays true when editors
// change hours or add steps. Pure, and free of zod: the browser runs `answerNow` every minute.
import type { OpeningHours } from '../content/schemas/helplines.ts';
import { answersDuring, openingStatus } from './opening-hours.ts';
import { minutesPerWeek } from '../content/opening-slots.ts';

export type LineHours = { id: string; hours: OpeningHours | undefined };

/**
 * Lines to keep in reserve beside `recommended`: together they answer at every minute of the week
 * where none of the recommended lines does. Greedy: the line that fills the most of what is left,
 * then the earlier in `candidates` (the editors' order). Empty when the recommended lines already
 * answer day and night; as few lines as it takes otherwise, or as many as help if the week cannot
 * be covered.
 */
export function reserveLines(
  recommended: readonly LineHours[],
  candidates: readonly LineHours[],
): string[] {
  const taken = new Set(recommended.map((line) => line.id));
  const covered = recommended.map((line) => answersDuring(line.hours));
  let gaps: number[] = [];
  for (let minute = 0; minute < minutesPerWeek; minute += 1) {
    if (!covered.some((answers) => answers(minute))) gaps.push(minute);
  }
  const pool = candidates
    .filter((line) => !taken.has(line.id))
    .map((line) => ({ id: line.id, answers: answersDuring(line.hours) }));
  const chosen: string[] = [];
  while (gaps.length > 0) {
    let best: { id: string; fills: number[] } | undefined;
    for (const line of pool) {
      if (chosen.includes(line.id)) continue;
      const fills = gaps.filter((minute) => line.answers(minute));
      if (fills.length > (best?.fills.length ?? 0)) best = { id: line.id, fills };
    }
    if (!best) break;
    chosen.push(best.id);
    const filled = new Set(best.fills);
    gaps = gaps.filter((minute) => !filled.has(minute));
  }
  return chosen;
}

export type AnswerNow = {
  /** The recommended lines that answer at this instant. */
  openRecommended: string[];
  /** When none does: the first reserve line that answers now (absent if there is none). */
  reserve?: string;
};

/** At `instant`, which recommended lines answer, and if none, which reserve line to offer. */
export function answerNow(
  recommended: readonly LineHours[],
  reserve: readonly LineHours[],
  instant: Date,
): AnswerNow {
  const answers = (line: LineHours) => openingStatus(line.hours, instant).open;
  const openRecommended = recommended.filter(answers).map((line) => line.id);
  if (openRecommended.length > 0) return { openRecommended };
  return { openRecommended, reserve: reserve.find(answers)?.id };
}
