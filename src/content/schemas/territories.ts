import { z } from 'astro/zod';
import {
  departementCode,
  httpsUrl,
  imageAlt,
  plainName,
  programmeYear,
  referenceTo,
  text,
  uploadedImage,
  altTextRequired,
} from './fields.ts';
import { locatives } from '../../lib/french-grammar.ts';

/** A territory where the programme runs: a département, or a city within one. */
export const territorySchema = z
  .strictObject({
    // Name shown to visitors ("Lyon", "Seine-Saint-Denis").
    name: plainName('Nom du territoire', 80),
    /**
     * How to say "in" this territory: "à Lyon", "en Isère", "dans le Cantal". Absent: a city takes
     * « à », any other territory reads « sur le territoire de … » (and the validator warns).
     */
    locative: z
      .enum(locatives)
      .meta({
        title: 'Pour dire « dans » ce territoire',
        description:
          'Comment dire « le programme est présent … » : à Lyon, en Isère, dans le Cantal, dans la Marne, dans l’Hérault.',
        cms: {
          labels: {
            à: 'à (à Lyon, à Béziers)',
            en: 'en (en Isère, en Savoie, en Seine-Saint-Denis)',
            'dans le': 'dans le (dans le Cantal, dans le Morbihan)',
            'dans la': 'dans la (dans la Marne, dans la Somme)',
            'dans l’': 'dans l’ (dans l’Hérault, dans l’Ain)',
            'dans les': 'dans les (dans les Hauts-de-Seine)',
          },
        },
      })
      .optional(),
    // INSEE code of the département (metropolitan France).
    departement: departementCode('Département', 'Code INSEE : 69, 93, 2A…'),
    // City, when the territory is a city rather than a whole département.
    city: plainName('Ville', 80, 'Si le territoire est une ville plutôt qu’un département.').optional(),
    // Slug of the porteur that carries the programme here.
    porteur: referenceTo('porteurs', 'Porteur de projet'),
    // Year the programme started here, when known.
    since: programmeYear('Année de lancement').optional(),
    // Where to put the marker; derived from the département's shape when absent.
    coordinates: z
      .strictObject({
        // Latitude in degrees (metropolitan France).
        latitude: z
          .number({ error: 'Latitude attendue (un nombre).' })
          .min(41, 'Latitude hors de la France métropolitaine (41 à 51,5).')
          .max(51.5, 'Latitude hors de la France métropolitaine (41 à 51,5).')
          .meta({ title: 'Latitude' }),
        // Longitude in degrees (metropolitan France).
        longitude: z
          .number({ error: 'Longitude attendue (un nombre).' })
          .min(-5.5, 'Longitude hors de la France métropolitaine (-5,5 à 10).')
          .max(10, 'Longitude hors de la France métropolitaine (-5,5 à 10).')
          .meta({ title: 'Longitude' }),
      })
      .meta({
        title: 'Coordonnées du repère',
        description: 'Facultatif : sans coordonnées, le repère est placé au centre du département.',
      })
      .optional(),
    // Short presentation of the programme on this territory.
    description: text('Présentation', 1000).optional(),
    // Public sources for the facts above.
    sources: z.array(httpsUrl('Source')).meta({ title: 'Sources' }).optional(),
    /** A photo of the programme on this territory, when the network has one it may publish. */
    photo: uploadedImage(
      'Photo',
      'Facultatif : une vraie photo du programme sur ce territoire, dont le réseau a les droits.',
    ).optional(),
    /** Text alternative of the photo, required when a photo is given. */
    photoAlt: imageAlt('Texte alternatif de la photo').optional(),
  })
  .refine(...altTextRequired('photo', 'photoAlt', 'Une photo doit avoir un texte alternatif.'));

export type Territory = z.output<typeof territorySchema>;
