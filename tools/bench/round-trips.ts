// Round trips before a page's first paint, from its sizes (pure: unit-tested without a browser).

/** TCP's first window (10 segments, about 14 KB): what a server sends before its first ACK. */
export const firstWindowBytes = 14 * 1024;

/** Round trips to receive `bytes` in TCP slow start (the window doubles each round trip). */
export function slowStartRounds(bytes: number): number {
  let rounds = 0;
  for (let sent = 0, window = firstWindowBytes; sent < bytes; sent += window, window *= 2) {
    rounds += 1;
  }
  return rounds;
}

/**
 * Round trips before the first paint, on a warm connection: the HTML, then (if the page has
 * render-blocking stylesheets or scripts, fetched in parallel over one HTTP/2 connection) those.
 */
export function roundTripsToFirstPaint(htmlBytes: number, blockingBytes: number[]): number {
  const blocking = blockingBytes.reduce((sum, bytes) => sum + bytes, 0);
  return slowStartRounds(htmlBytes) + (blockingBytes.length ? slowStartRounds(blocking) : 0);
}
