// Content an editor could produce, generated from the fixture content (tests/fixtures/content/):
// empty and one-entry collections, many entries, counts equal to or above the announced figures,
// the longest texts the schemas allow, every optional field absent or present, help lines open
// day and night or not at all at night. tests/build/content-variants.test.ts builds the site from
// each and runs the build-output tests on it. Lengths, optional fields and fixed entries are read
// from the schemas and the collection registry, so a schema change changes the variants.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { stringify } from 'yaml';
import {
  collectionNames,
  collections,
  type CollectionDefinition,
  type CollectionName,
} from '../../src/content/collections.ts';
import { fixtureContentDir, readContent, type EntryOf } from './content.ts';
import {
  validHelpline,
  validEvent,
  validMilestone,
  validNewsItem,
  validPorteur,
  validTerritory,
  validTestimonial,
} from '../content/factories.ts';

type Data = Record<string, unknown>;
type Entry = { id: string; data: Data; body: string };
/** The content of one variant, collection by collection, before it is written. */
export type VariantContent = Record<CollectionName, Entry[]>;

export type ContentVariant = {
  /** Folder-safe name. */
  name: string;
  /** What an editor did to get there. */
  description: string;
  /** Builds the variant's content from the fixture's. */
  make(fixture: VariantContent): VariantContent;
  /** Image files the content names (/uploads/…), written into src/assets/uploads/. */
  uploads?: string[];
};

/** A calendar day as YAML gives it (a Date) or as written (a string), as YYYY-MM-DD. */
const asDay = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value);

const definition = (collection: CollectionName): CollectionDefinition => collections[collection];

/** The fixture content, as plain data (what the files hold, before schema defaults). */
export function fixtureContent(): VariantContent {
  const content = readContent(fixtureContentDir);
  if (content.problems.length) throw new Error('Le contenu de test est invalide.');
  const result = {} as VariantContent;
  for (const collection of collectionNames) {
    result[collection] = content.of(collection).map((entry: EntryOf<typeof collection>) => ({
      id: entry.id,
      data: structuredClone(entry.data as Data),
      body: entry.body,
    }));
  }
  return result;
}

// --- Reading the schemas ---------------------------------------------------------------------

/** The schema under optional/default/nullable wrappers, and under .meta() clones. */
function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

/** A collection's object schema (collections are z.strictObject(), some with .refine()). */
const shapeOf = (schema: z.ZodType): Record<string, z.ZodType> =>
  (unwrap(schema) as z.ZodObject).shape as Record<string, z.ZodType>;

/** Whether the field may be left out of the file (optional, or with a default). */
const isOptional = (schema: z.ZodType) => schema.safeParse(undefined).success;

/**
 * A free text's bound: a string with a maximum length and no pattern or format (names,
 * descriptions; not numbers, URLs or identifiers).
 */
function freeTextMax(schema: z.ZodType): number | undefined {
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodString) || inner.format) return undefined;
  const checks = (inner.def.checks ?? []).map((check) => check._zod.def.check);
  if (checks.includes('string_format')) return undefined;
  return inner.maxLength ?? undefined;
}

/** The keys of a collection's schema that an entry may leave out. */
export const optionalFields = (collection: CollectionName): string[] =>
  Object.entries(shapeOf(definition(collection).schema))
    .filter(([, field]) => isOptional(field))
    .map(([key]) => key);

/** The free texts of a collection's schema (top level), with their maximum length. */
export const freeTextFields = (collection: CollectionName): [string, number][] =>
  Object.entries(shapeOf(definition(collection).schema)).flatMap(([key, field]) => {
    const max = freeTextMax(field);
    return max ? [[key, max] as [string, number]] : [];
  });

/** Every field of a collection's schema. */
export const allFields = (collection: CollectionName): string[] =>
  Object.keys(shapeOf(definition(collection).schema));

/**
 * The data without the fields its schema lets an entry leave out (nested objects too), except
 * those a rule between fields still asks for (a phone line's numbers): what an editor who fills
 * in only what is required writes.
 */
