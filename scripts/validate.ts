// `npm run validate`: checks every file under content/ and prints every problem, one per line.
import { fileURLToPath } from 'node:url';
import { formatProblem, validateContent } from '../src/lib/validate-content.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const contentDir = process.argv[2] ?? fileURLToPath(new URL('../content', import.meta.url));

const { problems, warnings, counts } = validateContent(contentDir, projectRoot);
for (const warning of warnings) console.warn(`Attention : ${formatProblem(warning)}`);
if (problems.length > 0) {
  console.error(
    `${problems.length} problème${problems.length > 1 ? 's' : ''} dans le contenu :\n` +
      problems.map((p) => `  ✗ ${formatProblem(p)}`).join('\n'),
  );
  process.exit(1);
}
console.log(
  `Contenu valide : ${counts.porteurs} porteurs, ${counts.territories} territoires, ` +
    `${counts.helplines} lignes d’écoute, ${counts.testimonials} témoignages, ` +
    `${counts.milestones} étapes, ${counts.pages} pages.`,
);
