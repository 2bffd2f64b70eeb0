import { z } from 'astro/zod';
import { siteLink, text } from './fields.ts';

/** A section heading of the home page. */
const heading = (title = 'Titre de la section') => text(title, 50);

/**
 * The home page's own words, block by block (one entry). The site's name and short description
 * (Réglages du site), the help box, the figures, the map, the news, the history and the featured
 * testimonials come from their own collections: only their headings are here.
 */
export const homeSchema = z.strictObject({
  /** The opening block, under the site's name and short description. */
  intro: z
    .strictObject({
      /** Who the programme is and what it does, in a few sentences. */
      text: text('Texte de présentation', 300).meta({
        title: 'Texte de présentation',
        description: 'Sous la description courte du site ; un seul paragraphe.',
        cms: { widget: 'text' },
      }),
      /** The buttons under it: the first is the main one. */
      actions: z
        .array(siteLink(40))
        .min(1, 'Au moins un bouton.')
        .max(3, 'Trois boutons au plus.')
        .meta({ title: 'Boutons', description: 'Le premier est mis en avant.' }),
    })
    .meta({ title: 'Présentation' }),
  /** Who the programme is for, each with the page that tells them more. */
  audiences: z
    .strictObject({
      title: heading(),
      items: z
        .array(
          z.strictObject({
            /** Who. */
            title: text('Pour qui', 50),
            /** What the programme offers them. */
            text: text('Texte', 200).meta({
              title: 'Texte',
              description: 'Deux ou trois phrases : la carte est lue d’un coup d’œil.',
              cms: { widget: 'text' },
            }),
            /** The page that tells them more. */
            link: siteLink(40).meta({ title: 'Lien' }),
          }),
        )
        .min(1, 'Au moins une carte.')
        // The home page stays within one round trip (14 KB) with every text at its longest.
        .max(6, 'Six cartes au plus.')
        .meta({ title: 'Cartes' }),
    })
    .meta({ title: 'Pour qui ?' }),
  /** The figures band: the network today (computed) and the impact figures (Réglages du site). */
  figures: z
    .strictObject({
      title: heading(),
      networkTitle: heading('Titre des chiffres du réseau'),
      impactTitle: heading('Titre des chiffres d’impact'),
    })
    .meta({ title: 'Le programme en chiffres' }),
  /** The map of the territories. */
  map: z
    .strictObject({
      title: heading(),
      linkLabel: text('Texte du bouton vers les territoires', 60),
    })
    .meta({ title: 'Carte des territoires' }),
  /** The milestones of the programme (Histoire du programme). */
  history: z.strictObject({ title: heading() }).meta({ title: 'Histoire' }),
  /** The testimonials marked « À la une » (Témoignages); shown only when there are some. */
  testimonials: z
    .strictObject({
      title: heading(),
      linkLabel: text('Texte du lien vers tous les témoignages', 60),
    })
    .meta({ title: 'Témoignages à la une' }),
});

export type Home = z.output<typeof homeSchema>;
