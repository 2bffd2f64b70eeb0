// The quick exit's keyboard trigger: only Shift pressed and released alone counts, three times
// within the window.
import { describe, expect, test } from 'vitest';
import {
  createShiftCounter,
  pressWindow,
  pressesToExit,
  type ShiftEvent,
} from '../../src/help/shift-presses.ts';

const down = (key: string, repeat = false): ShiftEvent => ({ type: 'keydown', key, repeat });
const up = (key: string): ShiftEvent => ({ type: 'keyup', key });

/** Feeds events one millisecond apart from `start`; returns whether the exit fired. */
function feed(events: ShiftEvent[], counter = createShiftCounter(), start = 0) {
  let exit = false;
  events.forEach((event, index) => {
    if (counter.handle(event, start + index).exit) exit = true;
  });
  return { exit, counter };
}

const shift = [down('Shift'), up('Shift')];

describe('Shift pressed alone', () => {
  test(`${pressesToExit} presses set off the exit, one fewer does not`, () => {
    expect(feed(Array(pressesToExit).fill(shift).flat()).exit).toBe(true);
    const almost = feed(
      Array(pressesToExit - 1)
        .fill(shift)
        .flat(),
    );
    expect(almost.exit).toBe(false);
    expect(almost.counter.count).toBe(pressesToExit - 1);
  });

  test('a press counts on release, not on keydown', () => {
    const counter = createShiftCounter();
    expect(counter.handle(down('Shift'), 0).changed).toBe(false);
    expect(counter.count).toBe(0);
    expect(counter.handle(up('Shift'), 1)).toEqual({ count: 1, exit: false, changed: true });
  });

  test('Shift+Tab, three times, never counts', () => {
    const shiftTab = [down('Shift'), down('Tab'), up('Tab'), up('Shift')];
    const { exit, counter } = feed(Array(pressesToExit).fill(shiftTab).flat());
    expect(exit).toBe(false);
    expect(counter.count).toBe(0);
  });

  test('another key between presses starts the count again', () => {
    const events = [...shift, ...shift, down('a'), up('a'), ...shift];
    const { exit, counter } = feed(events);
    expect(exit).toBe(false);
    expect(counter.count).toBe(1);
  });

  test('a held Shift (auto-repeat) is one press', () => {
    const held = [down('Shift'), down('Shift', true), down('Shift', true), up('Shift')];
    const { counter } = feed(held);
    expect(counter.count).toBe(1);
  });

  test(`presses further apart than ${pressWindow} ms start a new count`, () => {
    const counter = createShiftCounter();
    let time = 0;
    const press = () => {
      counter.handle(down('Shift'), time);
      return counter.handle(up('Shift'), (time += 1));
    };
    press();
    time += pressWindow / 2;
    press();
    time += pressWindow; // The third press comes too late: it is the first of a new count.
    expect(press()).toEqual({ count: 1, exit: false, changed: true });
  });

  test('after setting off the exit, the count is back at zero (the page may come back)', () => {
    const { exit, counter } = feed(Array(pressesToExit).fill(shift).flat());
    expect(exit).toBe(true);
    expect(counter.count).toBe(0);
  });
});