function minimal(schema: z.ZodType, data: Data): Data {
  const shape = shapeOf(schema);
  let result: Data = {};
  for (const [key, value] of Object.entries(data)) {
    const field = shape[key];
    result[key] = field ? reshape(field, value, minimal) : value;
  }
  for (const key of Object.keys(result)) {
    const field = shape[key];
    if (!field || !isOptional(field)) continue;
    const { [key]: _, ...without } = result;
    if (schema.safeParse(without).success) result = without;
  }
  return result;
}

/** Applies `transform` to the objects inside `value` (an object, or a list of objects). */
function reshape(
  field: z.ZodType,
  value: unknown,
  transform: (schema: z.ZodType, data: Data) => Data,
): unknown {
  const inner = unwrap(field);
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    return value.map((item) => reshape(inner.element as z.ZodType, item, transform));
  }
  if (isObjectSchema(inner) && value && typeof value === 'object' && !(value instanceof Date)) {
    return transform(inner, value as Data);
  }
  return value;
}

const isObjectSchema = (schema: z.ZodType) =>
  schema instanceof z.ZodObject ||
  (schema.def.type === 'pipe' && 'in' in schema.def && schema.def.in instanceof z.ZodObject);

// --- Long texts ------------------------------------------------------------------------------

// Real words in varied order, so that long texts weigh what real ones do once compressed (a
// repeated sentence would shrink to nothing under brotli and hide a page grown too heavy).
const words = (
  'jeunes santé mentale écoute pairs volontaires service civique sensibiliser parler ' +
  'ensemble territoire réseau association accompagner prévention confiance soutien ' +
  'ateliers lycée mission locale quartier famille professionnels psychologue aider ' +
  'comprendre stress anxiété sommeil amis partager questions réponses orienter structure ' +
  'rencontre groupe projet année région ville département programme formation équipe ' +
  'regard préjugés émotions bien-être solidarité proximité accueil respect bienveillance'
).split(' ');

/** A deterministic pseudo-random sequence (mulberry32), so each run builds the same variant. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let seed = 1;
/** French-looking text of exactly `length` characters (sentences), starting with `start`. */
export function longText(length: number, start = ''): string {
  const next = random(seed++);
  let text = start;
  let sentence = 0;
  while (text.length < length + 1) {
    if (sentence === 0) {
      const word = words[Math.floor(next() * words.length)]!;
      text += (text && !text.endsWith(' ') ? ' ' : '') + word[0]!.toUpperCase() + word.slice(1);
    } else {
      text += ' ' + words[Math.floor(next() * words.length)]!;
    }
    sentence = sentence >= 8 + Math.floor(next() * 8) ? 0 : sentence + 1;
    if (sentence === 0) text += '.';
  }
  // Cut to the length; a cut must not leave a space at the end (the schemas trim).
  let cut = text.slice(0, length);
  if (cut.endsWith(' ')) cut = cut.slice(0, -1) + 'x';
  return cut;
}

/** A Markdown body of about `length` characters, in paragraphs. */
export function longBody(length: number): string {
  const paragraphs: string[] = [];
  let total = 0;
  while (total < length) {
    const paragraph = longText(Math.min(600, length - total));
    paragraphs.push(paragraph);
    total += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

/**
 * The data with every free text at its schema's maximum length, nested texts included. A text
 * keeps its beginning (a name stays unique) and is filled up to the bound.
 */
function longest(schema: z.ZodType, data: Data): Data {
  const shape = shapeOf(schema);
  const result: Data = {};
  for (const [key, value] of Object.entries(data)) {
    const field = shape[key];
    const max = field && freeTextMax(field);
    if (max && typeof value === 'string') result[key] = longText(max, value.slice(0, max / 2));
    else result[key] = field ? reshape(field, value, longest) : value;
  }
  return result;
}

// --- Variants --------------------------------------------------------------------------------

/** Collections an editor may empty: all but the fixed ones (settings, pages). */
const emptiable = collectionNames.filter((collection) => !definition(collection).fixedEntries);

const mapEntries = (
  content: VariantContent,
  edit: (collection: CollectionName, entry: Entry) => Entry,
) =>
  Object.fromEntries(
    collectionNames.map((collection) => [
      collection,
      content[collection].map((entry) => edit(collection, entry)),
    ]),
  ) as VariantContent;

const stripOptional = (collection: CollectionName, entry: Entry): Entry => ({
  ...entry,
  data: minimal(definition(collection).schema, entry.data),
});

/** Open in the daytime only, on weekdays: nobody answers at night or at the weekend. */
const daytimeOnly = {
  type: 'weekly',
  slots: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '10:00', closes: '18:00' }],
} as const;

