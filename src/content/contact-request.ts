// The contact form's request types: one list for the form and the tests.

export const requestTypes = [
  { value: 'devenir-porteur', label: 'Porter le programme dans ma structure' },
  { value: 'intervention', label: 'Demander une intervention des ambassadeurs' },
  { value: 'autre', label: 'Autre demande' },
] as const;

export type RequestType = (typeof requestTypes)[number]['value'];
