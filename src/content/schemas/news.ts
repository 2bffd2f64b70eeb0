import { z } from 'astro/zod';
import {
  illustrationAltRequired,
  illustrationFields,
  calendarDay,
  httpsUrl,
  referenceTo,
  text,
} from './fields.ts';

/** Kinds of news: each gives the item its label (« Dans la presse »), never its layout. */
export const newsKinds = ['actualite', 'presse', 'recrutement', 'territoire', 'temps-fort'] as const;
export type NewsKind = (typeof newsKinds)[number];

/** The label of each kind, as visitors and editors read it. */
export const newsKindLabels: Record<NewsKind, string> = {
  actualite: 'Actualité',
  presse: 'Dans la presse',
  recrutement: 'Recrutement',
  territoire: 'Nouveau territoire',
  'temps-fort': 'Temps fort',
};

/** A date as precise as the source gives it: a year, a month or a day (2024, 2023-12, 2022-10-10). */
export const partialDatePattern = /^(?:2\d{3})(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** The article a « Dans la presse » item talks about: where it appeared, and its address. */
export const pressArticleSchema = z.strictObject({
  // The newspaper, radio or website that published it, as it writes its name.
  outlet: text('Média', 100, 'Le journal, la radio ou le site qui l’a publié.'),
  // The article's title, exactly as published (it is quoted, the only words taken from it).
  originalTitle: text('Titre de l’article', 200, 'Exactement comme il a été publié.').optional(),
  // The article itself.
  url: httpsUrl('Adresse de l’article'),
  // When it appeared, as precisely as known.
  publishedOn: z
    .preprocess(
      // Unquoted in front matter, 2024 reads as a number and 2022-10-10 as a date (Astro's YAML):
      // both are taken back to the text the editor wrote.
      (value) =>
        value instanceof Date
          ? value.toISOString().slice(0, 10)
          : typeof value === 'number'
            ? String(value)
            : value,
      z
        .string()
        .regex(
          partialDatePattern,
          'Date invalide : une année (2024), un mois (2023-12) ou un jour (2022-10-10).',
        ),
    )
    .meta({
      title: 'Date de parution',
      description: 'Aussi précise que connue : 2024, 2023-12 ou 2022-10-10.',
    })
    .optional(),
});

/**
 * A news item (actualité), with its Markdown body. Published on the site from its date on, unless
 * it is a draft: a future date schedules it (the daily rebuild brings it out on its day).
 */
export const newsSchema = z
  .strictObject({
    // Title of the item.
    title: text('Titre', 140),
    // Day it is published on the site; a later day schedules it.
    date: calendarDay(
      'Date de publication',
      'Le jour où l’actualité paraît sur le site. Une date future la programme : elle paraîtra ce jour-là.',
    ),
    // What kind of news it is: drives its label.
    kind: z.enum(newsKinds).meta({
      title: 'Type',
      description: 'Donne l’étiquette de l’actualité (« Dans la presse »…).',
      cms: { labels: newsKindLabels },
    }),
    // One or two sentences for lists, feeds and link previews.
    summary: text('Résumé', 300, 'Une ou deux phrases, reprises dans les listes et le flux RSS.'),
    // Never published while checked.
    draft: z.boolean().default(false).meta({
      title: 'Brouillon',
      description: 'Cochée, l’actualité n’est pas publiée, même à sa date.',
    }),
    // Territories the item is about.
    territories: z
      .array(referenceTo('territories', 'Territoire'))
      .meta({ title: 'Territoires concernés' })
      .optional(),
    // Porteurs the item is about.
    porteurs: z
      .array(referenceTo('porteurs', 'Porteur de projet'))
      .meta({ title: 'Porteurs de projets concernés' })
      .optional(),
    /** For « Dans la presse »: the article the item summarises. */
    press: pressArticleSchema
      .meta({
        title: 'Article de presse',
        description: 'Pour « Dans la presse » : le média, le titre et l’adresse de l’article.',
      })
      .optional(),
    ...illustrationFields(),
  })
  .refine(...illustrationAltRequired)
  .refine((item) => item.kind !== 'presse' || Boolean(item.press), {
    path: ['press'],
    message: 'Une actualité « Dans la presse » indique l’article : son média et son adresse.',
  });

export type NewsItem = z.output<typeof newsSchema>;