const photo = '/uploads/variante-photo.jpg';
const logo = '/uploads/variante-logo.png';

/**
 * How many entries the « many » variant adds per collection: the network at about twice its
 * size (8 porteurs and 18 territories announced in 2026), not more. With 40 territories, 16
 * porteurs and 10 featured testimonials, the home page weighs 18 KB brotli (see the README, «
 * Tests »): the first-response budget does not hold for that much content.
 */
export const manyEntries = {
  porteurs: 4,
  territories: 20,
  helplines: 8,
  testimonials: 8,
  milestones: 6,
  news: 6,
  events: 6,
} as const;

/** Of the testimonials added, how many are featured on the home page. */
const featuredAdded = 2;

const departementsForMany = [
  '01',
  '13',
  '21',
  '29',
  '31',
  '33',
  '35',
  '44',
  '59',
  '67',
  '75',
  '2A',
];

export const contentVariants: ContentVariant[] = [
  {
    name: 'vide',
    description:
      'chaque collection qui peut être vide est vide (porteurs, territoires, lignes, témoignages, histoire, chatbot, pages libres) ; réglages et pages sans aucun champ facultatif',
    make: (fixture) => {
      const content = mapEntries(fixture, stripOptional);
      for (const collection of emptiable) content[collection] = [];
      return content;
    },
  },
  {
    name: 'une-entree',
    description:
      'une entrée par collection, sans aucun champ facultatif ; un territoire annoncé pour un présenté ; la seule ligne n’ouvre que le jour en semaine',
    make: (fixture) => {
      const territory = fixture.territories[0]!;
      const porteurId = territory.data.porteur as string;
      const line = fixture.helplines.find((entry) => entry.data.kind === 'phone')!;
      // A published news item and event (not a draft; the news item not scheduled for later).
      const today = new Date().toISOString().slice(0, 10);
      const published = (entry: Entry) => entry.data.draft !== true;
      const newsItem = fixture.news.find(
        (entry) => published(entry) && asDay(entry.data.date) <= today,
      )!;
      const event = fixture.events.find(published)!;
      const content = mapEntries(
        {
          ...fixture,
          porteurs: fixture.porteurs.filter((entry) => entry.id === porteurId),
          territories: [territory],
          helplines: [line],
          testimonials: fixture.testimonials.slice(0, 1),
          milestones: fixture.milestones.slice(0, 1),
          news: [newsItem],
          events: [event],
          customPages: fixture.customPages.slice(0, 1),
          chatbot: [],
        },
        stripOptional,
      );
      content.helplines[0]!.data.hours = daytimeOnly;
      // One step, both start and end of the conversation.
      content.chatbot = [
        {
          id: 'debut',
          body: '',
          data: {
            title: 'Début',
            start: true,
            message: 'Tu peux appeler cette ligne pour en parler.',
            helplines: [line.id],
          },
        },
      ];
      content.settings[0]!.data.announcedTerritories = {
        count: content.territories.length,
        source: 'Ambassadeurs Santé Mentale, page Rejoindre le réseau',
      };
      return content;
    },
  },
  {
    name: 'beaucoup',
    description: `les entrées du contenu de test et, en plus, ${Object.entries(manyEntries)
      .map(([collection, count]) => `${count} ${collection}`)
      .join(
        ', ',
      )} ; tous les champs facultatifs remplis ; chaque texte à sa longueur maximale dans la première entrée de chaque collection, les réglages et les pages ; plus de territoires que le nombre annoncé ; une ligne ouverte jour et nuit`,
    uploads: [photo, logo],
    make: (fixture) => {
      const content = structuredClone(fixture);
      const porteurs = Array.from({ length: manyEntries.porteurs }, (_, i) => ({
        id: `porteur-variante-${i + 1}`,
        body: longBody(3000),
        data: validPorteur({
          name: `Association variante ${i + 1}`,
          shortName: `Variante ${i + 1}`,
          article: 'l’',
          shortArticle: 'la',
          website: `https://association-variante-${i + 1}.example.org/`,
          logo,
          logoAlt: `Logo de l’association variante ${i + 1}`,
        }),
      }));
      content.porteurs.push(...porteurs);
      content.territories.push(
        ...Array.from({ length: manyEntries.territories }, (_, i) => ({
          id: `territoire-variante-${i + 1}`,
          body: '',
          data: validTerritory({
            name: `Territoire variante ${i + 1}`,
            locative: 'à',
            departement: departementsForMany[i % departementsForMany.length],
            porteur: porteurs[i % porteurs.length]!.id,
            description: 'Le programme y est présent.',
            sources: ['https://www.ambassadeurs-santementale.fr/'],
            photo,
            photoAlt: `Des volontaires du territoire variante ${i + 1}`,
          }),
        })),
      );
      content.helplines.push(
        ...Array.from({ length: manyEntries.helplines }, (_, i) => ({
          id: `ligne-variante-${i + 1}`,
          body: '',
          data: validHelpline({
            name: `Ligne variante ${i + 1}`,
            number: `0 800 000 00${i}`,
            dial: `080000000${i}`,
            hours:
              i === 0
                ? { type: 'always' }
                : {
                    type: 'weekly',
                    slots: [{ days: ['sat', 'sun'], opens: '20:00', closes: '08:00' }],
                  },
            hoursNote: 'Les horaires peuvent changer pendant les vacances.',
            topics: ['angoisse', 'stress', 'harcèlement'],
            url: `https://ligne-variante-${i + 1}.example.org/`,
            order: 200 + i,
            lastChecked: new Date('2026-11-01'),
          }),
        })),
      );
      content.testimonials.push(
        ...Array.from({ length: manyEntries.testimonials }, (_, i) => ({
          id: `temoignage-variante-${i + 1}`,
          body: longBody(1500),
          data: validTestimonial({
            firstName: `Camille${i + 1}`,
            porteur: porteurs[i % porteurs.length]!.id,
            featured: i < featuredAdded,
            photo,
            photoAlt: `Portrait de Camille${i + 1}`,
          }),
        })),
      );
      content.milestones.push(
        ...Array.from({ length: manyEntries.milestones }, (_, i) => ({
          id: `2022-variante-${i + 1}`,
          body: '',
          data: validMilestone({
            year: 2022,
            month: (i % 12) + 1,
            title: `Étape variante ${i + 1}`,
          }),
        })),
      );
      // News and events with every field: half the events to come, half over; the last news
      // item from the press.
      content.news.push(
        ...Array.from({ length: manyEntries.news }, (_, i) => ({
          id: `2026-10-0${i + 1}-actualite-variante-${i + 1}`,
          body: longBody(2000),
          data: validNewsItem({
            title: `Actualité variante ${i + 1}`,
            date: `2026-10-0${i + 1}`,
            kind: i === manyEntries.news - 1 ? 'presse' : 'actualite',
            summary: 'Une actualité du réseau, avec ses territoires et ses porteurs.',
            draft: false,
            territories: [`territoire-variante-${i + 1}`],
            porteurs: [porteurs[i % porteurs.length]!.id],
            press: {
              outlet: 'Le journal variante',
              originalTitle: `Article variante ${i + 1}`,
              url: `https://journal-variante.example.org/article-${i + 1}`,
              publishedOn: '2026-10',
            },
            image: photo,
            imageAlt: `Des volontaires, actualité variante ${i + 1}`,
          }),
        })),
      );
      content.events.push(
        ...Array.from({ length: manyEntries.events }, (_, i) => {
          const day = `${i % 2 ? '2025' : '2030'}-11-1${i}`;
          return {
            id: `${day}-evenement-variante-${i + 1}`,
            body: longBody(1500),
            data: validEvent({
              title: `Événement variante ${i + 1}`,
              startDate: day,
              startTime: '14:00',
              endDate: day,
              endTime: '17:30',
              summary: 'Un atelier de sensibilisation ouvert aux jeunes du territoire.',
              audience: 'Lycéens',
              venue: `Maison des jeunes variante ${i + 1}`,
              address: `${i + 1} rue de la Variante`,
              city: 'Rennes',
              departement: '35',
              territory: `territoire-variante-${i + 1}`,
              porteur: porteurs[i % porteurs.length]!.id,
              registrationUrl: `https://inscription-variante.example.org/${i + 1}`,
              freeEntry: i % 2 === 0,
              draft: false,
              image: photo,
              imageAlt: `Des jeunes, événement variante ${i + 1}`,
            }),
          };
        }),
      );
      for (const page of [...content.pages, ...content.customPages])
        page.data.updated = new Date('2026-11-01');
      const settings = content.settings[0]!.data;
      settings.announcedTerritories = {
        count: Math.max(1, Math.floor(content.territories.length / 2)),
        source: 'Ambassadeurs Santé Mentale, page Rejoindre le réseau',
      };
      settings.legal = {
        publisherAddress: 'Adresse du siège',
        publisherRegistration: 'Fondation reconnue d’utilité publique',
        publicationDirector: 'La directrice de la publication',
        hostAddress: 'Adresse de l’hébergeur',
        contactRetention: 'un an après notre dernier échange',
      };
      settings.contactEmail = 'contact@example.org';
      for (const number of settings.emergencyNumbers as Data[])
        number.otherWays = 'Par l’application';
      for (const figure of settings.impactFigures as Data[]) figure.period ??= '2019 et 2020';
      // The longest an editor could write: every text at its maximum in the first entry of each
      // collection, the settings and the pages. Every entry at its maximum at once is not what
      // editors write, and does not fit the first-response budget (README, « Tests »).
      return Object.fromEntries(
        collectionNames.map((collection) => [
          collection,
          content[collection].map((entry, index) =>
            index === 0 || definition(collection).fixedEntries
              ? { ...entry, data: longest(definition(collection).schema, entry.data) }
              : entry,
          ),
        ]),
      ) as VariantContent;
    },
  },
];

