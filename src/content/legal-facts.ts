// The facts the legal pages need (loi pour la confiance dans l'économie numérique, art. 6 ; RGPD,
// art. 13): one list for the pages, which show the known ones, and for the validator, which warns
// editors about the missing ones. Nothing unknown is ever shown as a placeholder.
import type { Settings } from './schemas/settings.ts';

type LegalKey = keyof NonNullable<Settings['legal']>;

export const legalFacts: {
  key: LegalKey;
  label: string;
  page: 'mentions-legales' | 'confidentialite';
}[] = [
  { key: 'publisherAddress', label: 'Adresse du siège de l’éditeur', page: 'mentions-legales' },
  {
    key: 'publisherRegistration',
    label: 'Forme juridique et immatriculation',
    page: 'mentions-legales',
  },
  { key: 'publicationDirector', label: 'Direction de la publication', page: 'mentions-legales' },
  { key: 'hostAddress', label: 'Adresse de l’hébergeur', page: 'mentions-legales' },
  { key: 'contactRetention', label: 'Durée de conservation des messages', page: 'confidentialite' },
];

/** The facts of one page that the settings hold, in the order of the list. */
export function knownLegalFacts(
  legal: Settings['legal'],
  page: (typeof legalFacts)[number]['page'],
): { key: LegalKey; label: string; value: string }[] {
  return legalFacts
    .filter((fact) => fact.page === page && legal?.[fact.key])
    .map((fact) => ({ key: fact.key, label: fact.label, value: legal![fact.key]! }));
}

/** The facts still missing, for the validator's reminder. */
export function missingLegalFacts(legal: Settings['legal']) {
  return legalFacts.filter((fact) => !legal?.[fact.key]);
}
