// Valid entries for each collection; tests derive invalid ones by changing one field.
import type { z } from 'astro/zod';
import { collections, type CollectionName } from '../../src/content/collections.ts';
import type { RuleEntry } from '../../src/content/validation/cross-entry-rules.ts';
import type { territorySchema } from '../../src/content/schemas/territories.ts';
import type { porteurSchema } from '../../src/content/schemas/porteurs.ts';
import type { helplineSchema } from '../../src/content/schemas/helplines.ts';
import type { testimonialSchema } from '../../src/content/schemas/testimonials.ts';
import type { milestoneSchema } from '../../src/content/schemas/milestones.ts';
import type { pageSchema } from '../../src/content/schemas/pages.ts';
import type { customPageSchema } from '../../src/content/schemas/custom-pages.ts';
import type { settingsSchema } from '../../src/content/schemas/settings.ts';
import type { newsSchema } from '../../src/content/schemas/news.ts';
import type { eventSchema } from '../../src/content/schemas/events.ts';

export const validTerritory = (
  overrides: Partial<z.input<typeof territorySchema>> = {},
): z.input<typeof territorySchema> => ({
  name: 'Rennes',
  departement: '35',
  city: 'Rennes',
  porteur: 'sante-mentale-france-bretagne',
  since: 2025,
  coordinates: { latitude: 48.11, longitude: -1.68 },
  ...overrides,
});

export const validPorteur = (
  overrides: Partial<z.input<typeof porteurSchema>> = {},
): z.input<typeof porteurSchema> => ({
  name: 'Association exemple',
  shortName: 'Exemple',
  region: 'Bretagne',
  area: 'Ille-et-Vilaine',
  role: 'franchise',
  yearJoined: 2025,
  ...overrides,
});

export const validHelpline = (
  overrides: Partial<z.input<typeof helplineSchema>> = {},
): z.input<typeof helplineSchema> => ({
  name: 'Ligne exemple',
  kind: 'phone',
  number: '0 800 000 000',
  dial: '0800000000',
  audience: 'Les jeunes',
  description: 'Une ligne d’écoute.',
  hours: { type: 'weekly', slots: [{ days: ['mon', 'tue'], opens: '09:00', closes: '02:00' }] },
  free: true,
  anonymous: true,
  ...overrides,
});

export const validTestimonial = (
  overrides: Partial<z.input<typeof testimonialSchema>> = {},
): z.input<typeof testimonialSchema> => ({
  firstName: 'Camille',
  role: 'ambassadrice',
  organisation: 'Unis-Cité',
  place: 'Bretagne',
  featured: false,
  ...overrides,
});

export const validMilestone = (
  overrides: Partial<z.input<typeof milestoneSchema>> = {},
): z.input<typeof milestoneSchema> => ({
  year: 2022,
  month: 5,
  title: 'Une étape',
  text: 'Ce qui s’est passé.',
  ...overrides,
});

export const validPage = (
  overrides: Partial<z.input<typeof pageSchema>> = {},
): z.input<typeof pageSchema> => ({
  title: 'Une page',
  description: 'Une description assez longue pour les moteurs de recherche et les aperçus.',
  ...overrides,
});

export const validCustomPage = (
  overrides: Partial<z.input<typeof customPageSchema>> = {},
): z.input<typeof customPageSchema> => ({
  ...validPage(),
  address: 'une-page',
  ...overrides,
});

export const validSettings = (
  overrides: Partial<z.input<typeof settingsSchema>> = {},
): z.input<typeof settingsSchema> => ({
  siteName: 'Ambassadeurs Santé Mentale',
  shortDescription: 'Une description.',
  impactFigures: [{ value: '78 %', label: 'des jeunes', source: 'Une source' }],
  emergencyNumbers: [
    { number: '15', dial: '15', label: 'SAMU' },
    { number: '112', dial: '112', label: 'Numéro d’urgence européen' },
    { number: '114', dial: '114', label: 'Urgences par SMS', reach: 'sms' },
  ],
  quickExitUrl: 'https://www.example.org/',
  mapTiles: { enabled: false },
  ...overrides,
});

export const validNewsItem = (
  overrides: Partial<z.input<typeof newsSchema>> = {},
): z.input<typeof newsSchema> => ({
  title: 'Actualité exemple',
  date: '2026-10-10',
  kind: 'actualite',
  summary: 'Une actualité d’exemple.',
  ...overrides,
});

export const validEvent = (
  overrides: Partial<z.input<typeof eventSchema>> = {},
): z.input<typeof eventSchema> => ({
  title: 'Événement exemple',
  startDate: '2026-10-10',
  summary: 'Un événement d’exemple.',
  audience: 'Tout public',
  venue: 'Salle exemple',
  city: 'Rennes',
  departement: '35',
  ...overrides,
});

/** An entry as the rules across entries see it: parsed by its schema when it passes. */
export function ruleEntry(
  collection: CollectionName,
  id: string,
  data: Record<string, unknown>,
): RuleEntry {
  const definition = collections[collection];
  const parsed = definition.schema.safeParse(data);
  return {
    collection,
    id,
    file: `content/${definition.folder}/${id}.${definition.format}`,
    data: parsed.success ? (parsed.data as Record<string, unknown>) : data,
    valid: parsed.success,
  };
}
