import { z } from 'astro/zod';
import { pageSchema } from './pages.ts';
import { slugPattern } from './fields.ts';
import { notReservedPattern } from '../reserved-addresses.ts';

/** Longest address: it is read aloud, typed and printed. */
export const maxAddressLength = 60;

/**
 * Where a page created by editors lives: « partenaires » → /partenaires/. Not the file name:
 * Decap names the file once, at creation, and never renames it when the field changes.
 */
export const pageAddress = z
  .string()
  .regex(
    slugPattern,
    'Adresse invalide : minuscules sans accents, chiffres et tirets seulement, sans espace (par exemple « nos-partenaires »).',
  )
  .regex(
    notReservedPattern,
    'Adresse déjà prise par une page du site (territoires, porteurs, agenda, recherche…) : choisissez-en une autre.',
  )
  .max(maxAddressLength, `Adresse trop longue : ${maxAddressLength} caractères au plus.`)
  .meta({
    title: 'Adresse de la page',
    description:
      'La fin de l’adresse sur le site : « nos-partenaires » donne /nos-partenaires/. Minuscules sans accents, chiffres et tirets. La changer plus tard casse les liens vers l’ancienne adresse (menu, autres pages, sites qui la citent) : corrigez-les.',
  });

const { title, ...pageFields } = pageSchema.shape;

/** A page created by editors in the CMS: an editorial page (pageSchema) at its own address. */
export const customPageSchema = z.strictObject({ title, address: pageAddress, ...pageFields });

export type CustomPage = z.output<typeof customPageSchema>;
