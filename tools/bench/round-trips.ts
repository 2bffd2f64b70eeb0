// Round trips before a page's first paint, from its HTML and sizes (pure: unit-tested without a
// browser).
import { parse } from 'node-html-parser';

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

/**
 * The files a page's first paint waits for, from its HTML as served (not the live DOM: a
 * stylesheet a script adds later does not hold up the first paint): stylesheets and classic
 * scripts of the `<head>`.
 */
export function renderBlocking(html: string): string[] {
  const head = parse(html).querySelector('head');
  if (!head) return [];
  const stylesheets = head
    .querySelectorAll('link')
    .filter((link) => /(^|\s)stylesheet(\s|$)/i.test(link.getAttribute('rel') ?? ''))
    .filter((link) => link.getAttribute('media') !== 'print')
    .map((link) => link.getAttribute('href'));
  const scripts = head
    .querySelectorAll('script[src]')
    .filter((script) => !script.hasAttribute('async') && !script.hasAttribute('defer'))
    .filter((script) => script.getAttribute('type') !== 'module')
    .map((script) => script.getAttribute('src'));
  return [...stylesheets, ...scripts].filter((url): url is string => !!url);
}
