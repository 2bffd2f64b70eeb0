// One French wording of zod's issues, for the content validator (src/content/validation/validate-content.ts) and
// the CMS's last check before saving (cms/config/entry-check.ts). Zod 4 issues do not carry the input,
// so whether a field is missing or merely wrong is read from the raw object itself: a field that
// is there is never reported as « champ obligatoire manquant ».
import { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;

const expectedNames: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'vrai ou faux (true / false)',
  array: 'une liste',
  object: 'un groupe de champs',
  date: 'une date (AAAA-MM-JJ)',
  null: 'une valeur vide',
};

/** What a value is, in French, with the value itself when it is short. */
export function describeValue(value: unknown): string {
  if (value === null) return 'une valeur vide';
  if (Array.isArray(value)) return 'une liste';
  if (value instanceof Date) return 'une date';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return value === '' ? 'un texte vide' : `le texte « ${shown} »`;
    }
    case 'number':
      return `le nombre ${value}`;
    case 'boolean':
      return value ? 'vrai (true)' : 'faux (false)';
    case 'object':
      return 'un groupe de champs';
    default:
      return typeof value;
  }
}

/** The value at `path` in `input`, and whether the last key is present at all. */
export function valueAtPath(
  input: unknown,
  path: readonly PropertyKey[],
): { present: boolean; value: unknown } {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object')
      return { present: false, value: undefined };
    if (!Object.prototype.hasOwnProperty.call(current, key as string))
      return { present: false, value: undefined };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { present: current !== undefined, value: current };
}

const frenchLocale = z.locales.fr();

/** Whether zod wrote this message itself (then it may be replaced by a truer one). */
function isDefaultMessage(issue: Issue, input: unknown): boolean {
  // Zod wrote its message while it still had the input: give it back to compare.
  const fallback = frenchLocale.localeError({ ...issue, input } as never);
  const text = typeof fallback === 'string' ? fallback : fallback?.message;
  return text === issue.message;
}

/** The French message for one zod issue on `input` (the raw data that was checked). */
export function issueMessage(issue: Issue, input: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    return `champ inconnu : ${issue.keys.map((k) => `« ${k} »`).join(', ')} (faute de frappe ?).`;
  }
  if (issue.code === 'invalid_type') {
    const { present, value } = valueAtPath(input, issue.path);
    if (!present) return 'champ obligatoire manquant.';
    if (!isDefaultMessage(issue, value)) return issue.message;
    const expected = expectedNames[issue.expected] ?? issue.expected;
    return `${expected} est attendu, et non ${describeValue(value)}.`;
  }
  return issue.message;
}
