// What the CMS generator cannot express stops the build with a message, and what no single field
// can say (rules across fields, a union's chosen variant) is refused by the pre-save check.
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { collections } from '../../src/content/collections.ts';
import { validateContent } from '../../src/content/validation/validate-content.ts';
import { fieldFor, UnsupportedSchemaError } from '../../cms/config/config.ts';
import { cleanValue, prepareEntry } from '../../cms/config/entry-check.ts';
import { fixtureContentDir } from '../helpers/content.ts';

const entries = validateContent(fixtureContentDir).entries;

describe('the generator refuses what it cannot express', () => {
  const context = { path: 'essai', identifiers: { porteurs: 'name' } };
  test.each([
    ['a record', z.record(z.string(), z.string())],
    ['a plain union', z.union([z.string(), z.number()])],
    ['an exclusive bound', z.number().gt(3)],
    ['a regex with flags', z.string().regex(/abc/i)],
    ['an email format', z.email()],
    ['a reference to an unknown collection', z.string().meta({ reference: 'inconnue' })],
  ])('%s', (_, schema) => {
    expect(() => fieldFor('champ', schema as z.ZodType, context)).toThrow(UnsupportedSchemaError);
  });

  test('a new schema field gets a CMS field with its label and constraint', () => {
    const schema = z.strictObject({
      code: z
        .string()
        .regex(/^[A-Z]{3}$/, 'Trois majuscules.')
        .meta({ title: 'Code' }),
    });
    expect(fieldFor('code', schema.shape.code, context)).toEqual({
      name: 'code',
      label: 'Code',
      widget: 'string',
      required: true,
      pattern: ['^[A-Z]{3}$', 'Trois majuscules'],
    });
  });
});

describe('the pre-save check refuses what no single field can', () => {
  const phoneLine = {
    name: 'Ligne',
    kind: 'phone',
    audience: 'Tout le monde',
    description: 'Une ligne.',
    free: true,
    anonymous: true,
    order: 1,
  };

  test('a phone line without numbers is refused with the schema’s message', () => {
    const { problems } = prepareEntry(
      collections.helplines.schema,
      { ...phoneLine, number: '', dial: '' },
      collections.helplines.format,
    );
    expect(problems).toContainEqual({
      field: 'Numéro composé',
      message: 'Une ligne téléphonique doit avoir un numéro affiché et un numéro composé.',
    });
  });

  test('weekly hours without slots are refused; always-open hours drop leftover slots', () => {
    const weekly = prepareEntry(
      collections.helplines.schema,
      { ...phoneLine, number: '3114', dial: '3114', hours: { type: 'weekly', slots: [] } },
      collections.helplines.format,
    );
    expect(weekly.problems.map((p) => p.field)).toContain('Horaires › Plages horaires');
    const always = prepareEntry(
      collections.helplines.schema,
      {
        ...phoneLine,
        number: '3114',
        dial: '3114',
        hours: { type: 'always', slots: [{ days: ['mon'], opens: '09:00', closes: '10:00' }] },
      },
      collections.helplines.format,
    );
    expect(always.problems).toEqual([]);
    expect(always.data.hours).toEqual({ type: 'always' });
  });

  test('coordinates half filled in are refused, left empty they are dropped', () => {
    const base = { name: 'Rennes', departement: '35', porteur: 'sante-mentale-france-bretagne' };
    const half = prepareEntry(
      collections.territories.schema,
      { ...base, coordinates: { latitude: 48.1, longitude: '' } },
      collections.territories.format,
    );
    expect(half.problems.map((p) => p.field)).toEqual(['Coordonnées du repère › Longitude']);
    const empty = prepareEntry(
      collections.territories.schema,
      { ...base, coordinates: { latitude: '', longitude: '' } },
      collections.territories.format,
    );
    expect(empty).toEqual({ data: base, problems: [] });
  });

  test('cleared optional fields are removed rather than saved empty', () => {
    const cleaned = cleanValue(collections.territories.schema, {
      name: 'Rennes',
      departement: '35',
      porteur: 'sante-mentale-france-bretagne',
      city: '',
      since: '',
      coordinates: { latitude: '', longitude: '' },
      sources: [],
    });
    expect(cleaned).toEqual({
      name: 'Rennes',
      departement: '35',
      porteur: 'sante-mentale-france-bretagne',
    });
  });

  test('a logo without its alternative text is refused', () => {
    const porteur = entries.find((e) => e.collection === 'porteurs')!;
    const { problems } = prepareEntry(
      collections.porteurs.schema,
      { ...porteur.data, logo: '/uploads/logo.png', body: porteur.body },
      collections.porteurs.format,
    );
    expect(problems).toEqual([
      { field: 'Texte alternatif du logo', message: 'Un logo doit avoir un texte alternatif.' },
    ]);
  });
});
