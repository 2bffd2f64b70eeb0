import { z } from 'astro/zod';
import { uploadPathPattern, uploadTypesLabel } from '../lib/uploads.ts';
import { httpsUrl, programmeYear, text } from './fields.ts';
import { regionNames } from '../lib/departements.ts';

/** A porteur de projets: an organisation that carries the programme on one or more territories. */
export const porteurSchema = z
  .strictObject({
    // Full name, as the organisation writes it.
    name: text('Nom', 120),
    // Short name for lists, the map legend and tight spaces.
    shortName: text('Nom court', 40, 'Utilisé dans la légende de la carte et les listes.'),
    // Région where it works (one of the 13 régions of metropolitan France).
    region: z.enum(regionNames).meta({ title: 'Région' }),
    // Where it works, in the words of the programme (a city, a département…).
    area: text('Zone d’action', 120, 'Par exemple : « Montpellier et Béziers ».'),
    // Founder of the programme, or franchisee of the social franchise.
    role: z.enum(['fondateur', 'franchise']).meta({
      title: 'Rôle',
      description: 'Fondateur du programme ou franchisé.',
      cms: { labels: { fondateur: 'Fondateur du programme', franchise: 'Franchisé' } },
    }),
    // Year it joined the network, when known.
    yearJoined: programmeYear('Année d’entrée dans le réseau').optional(),
    // Its own website, when known.
    website: httpsUrl('Site web').optional(),
    // Logo uploaded through the CMS (path under /uploads/).
    logo: z
      .string()
      .regex(
        uploadPathPattern,
        `Le logo doit être une image ${uploadTypesLabel} téléversée dans /uploads/ (pas de SVG : il peut contenir du code).`,
      )
      .meta({ title: 'Logo', cms: { widget: 'image' } })
      .optional(),
    // Text alternative of the logo, required when a logo is given.
    logoAlt: text('Texte alternatif du logo', 150, 'Obligatoire si un logo est ajouté.').optional(),
  })
  .refine((porteur) => !porteur.logo || porteur.logoAlt, {
    path: ['logoAlt'],
    message: 'Un logo doit avoir un texte alternatif.',
  });

export type Porteur = z.output<typeof porteurSchema>;
