// The contact form's request types: one list for the form, its script and the tests.

export const requestTypes = [
  { value: 'devenir-porteur', label: 'Porter le programme dans ma structure', fromStructure: true },
  {
    value: 'intervention',
    label: 'Demander une intervention des ambassadeurs',
    fromStructure: true,
  },
  { value: 'autre', label: 'Autre demande', fromStructure: false },
] as const;

export type RequestType = (typeof requestTypes)[number]['value'];

/** Whether the structure's name is needed: requests made on behalf of a structure. */
export function needsStructure(type: string | null | undefined): boolean {
  return requestTypes.some((request) => request.value === type && request.fromStructure);
}
