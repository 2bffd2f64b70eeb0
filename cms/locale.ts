// Decap's French phrases, with their typos fixed and a shorter message for a refused format: the
// schema's own message already says what is expected.
type Phrases = { [key: string]: string | Phrases };

const fixes: [RegExp, string][] = [
  [/modications|mofications/g, 'modifications'],
  [
    /^Le champ %\{fieldLabel\} ne correspond pas au schéma: %\{pattern\}\.$/,
    '%{fieldLabel} : %{pattern}.',
  ],
];

export function fixFrench(phrases: Phrases): Phrases {
  return Object.fromEntries(
    Object.entries(phrases).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? fixes.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), value)
        : fixFrench(value),
    ]),
  );
}
