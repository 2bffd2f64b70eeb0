// The search page's reading of Pagefind's results (src/search/results.ts): excerpts become text
// runs with marks, whatever a page's text contains; sections are ordered by how well they match.
import { describe, expect, test } from 'vitest';
import {
  bestSections,
  decodeEntities,
  excerptParts,
  pagesCount,
  type Fragment,
} from '../../src/search/results.ts';

describe('excerptParts', () => {
  test('keeps Pagefind’s marks around the words found', () => {
    expect(excerptParts('face au <mark>harcèlement</mark> et aux <mark>violences</mark>')).toEqual([
      { text: 'face au ', marked: false },
      { text: 'harcèlement', marked: true },
      { text: ' et aux ', marked: false },
      { text: 'violences', marked: true },
    ]);
  });

  test('a page’s escaped text stays text, and so would any tag that is not a mark', () => {
    const parts = excerptParts(
      '&lt;img src=x onerror=alert(1)&gt; <mark>a&amp;b</mark> <script>alert(2)</script>',
    );
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: 'a&b', marked: true },
      { text: ' <script>alert(2)</script>', marked: false },
    ]);
  });

  test('an unclosed mark is text, not a mark', () => {
    expect(excerptParts('avant <mark>après')).toEqual([
      { text: 'avant <mark>après', marked: false },
    ]);
  });

  test('no excerpt, no part', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  test('named and numeric entities, unknown ones as written', () => {
    expect(decodeEntities('l&#39;aide &#x2019; &quot;x&quot; &nbsp;&inconnu; &#0;')).toBe(
      'l\'aide \u2019 "x" \u00a0&inconnu; &#0;',
    );
  });
});

describe('bestSections', () => {
  const located = (...scores: number[]) =>
    scores.map((balanced_score) => ({ weight: 1, balanced_score }));
  const fragment: Fragment = {
    url: '/besoin-de-soutien/',
    excerpt: '',
    meta: { title: 'Besoin de soutien ?' },
    sub_results: [
      { title: 'Page', url: '/besoin-de-soutien/', excerpt: '', weighted_locations: located(99) },
      {
        title: 'Fil Santé Jeunes',
        url: '/besoin-de-soutien/#ligne-fil-sante-jeunes',
        anchor: { id: 'ligne-fil-sante-jeunes' },
        excerpt: '',
        weighted_locations: located(2, 3),
      },
      {
        title: '3114',
        url: '/besoin-de-soutien/#ligne-3114',
        anchor: { id: 'ligne-3114' },
        excerpt: '',
        weighted_locations: located(40),
      },
      {
        title: 'Rester discret',
        url: '/besoin-de-soutien/#discretion-titre',
        anchor: { id: 'discretion-titre' },
        excerpt: '',
        weighted_locations: [],
      },
    ],
  };

  test('best match first, the page itself and sections without a match left out', () => {
    expect(bestSections(fragment).map((section) => section.url)).toEqual([
      '/besoin-de-soutien/#ligne-3114',
      '/besoin-de-soutien/#ligne-fil-sante-jeunes',
    ]);
  });

  test('at most the count asked for', () => {
    expect(bestSections(fragment, 1)).toHaveLength(1);
    expect(bestSections({ ...fragment, sub_results: undefined })).toEqual([]);
  });
});

test('pagesCount', () => {
  expect(pagesCount(1)).toBe('1\u00a0page');
  expect(pagesCount(3)).toBe('3\u00a0pages');
});
