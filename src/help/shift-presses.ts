// The keyboard trigger of the quick exit, after GOV.UK's "Exit this page": a press of Shift counts
// only when Shift goes down and comes back up with no other key in between (so Shift+Tab, a capital
// letter or a held Shift never count), any other key starts the count again, and three counted
// presses within the time window set it off. Pure: the caller feeds it key events and the time.

/** Counted presses that set off the exit. */
export const pressesToExit = 3;
/** Time allowed from the first counted press to the last, in milliseconds. */
export const pressWindow = 5_000;

export type ShiftEvent = { type: 'keydown' | 'keyup'; key: string; repeat?: boolean };

export type ShiftCount = {
  /** Counted presses so far (0 after a reset). */
  count: number;
  /** The count has just reached `pressesToExit`. */
  exit: boolean;
  /** Whether the count changed with this event (the caller updates what it shows). */
  changed: boolean;
};

export type ShiftCounter = {
  /** Feeds one key event, at `now` (milliseconds). */
  handle(event: ShiftEvent, now: number): ShiftCount;
  /** Starts again from zero (the page came back, or the window ran out). */
  reset(): void;
  readonly count: number;
};

export function createShiftCounter(): ShiftCounter {
  let count = 0;
  let firstAt = 0;
  /** Shift is down and no other key has been pressed since. */
  let alone = false;

  const result = (changed: boolean, exit = false): ShiftCount => ({ count, exit, changed });

  return {
    get count() {
      return count;
    },
    reset() {
      count = 0;
      alone = false;
    },
    handle(event, now) {
      if (event.key !== 'Shift') {
        // Any other key, down or up, breaks the sequence.
        alone = false;
        if (event.type === 'keydown' && count > 0) {
          count = 0;
          return result(true);
        }
        return result(false);
      }
      if (event.type === 'keydown') {
        if (!event.repeat) alone = true;
        return result(false);
      }
      // Shift released.
      if (!alone) return result(false);
      alone = false;
      if (count > 0 && now - firstAt > pressWindow) count = 0;
      if (count === 0) firstAt = now;
      count += 1;
      if (count >= pressesToExit) {
        count = 0;
        return { count: pressesToExit, exit: true, changed: true };
      }
      return result(true);
    },
  };
}
