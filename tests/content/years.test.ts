// Years within reason: from the programme's start (2019) to next year, wherever a year is asked.
import { describe, expect, test } from 'vitest';
import { latestYear } from '../../src/content/schemas/fields.ts';
import { territorySchema } from '../../src/content/schemas/territories.ts';
import { porteurSchema } from '../../src/content/schemas/porteurs.ts';
import { milestoneSchema } from '../../src/content/schemas/milestones.ts';
import { validPorteur, validTerritory } from './factories.ts';

const milestone = (year: number) => ({ year, title: 'Lancement', text: 'Le programme démarre.' });

describe('years', () => {
  test('the latest year is next year', () => {
    expect(latestYear(new Date('2026-11-29T23:00:00Z'))).toBe(2027);
    expect(latestYear()).toBe(new Date().getFullYear() + 1);
  });

  test.each([
    ['territory', (year: number) => territorySchema.safeParse(validTerritory({ since: year }))],
    ['porteur', (year: number) => porteurSchema.safeParse(validPorteur({ yearJoined: year }))],
    ['milestone', (year: number) => milestoneSchema.safeParse(milestone(year))],
  ])('a %s accepts this year and next year, refuses the year after in French', (_, parse) => {
    const now = new Date().getFullYear();
    expect(parse(now).success).toBe(true);
    expect(parse(now + 1).success).toBe(true);
    const refused = parse(now + 2);
    expect(refused.success).toBe(false);
    expect(refused.error!.issues[0]!.message).toBe(
      `L’année ne peut pas dépasser ${now + 1} : une date plus lointaine est sans doute une faute de frappe.`,
    );
    expect(parse(2099).success).toBe(false);
  });
});
