// Decap's French phrases as editors read them: no English left, no "Oops", French typography, and
// an icon character that every system can draw.
import { describe, expect, test } from 'vitest';
import fr from 'decap-cms-locales/dist/esm/fr/index.js';
import { fixFrench } from '../../cms/admin/locale.ts';

type Phrases = { [key: string]: string | Phrases };
const fixed = fixFrench(fr);

function strings(phrases: Phrases, path: string[] = []): [string, string][] {
  return Object.entries(phrases).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[[...path, key].join('.'), value]]
      : strings(value, [...path, key]),
  ) as [string, string][];
}

const at = (path: string) => strings(fixed).find(([key]) => key === path)?.[1];

describe('French phrases of the CMS', () => {
  test('keep every key of Decap’s locale', () => {
    expect(strings(fixed).map(([key]) => key)).toEqual(strings(fr).map(([key]) => key));
  });

  test('say "Médias", never "Oops"', () => {
    expect(at('app.header.media')).toBe('Médias');
    for (const [key, text] of strings(fixed)) expect(text, key).not.toMatch(/oops|impsosible/i);
  });

  test('a field in error is not called "missing"', () => {
    expect(at('ui.toast.missingRequiredField')).toMatch(/champs sont à corriger/);
    expect(at('ui.toast.missingRequiredField')).not.toMatch(/manque/);
  });

  test('the new-entry button uses a plain "+", not the full-width "＋"', () => {
    expect(at('collection.collectionTop.newButton')).toBe('+ %{collectionLabel}');
    for (const [key, text] of strings(fixed)) expect(text, key).not.toContain('＋');
  });

  test('typographic apostrophes and non-breaking spaces before : ; ! ?', () => {
    for (const [key, text] of strings(fixed)) {
      expect(text, key).not.toMatch(/\p{L}'\p{L}/u);
      expect(text, key).not.toMatch(/ [:;!?]/);
    }
  });

  test('refusals say what was not done, followed by the reason', () => {
    expect(at('ui.toast.onFailToPersist')).toBe(
      'L’entrée n’a pas été enregistrée\u00a0: %{details}',
    );
    expect(at('ui.toast.onFailToDelete')).toBe('L’entrée n’a pas été supprimée\u00a0: %{details}');
  });
});
