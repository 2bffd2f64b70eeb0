import { z } from 'astro/zod';
import { siteLink } from './fields.ts';

/**
 * The footer links the law asks every page to carry: the accessibility statement (whose link
 * also says the site's conformance, RGAA), the legal notice and the privacy policy (RGPD).
 */
export const requiredFooterLinks = [
  { href: '/accessibilite/', label: 'la déclaration d’accessibilité' },
  { href: '/mentions-legales/', label: 'les mentions légales' },
  { href: '/confidentialite/', label: 'la politique de confidentialité' },
] as const;

/** The page whose footer link the site completes with its conformance (« Accessibilité : … »). */
export const accessibilityStatementPath = requiredFooterLinks[0].href;

/** Two links of one list may not open the same page: the second one would only repeat it. */
const distinctPages = (links: readonly { href: string }[]) =>
  new Set(links.map((link) => link.href)).size === links.length;

const distinctMessage =
  'Deux liens de cette liste mènent à la même page : gardez-en un seul, ou changez l’adresse de l’autre.';

/** The site's menu and footer links (one entry). */
export const navigationSchema = z.strictObject({
  /**
   * The main menu, in its order. « Besoin d’aide ? » and the search field are not in it: they
   * stay on every page, whatever the menu holds.
   */
  menu: z
    .array(siteLink(40))
    .min(1, 'Le menu doit garder au moins un lien.')
    .max(10, 'Dix liens au plus : au-delà, le menu ne tient plus sur un écran.')
    .refine(distinctPages, distinctMessage)
    .meta({
      title: 'Liens du menu',
      description:
        'Dans l’ordre d’affichage, dix liens au plus. « Besoin d’aide ? » et la recherche restent toujours affichés, en dehors de cette liste.',
    }),
  /** The footer's links, in their order; the three the law asks for stay. */
  footer: z
    .array(siteLink(60))
    .min(requiredFooterLinks.length, `Au moins ${requiredFooterLinks.length} liens : ceux que la loi demande.`)
    .max(12, 'Douze liens au plus.')
    .refine(distinctPages, distinctMessage)
    .refine(
      (links) => requiredFooterLinks.every(({ href }) => links.some((link) => link.href === href)),
      {
        message: `Le pied de page doit garder les liens vers ${requiredFooterLinks.map(({ label, href }) => `${label} (${href})`).join(', ')} : la loi les demande sur toutes les pages.`,
      },
    )
    .meta({
      title: 'Liens du pied de page',
      description: `Dans l’ordre d’affichage. Les liens vers ${requiredFooterLinks.map(({ href }) => href).join(', ')} sont obligatoires ; le site ajoute au lien ${accessibilityStatementPath} l’état de conformité (par exemple « Accessibilité : partiellement conforme »).`,
      cms: {
        confirmRemoval:
          'Retirer ce lien du pied de page ? Il disparaîtra de toutes les pages du site.',
      },
    }),
});

export type Navigation = z.output<typeof navigationSchema>;
