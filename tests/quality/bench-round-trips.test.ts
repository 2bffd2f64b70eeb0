// The benchmark's round-trip count: TCP slow start from a 14 KB first window, doubling each round.
import { describe, expect, test } from 'vitest';
import {
  firstWindowBytes,
  renderBlocking,
  roundTripsToFirstPaint,
  slowStartRounds,
} from '../../tools/bench/round-trips.ts';
import { previousRun, referenceRun } from '../../tools/bench/report.ts';
import { pathologicalHeading } from '../../tools/bench/sections.ts';

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

describe('previousRun', () => {
  test('keeps the weights and Lighthouse of the last run, not the one before', () => {
    const older = [
      '# Banc d’essai',
      'Produit le 2026-11-26 13:25 UTC, commit abc1234, sur 2 cœurs',
      '## Construction',
      'builds',
      '## Poids au premier chargement',
      '| weights |',
      '## Lighthouse',
      '| scores |',
      '## Passage précédent (commit 0000000, 2026-01-01 00:00 UTC)',
      'very old',
    ].join('\n');
    const kept = previousRun(older);
    expect(kept).toContain('commit abc1234, 2026-11-26 13:25 UTC');
    expect(kept).toContain('### Poids au premier chargement\n| weights |');
    expect(kept).toContain('### Lighthouse\n| scores |');
    expect(kept).not.toContain('builds');
    expect(kept).not.toContain('very old');
  });
});

describe('referenceRun', () => {
  const withReference = [
    '# Banc d’essai',
    'Produit le 2026-11-30 02:33 UTC, commit abc1234',
    '## Poids au premier chargement',
    '| weights |',
    '## Passage précédent (commit 0000000, 2026-01-01 00:00 UTC)',
    'old',
    '## Référence : avant la consolidation (commit f3a93e7)',
    '| reference |',
  ].join('\n');

  test('is kept as is, from its heading to the end', () => {
    expect(referenceRun(withReference)).toBe(
      '## Référence : avant la consolidation (commit f3a93e7)\n| reference |\n',
    );
    expect(referenceRun('# Banc d’essai\n## Poids au premier chargement')).toBe('');
  });

  test('stops before a section another benchmark keeps after it', () => {
    const withOwnSection = `${withReference}\n\n${pathologicalHeading}\n| pathological |\n`;
    expect(referenceRun(withOwnSection)).toBe(
      '## Référence : avant la consolidation (commit f3a93e7)\n| reference |\n',
    );
  });

  test('is not taken into the previous run', () => {
    const kept = previousRun(withReference);
    expect(kept).toContain('| weights |');
    expect(kept).not.toContain('| reference |');
    expect(kept).not.toContain('old');
  });
});

describe('renderBlocking', () => {
  test('stylesheets and classic scripts of the head, not modules, deferred, print or body ones', () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/a.css"><link rel="preload stylesheet" href="/b.css">
      <link rel="stylesheet" href="/print.css" media="print"><link rel="icon" href="/i.svg">
      <script src="/c.js"></script><script type="module" src="/m.js"></script>
      <script defer src="/d.js"></script><script async src="/e.js"></script><style>p{}</style>
      </head><body><link rel="stylesheet" href="/late.css"><script src="/f.js"></script></body></html>`;
    expect(renderBlocking(html)).toEqual(['/a.css', '/b.css', '/c.js']);
  });
  test('a page with its CSS inline and module scripts blocks on nothing', () => {
    expect(renderBlocking('<html><head><style>p{}</style></head><body></body></html>')).toEqual([]);
  });
});
