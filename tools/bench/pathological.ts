// `npm run bench:pathological`: times the validator (`npm run validate`, which the build runs
// first) on each pathological input of tools/bench/pathological-corpus.ts, in a copy of the test
// content, and writes the figures into their own section of tools/bench/results.md.
// Bound: each case is validated, refused or accepted, in less than `boundSeconds`.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, validateContent } from '../../src/content/validation/validate-content.ts';
import { pathologicalCases } from './pathological-corpus.ts';
import { fr } from './report.ts';
import { pathologicalHeading, replaceSection } from './sections.ts';

const boundSeconds = 10;
const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = join(root, 'tests/fixtures/content');
const work = mkdtempSync(join(tmpdir(), 'asm-pathological-'));

const rows: string[] = [];
let failures = 0;
try {
  for (const [index, testCase] of pathologicalCases.entries()) {
    const content = join(work, String(index), 'content');
    cpSync(fixture, content, { recursive: true });
    for (const [file, text] of Object.entries(testCase.files())) {
      mkdirSync(dirname(join(content, file)), { recursive: true });
      writeFileSync(join(content, file), text);
    }
    const start = performance.now();
    const { problems } = validateContent(content);
    const seconds = (performance.now() - start) / 1000;
    const lines = problems.map(formatProblem);
    const expected = testCase.refusal ? lines.some((line) => testCase.refusal!.test(line)) : true;
    const held = seconds < boundSeconds && expected;
    if (!held) failures += 1;
    const outcome =
      lines.length === 0 ? 'accepté' : `refusé : ${lines[0]!.replaceAll('|', '\\|').slice(0, 140)}`;
    rows.push(
      `| ${testCase.name} | ${fr(seconds, 2)} s | ${outcome} | ${held ? 'tenu' : '**non tenu**'} |`,
    );
    console.log(`${testCase.name} : ${fr(seconds, 2)} s, ${held ? 'tenu' : 'NON TENU'}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const cpu = cpus();
const section = [
  pathologicalHeading,
  '',
  `Produit par \`npm run bench:pathological\` (tools/bench/pathological.ts) le ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, sur ${cpu.length} cœur(s), Node ${process.version}. ` +
    `Durée de \`validateContent\` (ce que lancent \`npm run validate\` et la construction) sur une copie du contenu de test où un fichier est remplacé par l’entrée pathologique (tools/bench/pathological-corpus.ts). ` +
    `Objectif : chaque cas, refusé ou accepté, en moins de ${boundSeconds} s, et les refus attendus présents.`,
  '',
  '| Entrée | Durée | Résultat | Objectif |',
  '| --- | ---: | --- | --- |',
  ...rows,
  '',
].join('\n');
const resultsFile = join(root, 'tools/bench/results.md');
const before = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
writeFileSync(resultsFile, replaceSection(before, pathologicalHeading, section));
console.log(`résultats écrits dans tools/bench/results.md (${failures} objectif(s) non tenu(s))`);
process.exitCode = failures > 0 ? 1 : 0;
