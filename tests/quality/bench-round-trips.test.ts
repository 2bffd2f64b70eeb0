// The benchmark's round-trip count: TCP slow start from a 14 KB first window, doubling each round.
import { describe, expect, test } from 'vitest';
import {
  firstWindowBytes,
  roundTripsToFirstPaint,
  slowStartRounds,
} from '../../scripts/bench/page-weight.ts';

describe('slowStartRounds', () => {
  test.each([
    [1, 1],
    [firstWindowBytes, 1],
    [firstWindowBytes + 1, 2],
    [3 * firstWindowBytes, 2],
    [3 * firstWindowBytes + 1, 3],
    [7 * firstWindowBytes, 3],
  ])('%i bytes take %i round trip(s)', (bytes, rounds) => {
    expect(slowStartRounds(bytes)).toBe(rounds);
  });
});

describe('roundTripsToFirstPaint', () => {
  test('a page whose HTML fits the first window and blocks on nothing paints in one', () => {
    expect(roundTripsToFirstPaint(10_000, [])).toBe(1);
  });
  test('render-blocking files add their own round trips, fetched together', () => {
    expect(roundTripsToFirstPaint(10_000, [2_000, 3_000])).toBe(2);
    expect(roundTripsToFirstPaint(10_000, [firstWindowBytes, 1])).toBe(3);
  });
});
