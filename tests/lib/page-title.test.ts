import { describe, expect, test } from 'vitest';
import { documentTitle, maxTitleLength } from '../../src/lib/page-title.ts';

describe('documentTitle', () => {
  test('adds the site name after the page title', () => {
    expect(documentTitle('Le programme', 'Mon site')).toBe('Le programme · Mon site');
  });

  test('is the site name alone on the home page', () => {
    expect(documentTitle('Mon site', 'Mon site')).toBe('Mon site');
  });

  test('keeps the page title alone when both would be too long', () => {
    const long = 'Un titre de page déjà long, qui dit tout ce que la page contient';
    expect(documentTitle(long, 'Ambassadeurs Santé Mentale')).toBe(long);
  });

  test('keeps the site name while the whole fits', () => {
    const siteName = 'Site';
    const title = 'x'.repeat(maxTitleLength - ' · Site'.length);
    expect(documentTitle(title, siteName)).toHaveLength(maxTitleLength);
    expect(documentTitle(`${title}x`, siteName)).toBe(`${title}x`);
  });

  test('cuts a title too long even alone at its last whole word', () => {
    const long = 'Second territoire d’essai : les Ambassadeurs Santé Mentale sur ce territoire';
    const shown = documentTitle(long, 'Ambassadeurs Santé Mentale');
    expect(shown.length).toBeLessThanOrEqual(maxTitleLength);
    expect(shown).toBe('Second territoire d’essai : les Ambassadeurs Santé Mentale sur ce…');
    expect(documentTitle('x'.repeat(100), 'Site')).toBe(`${'x'.repeat(maxTitleLength - 1)}…`);
  });
});