// --- Writing ---------------------------------------------------------------------------------

/** As Decap writes them: JSON with two-space indentation, Markdown with YAML front matter. */
export function writeEntry(
  contentDir: string,
  collection: CollectionName,
  entry: { id: string; data: object; body: string },
): void {
  const { folder, format } = definition(collection);
  const data = JSON.parse(JSON.stringify(entry.data)) as Data;
  const file = join(contentDir, folder, `${entry.id}.${format}`);
  writeFileSync(
    file,
    format === 'json'
      ? JSON.stringify(data, null, 2)
      : `---\n${stringify(data)}---\n${entry.body.trim()}\n`,
  );
}

/**
 * Replaces `projectDir`'s content/ with the variant's content, and generates the images it names
 * (small plain pictures made with sharp, as tests/build/images.test.ts does). Returns the content
 * folder.
 */
export async function writeVariant(projectDir: string, variant: ContentVariant): Promise<string> {
  const contentDir = join(projectDir, 'content');
  rmSync(contentDir, { recursive: true, force: true });
  const content = variant.make(fixtureContent());
  for (const collection of collectionNames) {
    mkdirSync(join(contentDir, definition(collection).folder), { recursive: true });
    for (const entry of content[collection]) writeEntry(contentDir, collection, entry);
  }
  if (variant.uploads?.length) {
    const sharp = (await import('sharp')).default;
    const uploads = join(projectDir, 'src/assets/uploads');
    mkdirSync(uploads, { recursive: true });
    for (const path of variant.uploads) {
      const image = sharp({
        create: { width: 1200, height: 800, channels: 3, background: { r: 10, g: 88, b: 104 } },
      });
      await (path.endsWith('.png') ? image.png() : image.jpeg()).toFile(
        join(uploads, path.replace(/^\/uploads\//, '')),
      );
    }
  }
  return contentDir;
}
