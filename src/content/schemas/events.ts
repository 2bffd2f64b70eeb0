import { z } from 'astro/zod';
import {
  illustrationAltRequired,
  illustrationFields,
  calendarDay,
  clockTime,
  departementCode,
  httpsUrl,
  referenceTo,
  text,
} from './fields.ts';
import { eventTimingProblem } from '../../news/event-time.ts';

/**
 * An event of the agenda, described in its Markdown body. Times are Paris time; without a start
 * time the event lasts whole days. Published unless it is a draft; once over, it moves to « passés ».
 */
export const eventSchema = z
  .strictObject({
    // Name of the event.
    title: text('Titre', 140),
    // First day.
    startDate: calendarDay('Date de début'),
    // Start time; absent: the event lasts the whole day.
    startTime: clockTime(
      'Heure de début',
      'Heure de Paris. Laissez vide pour un événement sur toute la journée.',
    ).optional(),
    // Last day, when it lasts several days.
    endDate: calendarDay('Date de fin', 'Si l’événement dure plusieurs jours.').optional(),
    // End time, when known.
    endTime: clockTime('Heure de fin', 'Heure de Paris, si elle est connue.').optional(),
    // One or two sentences for lists, calendars and link previews.
    summary: text('Résumé', 300, 'Une ou deux phrases, reprises dans l’agenda et les calendriers.'),
    // Who it is for.
    audience: text('Public', 120, 'Par exemple : « lycéens », « professionnels », « tout public ».'),
    // Where it takes place.
    venue: text('Lieu', 120, 'Par exemple : « Lycée Ampère », « Maison des jeunes ».'),
    // Street address, when it helps.
    address: text('Adresse', 200).optional(),
    // City.
    city: text('Ville', 80),
    // Département of the city (INSEE code).
    departement: departementCode('Département', 'Code INSEE : 69, 93, 2A…'),
    // The territory of the programme it belongs to.
    territory: referenceTo('territories', 'Territoire').optional(),
    // The porteur that organises it.
    porteur: referenceTo('porteurs', 'Porteur de projet').optional(),
    // Where to register, when one must.
    registrationUrl: httpsUrl(
      'Adresse d’inscription',
      'Si l’inscription est demandée. Sinon, cochez « Entrée libre ».',
    ).optional(),
    // No registration needed.
    freeEntry: z.boolean().default(false).meta({
      title: 'Entrée libre',
      description: 'Cochez si l’on peut venir sans s’inscrire.',
    }),
    // Never published while checked.
    draft: z.boolean().default(false).meta({
      title: 'Brouillon',
      description: 'Coché, l’événement n’est pas publié.',
    }),
    ...illustrationFields(),
  })
  .refine(...illustrationAltRequired)
  .superRefine((event, context) => {
    const problem = eventTimingProblem(event);
    if (problem) context.addIssue({ code: 'custom', ...problem });
  });

export type AgendaEvent = z.output<typeof eventSchema>;
