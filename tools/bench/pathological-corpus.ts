// Pathological inputs, generated: each is one content file (under the size limits) that once hung
// or crashed the validator, or sits just inside the limits of src/content/validation/input-limits.ts.
// The benchmark (tools/bench/pathological.ts) times the validator on each; the unit tests
// (tests/security/pathological.test.ts) check the French refusal of those that must be refused.
import { inputLimits } from '../../src/content/validation/input-limits.ts';

export type PathologicalCase = {
  name: string;
  /** Files to write, relative to the content folder (a copy of tests/fixtures/content). */
  files: () => Record<string, string>;
  /**
   * The refusal expected from `npm run validate`, or null for an input within the limits (which
   * the benchmark times all the same).
   */
  refusal: RegExp | null;
};

/** Most of the 100 000 characters a body may have. */
const size = 95_000;
const fill = (unit: string, length = size) => unit.repeat(Math.floor(length / unit.length));
const prose =
  'Les ambassadeurs parlent de santé mentale avec les jeunes, entre pairs, sans jugement. ';

const porteur = (body: string) => ({
  'porteurs/solipsy.md': `---\nname: Solipsy\nshortName: Solipsy\nregion: Île-de-France\narea: Paris\nrole: franchise\nyearJoined: 2021\n---\n${body}\n`,
});
const page = (body: string) => ({
  'pages/le-programme.mdx': `---\ntitle: Le programme\ndescription: Une description assez longue pour les moteurs de recherche.\n---\n${body}\n`,
});
const territory = (extra: string) => ({
  'territories/lyon.json': `{"name": "Lyon", "departement": "69", "porteur": "fondation-arhm", "description": ${extra}}`,
});
/** A chain of `count` chatbot steps, each leading to the next. */
const chatbotChain = (count: number) =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `chatbot/etape-${i}.json`,
      JSON.stringify({
        title: `Étape ${i}`,
        message: 'Comment te sens-tu ?',
        ...(i + 1 < count
          ? { choices: [{ label: 'Continuer', next: `etape-${i + 1}` }] }
          : { helplines: ['fil-sante-jeunes'] }),
      }),
    ]),
  );

const nesting = /trop de listes ou de citations imbriquées/;
const { markdownNesting, markdownMarkers, emphasisRuns, dataNesting } = inputLimits;

// One case per line.
// prettier-ignore
export const pathologicalCases: PathologicalCase[] = [
  { name: 'une ligne de « - » (listes imbriquées)', files: () => porteur(fill('- ') + 'x'), refusal: nesting },
  { name: 'une ligne de « 1. »', files: () => porteur(fill('1. ') + 'x'), refusal: nesting },
  { name: 'une ligne de « > » (citations imbriquées)', files: () => porteur(fill('> ') + 'x'), refusal: nesting },
  { name: 'une ligne de « - » dans une page MDX', files: () => page(fill('- ') + 'x'), refusal: nesting },
  { name: 'une liste de 24 000 éléments', files: () => porteur(fill('- x\n')), refusal: /texte trop long en listes ou en citations/ },
  { name: 'des lignes de plus en plus indentées', files: () => porteur(fill(Array.from({ length: 100 }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n') + '\n')), refusal: /ligne trop indentée/ },
  { name: 'une suite de « *a »', files: () => porteur(fill('*a')), refusal: /trop de marques d’emphase/ },
  { name: 'une suite de « _a »', files: () => porteur(fill('_a ')), refusal: /trop de marques d’emphase/ },
  { name: 'une suite de « [ »', files: () => porteur(fill('[')), refusal: /trop de crochets/ },
  { name: 'un JSON imbriqué sur 100 000 niveaux', files: () => territory(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), refusal: /valeurs imbriquées trop profondément/ },
  { name: 'un en-tête YAML imbriqué (crochets)', files: () => ({ 'porteurs/solipsy.md': `---\nname: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n---\nTexte.\n` }), refusal: /en-tête \(front matter\).*valeurs imbriquées trop profondément/ },
  { name: 'un en-tête YAML imbriqué (indentation)', files: () => ({ 'porteurs/solipsy.md': `---\n${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}a${i}:`).join('\n')} x\n---\nTexte.\n` }), refusal: /en-tête \(front matter\).*valeurs imbriquées trop profondément/ },
  { name: 'un chatbot de 5 000 étapes', files: () => chatbotChain(5000), refusal: /content\/chatbot\/ — trop d’entrées \(5[\s\u202f]0\d\d, au plus 300\)/ },
  // Just inside the limits: accepted (or refused for another reason), and as fast.
  { name: `${markdownNesting} niveaux imbriqués par ligne, ${markdownMarkers} marques`, files: () => porteur(fill(`${'- '.repeat(markdownNesting)}x\n`, (markdownNesting * 2 + 2) * Math.floor(markdownMarkers / markdownNesting)) + fill(`${prose}\n\n`, size - 2500)), refusal: null },
  { name: `${emphasisRuns} marques d’emphase par paragraphe`, files: () => porteur(fill(`${'*a* '.repeat(emphasisRuns / 2)}\n\n`, 10 * (emphasisRuns * 2 + 2)) + fill(`${prose}\n\n`, size - 7000)), refusal: null },
  { name: `un JSON imbriqué sur ${dataNesting} niveaux`, files: () => territory(`${'['.repeat(dataNesting - 1)}${']'.repeat(dataNesting - 1)}`), refusal: /lyon\.json — champ « description »/ },
  { name: 'un chatbot de 280 étapes de plus', files: () => chatbotChain(280), refusal: null },
  { name: 'un texte ordinaire de 95 000 caractères', files: () => porteur(fill(`${prose.repeat(5)}\n\n`)), refusal: null },
];
