import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { territorySchema } from '../../src/content/schemas/territories.ts';
import { porteurSchema } from '../../src/content/schemas/porteurs.ts';
import { helplineSchema } from '../../src/content/schemas/helplines.ts';
import { testimonialSchema } from '../../src/content/schemas/testimonials.ts';
import { milestoneSchema } from '../../src/content/schemas/milestones.ts';
import { pageSchema } from '../../src/content/schemas/pages.ts';
import { settingsSchema } from '../../src/content/schemas/settings.ts';
import {
  validHelpline,
  validMilestone,
  validPage,
  validPorteur,
  validSettings,
  validTerritory,
  validTestimonial,
} from './factories.ts';

/** The dotted paths of the fields a schema refuses in `data`. */
function refusedFields(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('valid factories pass their schema', () => {
  test.each([
    ['territory', territorySchema, validTerritory()],
    ['porteur', porteurSchema, validPorteur()],
    ['helpline', helplineSchema, validHelpline()],
    ['testimonial', testimonialSchema, validTestimonial()],
    ['milestone', milestoneSchema, validMilestone()],
    ['page', pageSchema, validPage()],
    ['settings', settingsSchema, validSettings()],
  ] as const)('%s', (_, schema, data) => {
    expect(refusedFields(schema, data)).toEqual([]);
  });

  test('optional facts may be left out', () => {
    const { city, since, coordinates, ...minimal } = validTerritory();
    expect(refusedFields(territorySchema, minimal)).toEqual([]);
    expect([city, since, coordinates]).not.toContain(undefined);
  });
});

describe('territories', () => {
  test.each([
    ['an unknown département code', { departement: '99' }, 'departement'],
    ['an overseas code not in the metropolitan geo data', { departement: '971' }, 'departement'],
    ['a porteur that is not a slug', { porteur: 'Fondation ARHM' }, 'porteur'],
    ['a start year before the programme', { since: 2015 }, 'since'],
    ['a start year that is not whole', { since: 2021.5 }, 'since'],
    [
      'coordinates outside metropolitan France',
      { coordinates: { latitude: 14.6, longitude: -61 } },
      'coordinates.latitude',
    ],
    ['a source in plain http', { sources: ['http://example.org/'] }, 'sources.0'],
  ])('refuses %s', (_, change, field) => {
    expect(refusedFields(territorySchema, validTerritory(change as never))).toContain(field);
  });

  test('accepts Corsican codes', () => {
    expect(refusedFields(territorySchema, validTerritory({ departement: '2A' }))).toEqual([]);
  });

  test('refuses a misspelt field instead of dropping it', () => {
    expect(
      territorySchema.safeParse({ ...validTerritory(), sinse: 2020 }).error?.issues[0]?.code,
    ).toBe('unrecognized_keys');
  });
});

describe('porteurs', () => {
  test('a logo needs its alternative text', () => {
    expect(refusedFields(porteurSchema, validPorteur({ logo: '/uploads/logo.png' }))).toEqual([
      'logoAlt',
    ]);
    expect(
      refusedFields(
        porteurSchema,
        validPorteur({ logo: '/uploads/logo.png', logoAlt: 'Logo de l’association' }),
      ),
    ).toEqual([]);
  });

  test.each([
    ['an unknown région', { region: 'Bourgogne' }, 'region'],
    ['an unknown role', { role: 'partenaire' }, 'role'],
    ['a logo from another site', { logo: 'https://example.org/logo.png', logoAlt: 'x' }, 'logo'],
    ['an empty name', { name: '   ' }, 'name'],
  ])('refuses %s', (_, change, field) => {
    expect(refusedFields(porteurSchema, validPorteur(change as never))).toContain(field);
  });
});

describe('help lines', () => {
  test.each([
    ['a dialled number with spaces', { dial: '0800 000 000' }, 'dial'],
    ['a dialled number of 9 digits', { dial: '080000000', number: '080 000 000' }, 'dial'],
    ['a displayed number that differs from the dialled one', { number: '0 800 000 001' }, 'number'],
    ['a phone line without a number', { number: undefined, dial: undefined }, 'dial'],
    [
      'an opening time past 23:59',
      { hours: { type: 'weekly', slots: [{ days: ['mon'], opens: '24:00', closes: '02:00' }] } },
      'hours.slots.0.opens',
    ],
    [
      'a slot without days',
      { hours: { type: 'weekly', slots: [{ days: [], opens: '09:00', closes: '17:00' }] } },
      'hours.slots.0.days',
    ],
    [
      'an unknown day',
      { hours: { type: 'weekly', slots: [{ days: ['lundi'], opens: '09:00', closes: '17:00' }] } },
      'hours.slots.0.days.0',
    ],
    ['an unknown kind of hours', { hours: { type: 'sometimes' } }, 'hours.type'],
    ['an unknown kind of line', { kind: 'fax' }, 'kind'],
  ])('refuses %s', (_, change, field) => {
    expect(refusedFields(helplineSchema, validHelpline(change as never))).toContain(field);
  });

  test('accepts short numbers and lines that are always open', () => {
    expect(
      refusedFields(
        helplineSchema,
        validHelpline({ number: '3114', dial: '3114', hours: { type: 'always' } }),
      ),
    ).toEqual([]);
  });

  test('a chatbot needs no number', () => {
    expect(
      refusedFields(
        helplineSchema,
        validHelpline({ kind: 'chatbot', number: undefined, dial: undefined, hours: undefined }),
      ),
    ).toEqual([]);
  });
});

describe('other collections', () => {
  test('a milestone month is between 1 and 12', () => {
    expect(refusedFields(milestoneSchema, validMilestone({ month: 13 }))).toEqual(['month']);
    expect(refusedFields(milestoneSchema, validMilestone({ month: 0 }))).toEqual(['month']);
  });

  test('a page description fits search results', () => {
    expect(refusedFields(pageSchema, validPage({ description: 'Trop court.' }))).toEqual([
      'description',
    ]);
  });

  test('settings keep the three emergency numbers, and tiles need their address', () => {
    // Too few, and the three are missing: both messages, on the list.
    expect(new Set(refusedFields(settingsSchema, validSettings({ emergencyNumbers: [] })))).toEqual(
      new Set(['emergencyNumbers']),
    );
    const [samu, ...others] = validSettings().emergencyNumbers;
    const replaced = [...others, { ...samu!, dial: '3114', number: '3114' }];
    expect(
      new Set(refusedFields(settingsSchema, validSettings({ emergencyNumbers: others }))),
    ).toEqual(new Set(['emergencyNumbers']));
    expect(refusedFields(settingsSchema, validSettings({ emergencyNumbers: replaced }))).toEqual([
      'emergencyNumbers',
    ]);
    expect(refusedFields(settingsSchema, validSettings({ mapTiles: { enabled: true } }))).toEqual([
      'mapTiles.urlTemplate',
    ]);
  });

  test('a testimonial names a porteur by its slug', () => {
    expect(refusedFields(testimonialSchema, validTestimonial({ porteur: 'Œuvre Falret' }))).toEqual(
      ['porteur'],
    );
  });
});
