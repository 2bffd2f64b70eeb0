// The French grammar module: elision and contraction cases, then every porteur and territory of
// the content (read by the project's reader, so that an editor's new entry is covered too).
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  capitalize,
  inPlace,
  joinFrench,
  porteurForm,
  startsWithVowel,
  withArticle,
  withPreposition,
} from '../../src/lib/french-grammar.ts';
import { readContent, realContentDir } from '../helpers/content.ts';


describe('articles and elision', () => {
  test.each([
    [{ name: 'Fondation ARHM', article: 'la' }, 'la Fondation ARHM'],
    [{ name: 'Club Famille', article: 'le' }, 'le Club Famille'],
    [{ name: 'EPSM de la Somme', article: 'le' }, 'l’EPSM de la Somme'],
    [{ name: 'Œuvre Falret', article: 'la' }, 'l’Œuvre Falret'],
    [{ name: 'Hôpital du Vinatier', article: 'l’' }, 'l’Hôpital du Vinatier'],
    [{ name: 'Amis de la santé', article: 'les' }, 'les Amis de la santé'],
    [{ name: 'Solipsy', article: 'aucun' }, 'Solipsy'],
    [{ name: 'Solipsy' }, 'Solipsy'],
  ] as const)('%o → %s', (form, expected) => {
    expect(withArticle(form)).toBe(expected);
  });

  test.each([
    ['de', { name: 'Fondation ARHM', article: 'la' }, 'de la Fondation ARHM'],
    ['de', { name: 'Club Famille', article: 'le' }, 'du Club Famille'],
    ['de', { name: 'EPSM de la Somme', article: 'le' }, 'de l’EPSM de la Somme'],
    ['de', { name: 'ARHM', article: 'aucun' }, 'd’ARHM'],
    ['de', { name: 'Île-de-France' }, 'd’Île-de-France'],
    ['de', { name: 'Solipsy' }, 'de Solipsy'],
    ['de', { name: 'Amis', article: 'les' }, 'des Amis'],
    ['de', { name: 'Hôpital X', article: 'l’' }, 'de l’Hôpital X'],
    ['à', { name: 'Club Famille', article: 'le' }, 'au Club Famille'],
    ['à', { name: 'Amis', article: 'les' }, 'aux Amis'],
    ['à', { name: 'EPSM de la Somme', article: 'le' }, 'à l’EPSM de la Somme'],
    ['à', { name: 'Fondation ARHM', article: 'la' }, 'à la Fondation ARHM'],
    ['avec', { name: 'Fondation ARHM', article: 'la' }, 'avec la Fondation ARHM'],
    ['avec', { name: 'Solipsy', article: 'aucun' }, 'avec Solipsy'],
    ['par', { name: 'Club Famille', article: 'le' }, 'par le Club Famille'],
  ] as const)('%s + %o → %s', (preposition, form, expected) => {
    expect(withPreposition(preposition, form)).toBe(expected);
  });

  test('knows vowels, accented or not, and nothing else', () => {
    for (const word of ['ARHM', 'EPSM', 'Île', 'Œuvre', 'Yonne', 'école', 'Uzès'])
      expect(startsWithVowel(word)).toBe(true);
    for (const word of ['Solipsy', 'Hôpital', 'CPN', '', 'Club'])
      expect(startsWithVowel(word)).toBe(false);
  });

  test('capitalises a sentence start and joins lists the French way', () => {
    expect(capitalize('l’EPSM de la Somme')).toBe('L’EPSM de la Somme');
    expect(joinFrench(['à Lyon'])).toBe('à Lyon');
    expect(joinFrench(['à Lyon', 'en Isère'])).toBe('à Lyon et en Isère');
    expect(joinFrench(['à Lyon', 'en Isère', 'dans le Cantal'])).toBe(
      'à Lyon, en Isère et dans le Cantal',
    );
    expect(joinFrench([])).toBe('');
  });
});

describe('in a territory', () => {
  test.each([
    [{ name: 'Lyon', locative: 'à' }, 'à Lyon'],
    [{ name: 'Isère', locative: 'en' }, 'en Isère'],
    [{ name: 'Seine-Saint-Denis', locative: 'en' }, 'en Seine-Saint-Denis'],
    [{ name: 'Cantal', locative: 'dans le' }, 'dans le Cantal'],
    [{ name: 'Marne', locative: 'dans la' }, 'dans la Marne'],
    [{ name: 'Hérault', locative: 'dans l’' }, 'dans l’Hérault'],
    [{ name: 'Hauts-de-Seine', locative: 'dans les' }, 'dans les Hauts-de-Seine'],
    [{ name: 'Le Havre', locative: 'à' }, 'au Havre'],
    [{ name: 'Les Sables-d’Olonne', locative: 'à' }, 'aux Sables-d’Olonne'],
    // Without a recorded form: a city takes « à », anything else a phrasing always correct.
    [{ name: 'Nancy', city: 'Nancy' }, 'à Nancy'],
    [{ name: 'Isère' }, 'sur le territoire d’Isère'],
    [{ name: 'Cantal', city: 'Aurillac' }, 'sur le territoire de Cantal'],
  ] as const)('%o → %s', (place, expected) => {
    expect(inPlace(place)).toBe(expected);
  });
});

// Read through the project's own reader, as the validator and the build read them.
const content = readContent(realContentDir);
const porteurs = content.of('porteurs').map(({ file, data }) => [basename(file), data] as const);
const territories = content
  .of('territories')
  .map(({ file, data }) => [basename(file), data] as const);

/** What French never writes: "de le", "à les", "de A…" before a vowel, "la E…"… */
const wrong = /\b(?:de|à) (?:le|les)\b|\b(?:de|le|la) [AEIOUYÉÈÊÎÏÔŒÂ]/u;

describe.each(porteurs)('porteur %s', (_file, porteur) => {
  test.each([false, true])('reads correctly in sentences (short name: %s)', (short) => {
    const form = porteurForm(porteur, short);
    const named = withArticle(form);
    expect(named.endsWith(form.name)).toBe(true);
    for (const preposition of ['de', 'à', 'avec', 'par'] as const) {
      const phrase = withPreposition(preposition, form);
      expect(phrase).not.toMatch(wrong);
      expect(phrase).toContain(form.name);
    }
    expect(`avec ${named}`).not.toMatch(wrong);
    // The sentence start takes a capital, the name itself is unchanged.
    expect(capitalize(named)).toMatch(/^\p{Lu}/u);
  });
});

describe.each(territories)('territory %s', (_file, territory) => {
  test('says "in" it correctly', () => {
    const here = inPlace(territory);
    expect(here.endsWith(territory.name.replace(/^(Le|Les) /, ''))).toBe(true);
    // Never "à" before a département-like name that is not the city itself.
    if (!territory.locative && territory.city !== territory.name)
      expect(here).toMatch(/^sur le territoire/);
    expect(here).not.toMatch(/\bà (?:le|la|les|l’)\b/);
  });
});
