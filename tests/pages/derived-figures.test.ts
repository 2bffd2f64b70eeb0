import { describe, expect, test } from 'vitest';
import {
  commonSource,
  derivedFigures,
  firstYear,
  milestoneDate,
  pluralize,
  porteurRoleLabel,
  yearsSince,
} from '../../src/content/derived-figures.ts';
import { frenchSpacing } from '../../src/lib/french-typography.ts';

describe('derived figures', () => {
  test('counts years from the start year to the build date', () => {
    expect(yearsSince(2019, new Date('2026-11-26T12:00:00Z'))).toBe(7);
    expect(yearsSince(2019, new Date('2019-03-01T12:00:00Z'))).toBe(0);
    // A clock set before the start never yields a negative age.
    expect(yearsSince(2019, new Date('2018-01-01T12:00:00Z'))).toBe(0);
  });

  test('takes the earliest milestone as the first year, 2019 when there is none', () => {
    expect(firstYear([2021, 2019, 2024])).toBe(2019);
    expect(firstYear([2020, 2023])).toBe(2020);
    expect(firstYear([])).toBe(2019);
  });

  test('gives the three network figures with French singular and plural', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const many = derivedFigures({ porteurCount: 8, territoryCount: 15, startYear: 2019, now });
    expect(many.map(({ key, value }) => [key, value])).toEqual([
      ['porteurs', 8],
      ['territories', 15],
      ['years', 7],
    ]);
    expect(many[0]!.label).toBe('porteurs de projets');
    expect(many[1]!.label).toBe('territoires');
    expect(many[2]!.label).toBe('ans d’action depuis 2019');

    const one = derivedFigures({ porteurCount: 1, territoryCount: 1, startYear: 2025, now });
    expect(one.map((figure) => figure.label.split(' ')[0])).toEqual([
      'porteur',
      'territoire',
      'an',
    ]);
  });

  test('pluralizes like French: 0 and 1 take the singular', () => {
    expect(pluralize(0, 'an', 'ans')).toBe('an');
    expect(pluralize(1, 'an', 'ans')).toBe('an');
    expect(pluralize(2, 'an', 'ans')).toBe('ans');
  });

  test('cites a source once only when every figure shares it', () => {
    expect(commonSource([{ source: 'A' }, { source: 'A' }])).toBe('A');
    expect(commonSource([{ source: 'A' }, { source: 'B' }])).toBeUndefined();
    expect(commonSource([{ source: 'A' }, {}])).toBeUndefined();
    expect(commonSource([{ source: 'A' }])).toBeUndefined();
  });

  test('dates milestones in French, with a machine-readable datetime', () => {
    expect(milestoneDate(2021, 9)).toEqual({ label: 'septembre 2021', datetime: '2021-09' });
    expect(milestoneDate(2019)).toEqual({ label: '2019', datetime: '2019' });
  });

  test('names the role of a porteur', () => {
    expect(porteurRoleLabel('fondateur', 2019)).toBe('Fondateur du programme, 2019');
    expect(porteurRoleLabel('franchise', 2021)).toBe('Porteur franchisé depuis 2021');
    expect(porteurRoleLabel('franchise')).toBe('Porteur franchisé');
  });
});

describe('French spacing', () => {
  test('binds guillemets, colons and thousands to their neighbours', () => {
    expect(frenchSpacing('page « Interventions en structure »')).toBe(
      'page «\u00a0Interventions en structure\u00a0»',
    );
    expect(frenchSpacing('Source : site')).toBe('Source\u00a0: site');
    expect(frenchSpacing('Plus de 3 000')).toBe('Plus de 3\u202f000');
    expect(frenchSpacing('78 %')).toBe('78\u202f%');
    expect(frenchSpacing('Besoin d’aide ?')).toBe('Besoin d’aide\u202f?');
  });

  test('leaves years and ordinary words alone', () => {
    expect(frenchSpacing('2019 et 2020')).toBe('2019 et 2020');
    expect(frenchSpacing('de 16 à 25 ans')).toBe('de 16 à 25 ans');
  });
});
