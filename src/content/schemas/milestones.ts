import { z } from 'astro/zod';
import { programmeYear, text } from './fields.ts';

/** A step in the programme's history, shown on the timeline. */
export const milestoneSchema = z.strictObject({
  // Year of the step.
  year: programmeYear('Année'),
  // Month (1–12), when known.
  month: z
    .number()
    .int()
    .min(1, 'Le mois va de 1 à 12.')
    .max(12, 'Le mois va de 1 à 12.')
    .meta({ title: 'Mois', description: 'De 1 (janvier) à 12 (décembre), si connu.' })
    .optional(),
  // Short title.
  title: text('Titre', 100),
  // One or two sentences.
  text: text('Texte', 500),
});

export type Milestone = z.output<typeof milestoneSchema>;
