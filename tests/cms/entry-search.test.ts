// The CMS's search (cms/admin/entry-search.ts, in place of the `fuzzy` package): every word of
// the query in the text, whatever the case, accents and punctuation.
import { describe, expect, test } from 'vitest';
import { filter } from '../../cms/admin/entry-search.ts';

const pages = [
  { title: 'Le programme', body: 'Des jeunes en service civique parlent de santé mentale.' },
  { title: 'Faire intervenir', body: 'Lycées, missions locales, foyers de jeunes travailleurs.' },
  { title: 'Seine-Saint-Denis', body: 'Un territoire du réseau.' },
];
const found = (query: string) =>
  filter(query, pages, { extract: (page) => `${page.title} ${page.body}` }).map(
    (hit) => hit.original.title,
  );

describe('the CMS search', () => {
  test('letters that only follow each other in a long text find nothing', () => {
    // « xylophone »'s letters appear in this order across the texts; no page holds the word.
    expect(found('xylophone')).toEqual([]);
    expect(found('prgm')).toEqual([]);
  });

  test('a word, or the start of one, finds its entry whatever the case and accents', () => {
    expect(found('programme')).toEqual(['Le programme']);
    expect(found('LYCEES')).toEqual(['Faire intervenir']);
    expect(found('sante')).toEqual(['Le programme']);
    expect(found('interv')).toEqual(['Faire intervenir']);
  });

  test('every word must be there; punctuation does not count', () => {
    expect(found('seine saint denis')).toEqual(['Seine-Saint-Denis']);
    expect(found('jeunes')).toEqual(['Le programme', 'Faire intervenir']);
    expect(found('jeunes civique')).toEqual(['Le programme']);
    expect(found('  ')).toEqual([]);
  });

  test('a file name is found by its words, or by them written together', () => {
    expect(filter('logoessai', ['logo-essai-cms.png', 'atelier.png']).map((h) => h.index)).toEqual([
      0,
    ]);
    expect(filter('atelier', ['logo-essai-cms.png', 'atelier.png']).map((h) => h.index)).toEqual([
      1,
    ]);
  });

  test('hits score over 5, which Decap keeps, and a word start scores more', () => {
    const hits = filter('mission', ['missions locales', 'commission']);
    expect(hits.map((hit) => hit.score)).toEqual([20, 10]);
    expect(hits.every((hit) => hit.score > 5)).toBe(true);
  });
});
