// The content collections: where each lives under content/, its file format and its schema.
// The validator, the CMS configuration generator and the tests all read this one list;
// src/content.config.ts derives Astro's collections from it.
import type { z } from 'astro/zod';
import { porteurSchema } from './schemas/porteurs.ts';
import { territorySchema } from './schemas/territories.ts';
import { helplineSchema } from './schemas/helplines.ts';
import { testimonialSchema } from './schemas/testimonials.ts';
import { milestoneSchema } from './schemas/milestones.ts';
import { pageSchema } from './schemas/pages.ts';
import { customPageSchema } from './schemas/custom-pages.ts';
import { settingsSchema } from './schemas/settings.ts';
import { chatbotNodeSchema } from './schemas/chatbot.ts';
import { newsSchema } from './schemas/news.ts';
import { eventSchema } from './schemas/events.ts';
import { homeSchema } from './schemas/home.ts';
import { navigationSchema } from './schemas/navigation.ts';

export type CollectionFormat = 'json' | 'md' | 'mdx';

export type CollectionDefinition = {
  /** Folder under content/. */
  folder: string;
  format: CollectionFormat;
  schema: z.ZodObject;
  /** Plural label for editors. */
  label: string;
  /** Singular label for editors. */
  labelSingular: string;
  /**
   * Field whose value must be unique across the collection (compared by comparableName()), or
   * fields whose values together must be (a testimonial: the same person of the same structure).
   */
  uniqueField?: string | readonly string[];
  /** How refusals name a single unique field's value, when it is not a name (an address). */
  uniqueWords?: { the: string; same: string; another: string };
  /** Two entries may not share this field on the same day (a title and its date field). */
  uniquePerDay?: { field: string; day: string };
  /** Whether the Markdown body must have text. */
  bodyRequired?: boolean;
  /** Fixed entries only (no creation or deletion), e.g. the site settings. */
  fixedEntries?: string[];
  /** Most entries accepted: the validator refuses the folder beyond (checks grow with it). */
  maxEntries?: number;
};

export const collections = {
  porteurs: {
    folder: 'porteurs',
    format: 'md',
    schema: porteurSchema,
    label: 'Porteurs de projets',
    labelSingular: 'Porteur de projet',
    uniqueField: 'name',
    bodyRequired: true,
  },
  territories: {
    folder: 'territories',
    format: 'json',
    schema: territorySchema,
    label: 'Territoires',
    labelSingular: 'Territoire',
    uniqueField: 'name',
  },
  helplines: {
    folder: 'helplines',
    format: 'json',
    schema: helplineSchema,
    label: 'Lignes d’écoute',
    labelSingular: 'Ligne d’écoute',
    uniqueField: 'name',
  },
  testimonials: {
    folder: 'testimonials',
    format: 'md',
    schema: testimonialSchema,
    label: 'Témoignages',
    labelSingular: 'Témoignage',
    uniqueField: ['firstName', 'organisation'],
    bodyRequired: true,
  },
  milestones: {
    folder: 'milestones',
    format: 'json',
    schema: milestoneSchema,
    label: 'Histoire du programme',
    labelSingular: 'Étape',
  },
  pages: {
    folder: 'pages',
    format: 'mdx',
    schema: pageSchema,
    label: 'Pages',
    labelSingular: 'Page',
    bodyRequired: true,
    fixedEntries: [
      'le-programme',
      'franchise-sociale',
      'devenir-ambassadeur',
      'faire-intervenir',
      'accessibilite',
      'mentions-legales',
      'confidentialite',
    ],
  },
  // Pages editors create and delete; the route is src/pages/[address].astro.
  customPages: {
    folder: 'custom-pages',
    format: 'mdx',
    schema: customPageSchema,
    label: 'Pages libres',
    labelSingular: 'Page libre',
    uniqueField: 'address',
    uniqueWords: { the: 'l’adresse', same: 'la même adresse', another: 'une autre adresse' },
    bodyRequired: true,
  },
  chatbot: {
    folder: 'chatbot',
    format: 'json',
    schema: chatbotNodeSchema,
    label: 'Chatbot d’orientation',
    labelSingular: 'Étape du chatbot',
    uniqueField: 'title',
    // About 20 today; a tree of thousands would only be a mistake (or an attack on the checks).
    maxEntries: 300,
  },
  news: {
    folder: 'news',
    format: 'md',
    schema: newsSchema,
    label: 'Actualités',
    labelSingular: 'Actualité',
    uniquePerDay: { field: 'title', day: 'date' },
    bodyRequired: true,
  },
  events: {
    folder: 'events',
    format: 'md',
    schema: eventSchema,
    label: 'Agenda',
    labelSingular: 'Événement',
    uniquePerDay: { field: 'title', day: 'startDate' },
    bodyRequired: true,
  },
  settings: {
    folder: 'settings',
    format: 'json',
    schema: settingsSchema,
    label: 'Réglages du site',
    labelSingular: 'Réglages',
    fixedEntries: ['site'],
  },
  home: {
    folder: 'home',
    format: 'json',
    schema: homeSchema,
    label: 'Page d’accueil',
    labelSingular: 'Page d’accueil',
    fixedEntries: ['accueil'],
  },
  navigation: {
    folder: 'navigation',
    format: 'json',
    schema: navigationSchema,
    label: 'Menu et pied de page',
    labelSingular: 'Menu et pied de page',
    fixedEntries: ['menu'],
  },
} satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];
