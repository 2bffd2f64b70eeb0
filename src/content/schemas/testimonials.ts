import { z } from 'astro/zod';
import { imageAlt, referenceTo, text, uploadedImage, altTextRequired } from './fields.ts';

/** A testimonial, told in reported speech in the Markdown body. */
export const testimonialSchema = z
  .strictObject({
    // First name of the person.
    firstName: text('Prénom', 40),
    // Their role in the programme.
    role: text('Rôle', 120, 'Par exemple : « porteuse du projet ».'),
    // Their organisation, as written.
    organisation: text('Structure', 120),
    // The porteur they belong to, when it is one.
    porteur: referenceTo('porteurs', 'Porteur de projet').optional(),
    // Territory or région they speak for.
    place: text('Territoire ou région', 80),
    // Shown on the home page.
    featured: z.boolean().default(false).meta({ title: 'À la une' }),
    /** A photo of the person, only with their written consent. */
    photo: uploadedImage(
      'Photo',
      'Facultatif, et seulement avec l’accord écrit de la personne.',
    ).optional(),
    /** Text alternative of the photo, required when a photo is given. */
    photoAlt: imageAlt('Texte alternatif de la photo').optional(),
  })
  .refine(...altTextRequired('photo', 'photoAlt', 'Une photo doit avoir un texte alternatif.'));

export type Testimonial = z.output<typeof testimonialSchema>;
