import { z } from 'astro/zod';
import {
  dialledNumber,
  displayedNumber,
  httpsUrl,
  plainName,
  programmeYear,
  text,
} from './fields.ts';

/**
 * The emergency numbers every page must keep (shared/facts.md): the SAMU (15), the European
 * emergency number (112), and the 114 for those who cannot make a voice call.
 */
export const requiredEmergencyNumbers = ['15', '112', '114'] as const;

/** The site-wide settings (one entry). */
export const settingsSchema = z.strictObject({
  // Name of the site and the programme.
  siteName: text('Nom du site', 60),
  // One-sentence description, used on the home page and as the default meta description.
  shortDescription: text('Description courte', 200),
  // Sourced impact figures shown on the home page and the programme page.
  impactFigures: z
    .array(
      z.strictObject({
        // The figure as shown ("78 %", "3 000").
        value: text('Chiffre', 20),
        // What it measures.
        label: text('Ce qu’il mesure', 200),
        // Where it comes from.
        source: text('Source', 160),
        // Year or period it covers, when the source gives it.
        period: text('Période', 40).optional(),
      }),
    )
    .meta({ title: 'Chiffres d’impact' }),
  /**
   * The territory count the network itself announces, with where it says so. It may differ from
   * the territories the content holds: the pages state both, derived, in one sentence.
   */
  announcedTerritories: z
    .strictObject({
      /** The announced count. */
      count: z
        .number({ error: 'Un nombre est attendu.' })
        .int('Un nombre entier est attendu.')
        .min(1, 'Au moins 1.')
        .max(500, 'Nombre trop grand.')
        .meta({ title: 'Nombre de territoires annoncé' }),
      /** Where the network announces it. */
      source: text(
        'Source',
        160,
        'Par exemple : « Ambassadeurs Santé Mentale, page Rejoindre le réseau ».',
      ),
    })
    .meta({
      title: 'Territoires annoncés par le réseau',
      description:
        'Le nombre que le réseau communique. Le site l’affiche à côté du nombre de territoires présentés, en expliquant la différence.',
    })
    .optional(),
  /**
   * Facts of the legal notice and privacy pages. Each one left empty is simply not shown (never a
   * placeholder), and `npm run validate` reminds editors of what the law still requires.
   */
  legal: z
    .strictObject({
      /** Postal address of the publisher's head office. */
      publisherAddress: text('Adresse du siège de l’éditeur', 200).optional(),
      /** Legal form and registration number (RNA, SIREN…). */
      publisherRegistration: text(
        'Forme juridique et immatriculation',
        200,
        'Par exemple : « Fondation reconnue d’utilité publique, SIREN … ».',
      ).optional(),
      /** Person legally responsible for what the site publishes. */
      publicationDirector: text('Directeur ou directrice de la publication', 120).optional(),
      /** Postal address of the host (Netlify). */
      hostAddress: text('Adresse postale de l’hébergeur', 200).optional(),
      /** How long contact-form messages are kept. */
      contactRetention: text(
        'Durée de conservation des messages',
        200,
        'Par exemple : « un an après notre dernier échange ».',
      ).optional(),
    })
    .meta({
      title: 'Mentions légales',
      description:
        'Laissé vide, un renseignement n’apparaît pas sur le site ; la validation le signale.',
    })
    .optional(),
  // Numbers to call in an emergency.
  emergencyNumbers: z
    .array(
      z.strictObject({
        // Number as shown.
        number: displayedNumber('Numéro affiché'),
        // Number as dialled.
        dial: dialledNumber('Numéro composé'),
        // What it is for.
        label: text('Service', 120),
        // How it is reached: a voice call, or a text message (the 114, for those who cannot speak
        // or hear, or must stay silent).
        reach: z
          .enum(['call', 'sms'])
          .default('call')
          .meta({
            title: 'Comment le joindre',
            cms: { labels: { call: 'Par un appel', sms: 'Par SMS (sans parler)' } },
          }),
        // Other ways to reach it, in a few words (application, website).
        otherWays: text('Autres moyens de le joindre', 200).optional(),
      }),
    )
    .min(
      requiredEmergencyNumbers.length,
      `Au moins ${requiredEmergencyNumbers.length} numéros d’urgence : le ${requiredEmergencyNumbers.join(', le ')} restent sur toutes les pages.`,
    )
    .refine(
      (numbers) => requiredEmergencyNumbers.every((dial) => numbers.some((n) => n.dial === dial)),
      {
        message: `Le ${requiredEmergencyNumbers.join(', le ')} doivent rester dans la liste : ils sont affichés sur toutes les pages.`,
      },
    )
    .meta({
      title: 'Numéros d’urgence',
      cms: {
        confirmRemoval:
          'Retirer ce numéro d’urgence ? Il disparaîtra de toutes les pages du site, y compris de « Besoin de soutien ? ».',
      },
      description: `Affichés sur toutes les pages. Le ${requiredEmergencyNumbers.join(', le ')} ne peuvent pas être retirés ; une suppression demande une confirmation.`,
    }),
  // Address shown beside the contact form and on its thank-you page, for when the form fails
  // or nobody answers. Empty until the network gives one: the pages then say what to do.
  contactEmail: z
    .string()
    // An address alone: it is written into a mailto: link, where « ? » would add hidden
    // recipients (?bcc=…) or a prepared message.
    .regex(
      /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/,
      'Adresse e-mail invalide : l’adresse seule, par exemple contact@exemple.fr (sans « mailto: », « ? » ni autre paramètre).',
    )
    .meta({
      title: 'Adresse e-mail de contact (secours du formulaire)',
      description:
        'Affichée à côté du formulaire de contact et sur la page de remerciement, au cas où l’envoi échoue.',
    })
    .optional(),
  /**
   * The accessibility strategy the law asks for beside the statement (/accessibilite/): the
   * schéma pluriannuel and each year's action plan, written by the network. The statement itself
   * (rate, criteria) is computed from the audit (src/accessibility/rgaa-audit.json), not here.
   * A field left empty is simply not shown.
   */
  accessibility: z
    .strictObject({
      /** The schéma pluriannuel de mise en accessibilité: the years it covers and what it plans. */
      multiYearScheme: z
        .strictObject({
          /** The years it covers, « 2027-2029 » (three years at most). */
          period: text('Années couvertes', 20, 'Par exemple : 2027-2029.'),
          /** What it plans: who is in charge, resources, training, audits…; paragraphs. */
          text: text('Contenu du schéma', 5000).meta({
            title: 'Contenu du schéma',
            description:
              'Organisation, moyens, formation, audits prévus… Une ligne vide sépare deux paragraphes.',
            cms: { widget: 'text' },
          }),
        })
        .meta({ title: 'Schéma pluriannuel de mise en accessibilité' })
        .optional(),
      /** The action plan of each year: what is planned, or was done, that year. */
      actionPlans: z
        .array(
          z.strictObject({
            /** The year of the plan. */
            year: programmeYear('Année'),
            /** Its actions; paragraphs. */
            actions: text('Actions', 3000).meta({
              title: 'Actions',
              description: 'Une ligne vide sépare deux paragraphes.',
              cms: { widget: 'text' },
            }),
          }),
        )
        .meta({ title: 'Plans d’action annuels' })
        .optional(),
    })
    .meta({
      title: 'Accessibilité : schéma pluriannuel et plans d’action',
      description:
        'Affichés sur la déclaration d’accessibilité ; un champ laissé vide n’y apparaît pas.',
    })
    .optional(),
  // Neutral site that the quick-exit button opens.
  quickExitUrl: httpsUrl(
    'Site neutre du bouton « Quitter rapidement »',
    'Le site ouvert à la place du nôtre quand un jeune appuie sur « Quitter rapidement » (ou trois fois sur Maj) : choisissez un site banal et sans rapport avec la santé, qui ne trahit pas ce qu’il consultait, en https://. Cette page remplace aussi la nôtre dans l’historique.',
  ),
  // Optional background map tiles (off by default: they make visitors' browsers call another host).
  mapTiles: z
    .strictObject({
      // Shows the tile layer on the interactive map.
      enabled: z.boolean().default(false).meta({ title: 'Activer le fond de carte' }),
      // Tile URL template with {z}/{x}/{y}.
      urlTemplate: z
        .string()
        .regex(/^https:\/\/.*\{z\}.*\{x\}.*\{y\}/, 'Modèle attendu : https://…/{z}/{x}/{y}.png')
        .meta({ title: 'Modèle d’adresse des tuiles' })
        .optional(),
      // Credit required by the tile provider.
      attribution: plainName('Attribution', 200).optional(),
    })
    .refine((tiles) => !tiles.enabled || (tiles.urlTemplate && tiles.attribution), {
      path: ['urlTemplate'],
      message: 'Un fond de carte activé demande un modèle d’adresse et une attribution.',
    })
    .meta({ title: 'Fond de carte (tuiles externes)' }),
});

export type Settings = z.output<typeof settingsSchema>;
