// Long work cut into short tasks, between which the browser handles input and paints (a task
// over 50 ms makes a page feel stuck): the interactive map draws its shapes this way.

/** Gives the browser a turn: input, rendering, other tasks. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Calls `work` on each item in order, yielding to the browser whenever a slice has run for
 * `budgetMs` (a slow phone gets more, shorter slices than a laptop).
 */
export async function inSlices<T>(
  items: Iterable<T>,
  work: (item: T) => void,
  { budgetMs = 8, now = () => performance.now(), yieldTask = nextTask } = {},
): Promise<void> {
  let sliceStart = now();
  let first = true;
  for (const item of items) {
    if (!first && now() - sliceStart >= budgetMs) {
      await yieldTask();
      sliceStart = now();
    }
    first = false;
    work(item);
  }
}
