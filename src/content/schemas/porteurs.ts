import { z } from 'astro/zod';
import { httpsUrl, imageAlt, plainName, programmeYear, text, uploadedImage, altTextRequired } from './fields.ts';
import { regionNames } from '../departements.ts';
import { articles } from '../../lib/french-grammar.ts';

/** The article a name takes in a sentence, with an example per choice for editors. */
const article = (title: string, description: string) =>
  z.enum(articles).meta({
    title,
    description,
    cms: {
      labels: {
        le: 'le (le Club Famille, le CPN)',
        la: 'la (la Fondation ARHM)',
        'l’': 'l’ devant un h muet (l’Hôpital…)',
        les: 'les (les Amis de…)',
        aucun: 'aucun article (Solipsy, ARHM)',
      },
    },
  });

/** A porteur de projets: an organisation that carries the programme on one or more territories. */
export const porteurSchema = z
  .strictObject({
    // Full name, as the organisation writes it.
    name: plainName('Nom', 120),
    // Short name for lists, the map legend and tight spaces.
    shortName: plainName('Nom court', 40, 'Utilisé dans la légende de la carte et les listes.'),
    /**
     * Article of the full name inside a sentence: "avec la Fondation ARHM", "avec Solipsy".
     * Elision is automatic before a vowel (l’EPSM, d’ARHM); absent = no article.
     */
    article: article(
      'Article devant le nom',
      'Pour écrire correctement « avec la Fondation ARHM », « du Club Famille », « avec Solipsy ». Devant une voyelle, « l’ » et « d’ » sont mis automatiquement.',
    ).optional(),
    /** Article of the short name: "d’ARHM" (none), "du CPN" (le); absent = no article. */
    shortArticle: article(
      'Article devant le nom court',
      'Par exemple « aucun article » pour ARHM (les territoires d’ARHM), « le » pour CPN (les territoires du CPN).',
    ).optional(),
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
    /** Logo uploaded through the CMS; served resized, in modern formats. */
    logo: uploadedImage('Logo', 'Facultatif. PNG, JPEG, WebP ou AVIF.').optional(),
    /** Text alternative of the logo, required when a logo is given. */
    logoAlt: imageAlt('Texte alternatif du logo').optional(),
  })
  .refine(...altTextRequired('logo', 'logoAlt', 'Un logo doit avoir un texte alternatif.'));

export type Porteur = z.output<typeof porteurSchema>;
