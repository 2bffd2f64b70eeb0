// The content variants (tests/helpers/content-variants.ts) are what they claim to be, so that
// tests/build/content-variants.test.ts, which builds the site from each, tests what it says.
import { describe, expect, test } from 'vitest';
import { collectionNames, collections } from '../../src/content/collections.ts';
import {
  allFields,
  contentVariants,
  fixtureContent,
  freeTextFields,
  longText,
  manyEntries,
  type ContentVariant,
} from '../helpers/content-variants.ts';

const variant = (name: string): ContentVariant => contentVariants.find((v) => v.name === name)!;

describe('the variants are what they claim', () => {
  const fixture = fixtureContent();
  const emptiable = collectionNames.filter((name) => !('fixedEntries' in collections[name]));

  test('« vide »: every collection that may be empty is', () => {
    const content = variant('vide').make(fixture);
    for (const name of emptiable) expect(content[name], name).toEqual([]);
    expect(content.settings[0]!.data.announcedTerritories).toBeUndefined();
  });

  test('« une-entree »: one entry each, the announced count equals the one territory', () => {
    const content = variant('une-entree').make(fixture);
    for (const name of collectionNames) {
      expect(content[name].length, name).toBe(name === 'pages' ? fixture.pages.length : 1);
    }
    expect(content.settings[0]!.data.announcedTerritories).toMatchObject({ count: 1 });
    const [line] = content.helplines;
    expect(line!.data.hours).toMatchObject({ type: 'weekly' });
    for (const slot of (line!.data.hours as { slots: { opens: string; closes: string }[] }).slots) {
      expect(slot.opens < slot.closes && slot.opens >= '06:00' && slot.closes <= '22:00').toBe(
        true,
      );
    }
  });

  test('« beaucoup »: more territories than announced, every field of the added entries filled', () => {
    const content = variant('beaucoup').make(fixture);
    for (const [name, count] of Object.entries(manyEntries) as [
      keyof typeof manyEntries,
      number,
    ][]) {
      expect(content[name].length, name).toBe(fixture[name].length + count);
      const added = content[name].slice(-1)[0]!;
      // A field a schema gains must be given a value here too (« every optional field present »).
      const missing = allFields(name).filter((field) => !(field in added.data));
      expect(missing, `${name} : champs absents de l’entrée ajoutée`).toEqual([]);
    }
    // The first entry of each collection writes each of its texts at the schema's maximum.
    for (const name of collectionNames) {
      const [first] = content[name];
      if (!first) continue;
      for (const [field, max] of freeTextFields(name)) {
        if (typeof first.data[field] === 'string') {
          expect((first.data[field] as string).length, `${name}.${field}`).toBe(max);
        }
      }
    }
    const announced = content.settings[0]!.data.announcedTerritories as { count: number };
    expect(content.territories.length).toBeGreaterThan(announced.count);
    expect(
      content.helplines.some(
        (line) => (line.data.hours as { type: string } | undefined)?.type === 'always',
      ),
    ).toBe(true);
  });
});


test('long texts have exactly the length asked for, and no space at either end', () => {
  for (const length of [1, 2, 40, 80, 1000]) {
    const text = longText(length, 'Nom');
    expect(text).toHaveLength(length);
    expect(text.trim()).toBe(text);
  }
});
