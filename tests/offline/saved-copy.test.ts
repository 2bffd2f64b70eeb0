// The saved copy's date: written into the kept page, read back, said in French.
import { describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { markSavedCopy, savedCopyDate, savedCopyOf } from '../../src/offline/saved-copy.ts';
import { savedCopyAttribute } from '../../src/offline/offline-copy.ts';

const html = '<!doctype html><html lang="fr"><head></head><body><p>html</p></body></html>';
const rootOf = (text: string) => {
  const root = parse(text).querySelector('html')!;
  return { getAttribute: (name: string) => root.getAttribute(name) ?? null } as Element;
};

describe('markSavedCopy', () => {
  test('puts the date on the root element, the rest unchanged', () => {
    const at = new Date('2026-12-07T12:07:00Z');
    const marked = markSavedCopy(html, at);
    expect(marked).toBe(
      html.replace(
        '<html lang="fr">',
        `<html ${savedCopyAttribute}="${at.toISOString()}" lang="fr">`,
      ),
    );
    expect(savedCopyOf(rootOf(marked))).toEqual(at);
  });

  test('a copy saved again carries the new date only', () => {
    const first = markSavedCopy(html, new Date('2026-12-01T08:00:00Z'));
    const again = markSavedCopy(first, new Date('2026-12-07T12:07:00Z'));
    expect(again.match(new RegExp(savedCopyAttribute, 'g'))).toHaveLength(1);
    expect(savedCopyOf(rootOf(again))).toEqual(new Date('2026-12-07T12:07:00Z'));
  });

  test('a page fetched online has no date; a damaged date counts as none', () => {
    expect(savedCopyOf(rootOf(html))).toBeUndefined();
    expect(
      savedCopyOf(rootOf(html.replace('<html', `<html ${savedCopyAttribute}="hier"`))),
    ).toBeUndefined();
  });
});

describe('savedCopyDate', () => {
  test('in French, on the Paris clock, whatever the zone the date was written in', () => {
    expect(savedCopyDate(new Date('2026-12-07T12:07:00Z'))).toBe(
      '7 décembre 2026 à 13\u00a0h\u00a007',
    );
    // 23:30 in New York on 30 June is 05:30 on 1 July in Paris (summer time).
    expect(savedCopyDate(new Date('2026-06-30T23:30:00-04:00'))).toBe(
      '1er juillet 2026 à 5\u00a0h\u00a030',
    );
    expect(savedCopyDate(new Date('2026-12-07T23:00:00Z'))).toBe('8 décembre 2026 à minuit');
  });
});
