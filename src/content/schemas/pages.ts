import { z } from 'astro/zod';
import { text } from './fields.ts';

/** An editorial page; its text is the MDX body. */
export const pageSchema = z.strictObject({
  // Main heading and page title.
  title: text('Titre', 90),
  // Summary for search engines and link previews.
  description: z
    .string()
    .trim()
    .min(50, 'Description trop courte : 50 caractères au moins.')
    .max(170, 'Description trop longue : 170 caractères au plus.')
    .meta({
      title: 'Description',
      description: 'Pour les moteurs de recherche, 50 à 170 caractères.',
    }),
  // Last substantial update, shown at the foot of the page.
  updated: z.coerce
    .date({ error: 'Date invalide (AAAA-MM-JJ).' })
    .meta({ title: 'Mise à jour', cms: { widget: 'date' } })
    .optional(),
});

export type Page = z.output<typeof pageSchema>;
