// Field builders shared by several collection schemas. Each carries its French label and hint as
// zod metadata: the site, the validator and the CMS configuration all read them from here.
import { z } from 'astro/zod';
import { uploadPathPattern, uploadTypesLabel } from '../uploads.ts';
import { departementCodes, departements } from '../departements.ts';
import { departementOption } from '../departement-label.ts';

/** An entry's identifier (its file name): lower-case letters, digits and single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug of an entry of another collection; checked by the content validator. */
export const referenceTo = (collection: string, title: string, description?: string) =>
  z
    .string()
    .regex(slugPattern, 'Identifiant invalide : minuscules, chiffres et tirets.')
    .meta({ title, description, reference: collection });

/** An absolute web address (https only: the site never links to plain http). */
export const httpsUrl = (title: string, description?: string) =>
  z
    .url({ protocol: /^https$/, error: 'Adresse web invalide : elle doit commencer par https://' })
    .meta({ title, description });

/**
 * The latest year content may name: next year (a launch announced for January). Read when the
 * schemas load: at validation for `npm run validate` and the build, at build time for the CMS
 * configuration's field bounds, and when /admin/ opens for the CMS's check before saving.
 */
export const latestYear = (now = new Date()) => now.getFullYear() + 1;

/** A year of the programme's life, which started in 2019, and not beyond next year. */
export const programmeYear = (title: string, description?: string) =>
  z
    .number({ error: 'Une année est attendue (par exemple 2021).' })
    .int('L’année doit être un nombre entier.')
    .min(2019, 'L’année ne peut pas précéder 2019, début du programme.')
    .max(
      latestYear(),
      `L’année ne peut pas dépasser ${latestYear()} : une date plus lointaine est sans doute une faute de frappe.`,
    )
    .meta({ title, description });

/** A number as dialled: 10 French digits, or a short number (15, 112, 3114…). */
export const dialledNumber = (title: string, description?: string) =>
  z
    .string()
    .regex(
      /^(?:0[1-9]\d{8}|1\d{1,2}|3\d{3})$/,
      'Numéro invalide : 10 chiffres commençant par 0, ou un numéro court (15, 112, 3114…), sans espace.',
    )
    .meta({ title, description });

/** A number as shown to people: digits grouped by spaces, as French typography does. */
export const displayedNumber = (title: string, description?: string) =>
  z
    .string()
    .regex(
      /^\d[\d ]*\d$/,
      'Numéro affiché invalide : des chiffres, éventuellement groupés par des espaces (0 800 235 236).',
    )
    .meta({ title, description });

const boundedText = (base: z.ZodString, title: string, max: number, description?: string) =>
  base
    .trim()
    .min(1, 'Ce champ est obligatoire.')
    .max(max, `Texte trop long : ${max} caractères au plus.`)
    .meta({ title, description });

/** Non-empty French text of a bounded length. */
export const text = (title: string, max: number, description?: string) =>
  boundedText(z.string(), title, max, description);

/**
 * A name (of a territory, a porteur, a town) or a short credit: text without « < » nor « > »,
 * which no name needs and which HTML does. The site shows it as text anyway; refusing it tells
 * the editor at once instead of publishing the markup as visible characters.
 */
export const plainName = (title: string, max: number, description?: string) =>
  boundedText(
    // Checked before trimming: the CMS tests the value as typed (cms/config/checks.ts).
    z
      .string()
      .regex(
        /^[^<>]*$/,
        'Les caractères « < » et « > » ne sont pas permis ici : écrivez le texte seul, sans balise HTML.',
      ),
    title,
    max,
    description,
  );

/**
 * An address on this site, with its trailing slash and an optional anchor: /besoin-de-soutien/#urgence.
 * Whether a page answers there is a rule across entries (siteLinksExist in
 * src/content/validation/cross-entry-rules.ts): the site's pages include the content's own.
 */
export const sitePath = (
  title = 'Adresse de la page',
  description = 'Une page du site, entre deux « / » : /besoin-de-soutien/',
) =>
  z
    .string()
    .regex(
      /^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/,
      'Adresse invalide : une page du site, commençant et finissant par « / » (/besoin-de-soutien/).',
    )
    .meta({ title, description, sitePath: true });

/** A link to a page of this site: the words people read, and where it leads. */
export const siteLink = (labelMax = 60, description?: string) =>
  z
    .strictObject({
      // The link's words; plain text, since it is shown as is.
      label: plainName('Texte du lien', labelMax, description),
      // The page it opens.
      href: sitePath(),
    })
    // In a list, the CMS's « Ajouter un lien ».
    .meta({ title: 'lien' });

/**
 * An image uploaded through the CMS (path under /uploads/, stored in src/assets/uploads/ and served
 * through Astro's image pipeline). PNG, JPEG, WebP or AVIF: SVG may carry scripts, so it is refused.
 */
export const uploadedImage = (title: string, description?: string) =>
  z
    .string()
    .regex(
      uploadPathPattern,
      `Image attendue : un fichier ${uploadTypesLabel} téléversé dans /uploads/, au nom fait de lettres, de chiffres et de tirets (pas de SVG : il peut contenir du code).`,
    )
    .meta({ title, description, cms: { widget: 'image' } });

/** The text alternative of an image: what it shows, for people who cannot see it. */
export const imageAlt = (title: string) =>
  text(title, 150, 'Obligatoire si une image est ajoutée : décrivez ce qu’elle montre.');

/**
 * The rule that an entry's image has its text alternative, for `.refine(...altTextRequired(…))`:
 * the problem is reported on the alternative's field.
 */
export const altTextRequired = <Image extends string, Alt extends string>(
  image: Image,
  alt: Alt,
  message: string,
) =>
  [
    (entry: Partial<Record<Image | Alt, string>>) => !entry[image] || Boolean(entry[alt]),
    { path: [alt] as PropertyKey[], message },
  ] as const;

/** A calendar day, written AAAA-MM-JJ (read as midnight UTC: only its day counts, in Paris). */
export const calendarDay = (title: string, description?: string) =>
  z.coerce
    .date({ error: 'Date invalide (AAAA-MM-JJ).' })
    .meta({ title, description, cms: { widget: 'date' } });

/** A time of day on the 24-hour clock, Paris time. */
export const clockTime = (title: string, description?: string) =>
  z
    .string()
    .regex(
      /^(?:[01]\d|2[0-3]):[0-5]\d$/,
      'Heure invalide : format HH:MM sur 24 heures (09:00, 23:30).',
    )
    .meta({ title, description });

/** The INSEE code of a département of metropolitan France, offered with its name. */
export const departementCode = (title: string, description?: string) =>
  z
    .enum(departementCodes, {
      error: 'Code de département inconnu : attendu un code INSEE de métropole (69, 2A…).',
    })
    .meta({
      title,
      description,
      cms: {
        labels: Object.fromEntries(
          departements.map((d) => [d.code, departementOption(d.nom, d.code)]),
        ),
      },
    });

/**
 * An optional illustration of a news item or an event, and its text alternative (required with
 * it: `.refine(...illustrationAltRequired)`). Spread into the entry's shape.
 */
export const illustrationFields = () => ({
  /** An illustration, only one the network has the rights to. */
  image: uploadedImage('Image', 'Facultatif : une vraie photo, dont le réseau a les droits.').optional(),
  /** Text alternative of the image, required when an image is given. */
  imageAlt: imageAlt('Texte alternatif de l’image').optional(),
});

export const illustrationAltRequired = altTextRequired(
  'image',
  'imageAlt',
  'Une image doit avoir un texte alternatif.',
);
