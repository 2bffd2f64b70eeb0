// The network's announced count beside the one the content holds: one sentence, all three cases.
import { describe, expect, test } from 'vitest';
import { announcedCountSentence } from '../../src/content/derived-figures.ts';

const source = 'page « Rejoindre le réseau »';

describe('announcedCountSentence', () => {
  test('says nothing without an announced count', () => {
    expect(announcedCountSentence(15, undefined)).toBeUndefined();
  });

  test('explains fewer territories shown than announced', () => {
    const sentence = announcedCountSentence(15, { count: 18, source })!;
    expect(sentence).toMatch(
      /^Le réseau annonce 18 territoires \(page « Rejoindre le réseau »\) ; 15 sont présentés ici/,
    );
    expect(sentence).toContain('Les autres seront ajoutés');
  });

  test('agrees in number', () => {
    expect(announcedCountSentence(1, { count: 2, source })).toContain('; 1 est présenté ici');
    expect(announcedCountSentence(1, { count: 1, source })).toBe(
      `Le réseau annonce 1 territoire (${source}) : il est présenté ici.`,
    );
    expect(announcedCountSentence(18, { count: 18, source })).toContain('tous sont présentés ici');
  });

  test('explains more territories shown than announced', () => {
    expect(announcedCountSentence(19, { count: 18, source })).toContain(
      '19 sont présentés ici : le plus récent n’est pas encore compté',
    );
    expect(announcedCountSentence(20, { count: 18, source })).toContain(
      'les plus récents ne sont pas encore comptés',
    );
  });
});
