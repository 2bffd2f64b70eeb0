import { z } from 'astro/zod';
import { clockTime, dialledNumber, displayedNumber, httpsUrl, text } from './fields.ts';
import { weekDayLabels, weekDays } from '../week-days.ts';
import { slotProblems } from '../opening-slots.ts';

/** One opening period, repeated on the given days, in Paris time. */
export const openingSlotSchema = z.strictObject({
  // Days on which the line opens at `opens`.
  days: z
    .array(z.enum(weekDays).meta({ title: 'Jour', cms: { labels: weekDayLabels } }))
    .min(1, 'Choisissez au moins un jour.')
    .meta({ title: 'Jours' }),
  // Opening time, Paris time.
  opens: clockTime('Ouverture'),
  // Closing time; earlier than the opening time means the line closes after midnight.
  closes: clockTime('Fermeture').meta({
    title: 'Fermeture',
    description: 'Une heure plus petite que l’ouverture signifie « le lendemain » (02:00).',
  }),
});

// Hours the sources disagree on: the site then says "Horaires à confirmer" instead of a confident
// open/closed status (src/help/opening-hours.ts).
const toConfirm = () =>
  z.boolean().optional().meta({
    title: 'Horaires à confirmer',
    description:
      'Cochez si les sources ne concordent pas : le site affiche « Horaires à confirmer » au lieu de « Ouvert » ou « Fermé ».',
  });

/** When a line answers: always, or on a weekly schedule. */
export const openingHoursSchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      // Open day and night, every day.
      type: z.literal('always'),
      // Hours not checked: no open/closed status is shown.
      toConfirm: toConfirm(),
    }),
    z.strictObject({
      // Open on a weekly schedule.
      type: z.literal('weekly'),
      // Opening periods: no 0-hour slot, no day twice in a slot, no overlap.
      slots: z
        .array(openingSlotSchema)
        .min(1, 'Ajoutez au moins une plage horaire.')
        .superRefine((slots, context) => {
          for (const problem of slotProblems(slots)) {
            context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
          }
        })
        .meta({ title: 'Plages horaires' }),
      // Hours not checked: no open/closed status is shown.
      toConfirm: toConfirm(),
    }),
  ])
  .meta({
    title: 'Horaires',
    cms: {
      labels: { always: 'Tout le temps (24 h/24, 7 j/7)', weekly: 'Selon des plages horaires' },
    },
  });

/** A help line or service that young people can reach. */
export const helplineSchema = z
  .strictObject({
    // Name of the service.
    name: text('Nom', 80),
    // How it is reached.
    kind: z.enum(['phone', 'chat', 'chatbot']).meta({
      title: 'Type',
      cms: { labels: { phone: 'Téléphone', chat: 'Tchat', chatbot: 'Chatbot' } },
    }),
    // Number as shown on the site (0 800 235 236).
    number: displayedNumber('Numéro affiché', 'Avec des espaces : 0 800 235 236.').optional(),
    // Number as dialled, digits only (0800235236, 3114).
    dial: dialledNumber('Numéro composé', 'Chiffres seuls : 0800235236, 3114.').optional(),
    // Whom it is for.
    audience: text('Pour qui', 160),
    // What it offers.
    description: text('Description', 400),
    // When it answers; absent when unknown.
    hours: openingHoursSchema.optional(),
    // A remark on the hours, shown beside them.
    hoursNote: text('Remarque sur les horaires', 240).optional(),
    // Free of charge.
    free: z.boolean().default(false).meta({ title: 'Gratuit' }),
    // Anonymous.
    anonymous: z.boolean().default(false).meta({ title: 'Anonyme' }),
    /**
     * What a young person may type into the site's search to find this line: the words shown on
     * its card (« Tu peux en parler : … ») and weighted first by the search (Pagefind), so that
     * « angoisse » puts the right line first. Editors choose them; none is written in the code.
     */
    topics: z
      .array(text('Sujet', 40))
      .max(12, 'Douze sujets au plus.')
      .meta({
        title: 'Sujets (recherche)',
        description:
          'Les mots qu’un jeune peut chercher pour trouver cette ligne (angoisse, harcèlement…) : ils s’affichent sur la fiche et placent la ligne en tête de la recherche du site.',
      })
      .optional(),
    // Web address (chat, chatbot or information page).
    url: httpsUrl('Adresse web').optional(),
    // Position in lists (smallest first).
    order: z.number().int().min(0).max(999).default(100).meta({ title: 'Ordre d’affichage' }),
    // Day an editor last checked these facts; a build warns after 12 months.
    lastChecked: z.coerce
      .date({ error: 'Date invalide (AAAA-MM-JJ).' })
      .meta({ title: 'Dernière vérification', cms: { widget: 'date' } })
      .optional(),
  })
  .refine((line) => line.kind !== 'phone' || (line.number && line.dial), {
    path: ['dial'],
    message: 'Une ligne téléphonique doit avoir un numéro affiché et un numéro composé.',
  })
  .refine((line) => !line.number || !line.dial || line.number.replaceAll(' ', '') === line.dial, {
    path: ['number'],
    message: 'Le numéro affiché et le numéro composé ne correspondent pas.',
  });

export type Helpline = z.output<typeof helplineSchema>;
export type OpeningHours = z.output<typeof openingHoursSchema>;
