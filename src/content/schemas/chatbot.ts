import { z } from 'astro/zod';
import { calendarDay, referenceTo, sitePath, text } from './fields.ts';

/**
 * One step of the orientation chatbot: what it says, and either the answers a young person can
 * pick (each leading to another step) or, at the end of a path, the help it recommends.
 * The whole tree is checked at validation (src/content/chatbot-tree.ts).
 */
export const chatbotNodeSchema = z.strictObject({
  // Short name of the step: the editors' list, and its heading in the version without JavaScript.
  title: text(
    'Nom de l’étape',
    60,
    '« Début », « Stress »… Sert de titre à l’étape dans la version sans JavaScript.',
  ),
  // The step where every conversation starts (exactly one).
  start: z
    .boolean()
    .default(false)
    .meta({ title: 'Point de départ', description: 'Une seule étape ouvre la conversation.' }),
  // What the chatbot says; a blank line starts a new paragraph.
  message: text('Message', 800).meta({
    title: 'Message',
    description: 'Tutoiement, phrases courtes ; une ligne vide sépare deux paragraphes.',
    cms: { widget: 'text' },
  }),
  /**
   * The step gives health advice (a breathing or grounding exercise, what to do…): such a step
   * should be reviewed by a professional of the programme; the validator warns until it is.
   */
  advice: z.boolean().default(false).meta({
    title: 'Contient un conseil de santé',
    description:
      'Cochez si l’étape propose un exercice ou un conseil (respiration, ancrage…) : il doit être relu par un professionnel du programme.',
  }),
  /** Who checked the advice of this step, and when: a professional of the programme. */
  review: z
    .strictObject({
      /** Day of the review. */
      date: calendarDay('Date de la relecture'),
      /** The reviewer's role, not their name: "psychologue du programme". */
      reviewerRole: text(
        'Fonction de la personne qui a relu',
        120,
        'Sa fonction, pas son nom : « psychologue du programme », « infirmier en psychiatrie »…',
      ),
    })
    .meta({
      title: 'Relecture par un professionnel',
      description:
        'À remplir quand un professionnel du programme a relu le conseil de cette étape.',
    })
    .optional(),
  // Suicidal thoughts or immediate danger: the 3114 and the emergency numbers are shown at once.
  danger: z.boolean().default(false).meta({
    title: 'Idées suicidaires ou danger immédiat',
    description: 'Affiche tout de suite le 3114 et les numéros d’urgence (15, 112).',
  }),
  // Answers offered; a step without answers ends the conversation.
  choices: z
    .array(
      z.strictObject({
        // The answer as the young person would say it.
        label: text('Réponse proposée', 120),
        // Step it leads to.
        next: referenceTo('chatbot', 'Étape suivante'),
      }),
    )
    .default([])
    .meta({ title: 'Réponses proposées', description: 'Laissez vide pour une étape finale.' }),
  // Help lines recommended by this step.
  helplines: z
    .array(referenceTo('helplines', 'Ligne recommandée'))
    .default([])
    .meta({ title: 'Lignes recommandées' }),
  // Pages of the site recommended by this step.
  pages: z
    .array(
      z.strictObject({
        // Link text.
        label: text('Texte du lien', 80),
        // Address of the page on this site.
        href: sitePath(),
      }),
    )
    .default([])
    .meta({ title: 'Pages recommandées' }),
});

export type ChatbotNode = z.output<typeof chatbotNodeSchema>;
