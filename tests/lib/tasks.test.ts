import { describe, expect, it } from 'vitest';
import { inSlices } from '../../src/lib/tasks.ts';

/** A clock the work moves forward, and a log of what ran between which yields. */
function harness(costOf: (item: number) => number) {
  let time = 0;
  const log: string[] = [];
  return {
    log,
    run: (items: number[], budgetMs: number) =>
      inSlices(
        items,
        (item) => {
          log.push(String(item));
          time += costOf(item);
        },
        {
          budgetMs,
          now: () => time,
          yieldTask: async () => {
            log.push('|');
          },
        },
      ),
  };
}

describe('inSlices', () => {
  it('does every item once, in order', async () => {
    const { log, run } = harness(() => 3);
    await run([1, 2, 3, 4, 5, 6, 7], 10);
    expect(log.filter((entry) => entry !== '|')).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('yields as soon as a slice has used its budget, never in the middle of an item', async () => {
    const { log, run } = harness(() => 3);
    await run([1, 2, 3, 4, 5, 6, 7], 8);
    // 3 + 3 = 6 < 8: a third item still fits; after it (9 ≥ 8) the browser gets a turn.
    expect(log.join(' ')).toBe('1 2 3 | 4 5 6 | 7');
  });

  it('gives an item longer than the budget a slice of its own', async () => {
    const { log, run } = harness((item) => (item === 2 ? 50 : 1));
    await run([1, 2, 3], 8);
    expect(log.join(' ')).toBe('1 2 | 3');
  });

  it('does not yield when everything fits in one slice, nor for no items', async () => {
    const fits = harness(() => 1);
    await fits.run([1, 2, 3], 8);
    expect(fits.log).not.toContain('|');
    const none = harness(() => 1);
    await none.run([], 8);
    expect(none.log).toEqual([]);
  });

  it('yields to real tasks by default', async () => {
    const order: string[] = [];
    const done = inSlices([1, 2], (item) => order.push(`item ${item}`), {
      budgetMs: 0,
    });
    order.push('caller goes on');
    await done;
    expect(order).toEqual(['item 1', 'caller goes on', 'item 2']);
  });
});
