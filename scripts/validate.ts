// `npm run validate`: checks every file under content/ and prints every problem, one per line.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, validateContent } from '../src/content/validation/validate-content.ts';

// An optional argument names another content folder (the tests validate fixture copies).
const contentDir = resolve(
  process.argv[2] ?? fileURLToPath(new URL('../content', import.meta.url)),
);

// Paths in messages start at content/, as editors see them.
const { problems, warnings, counts } = validateContent(contentDir, dirname(contentDir));
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
    `${counts.milestones} étapes d’histoire, ${counts.pages} pages, ${counts.customPages} pages libres, ` +
    `${counts.chatbot} étapes du chatbot, ${counts.news} actualités, ${counts.events} événements.`,
);
